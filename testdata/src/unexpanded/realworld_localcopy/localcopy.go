// Package localcopy reproduces a missed finding seen on a real service
// (docs/real-world.md): an invoice is retrieved with other expansions, a
// nested part of it is copied into a local variable, and the subscription
// is read through that copy. The subscription is not expanded, so its
// metadata is always empty and the tenant check always fails. unexpanded
// reports the same read written as one selector chain, but not through the
// copy; the want below is what it should say.
package localcopy

import (
	"errors"

	stripe "github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/invoice"
)

var errNoTenant = errors.New("invoice has no tenant")

// TenantOf reads the subscription through a copy of the invoice's parent.
func TenantOf(id string) (string, error) {
	params := &stripe.InvoiceParams{}
	params.AddExpand("lines.data")
	inv, err := invoice.Get(id, params)
	if err != nil {
		return "", err
	}
	if inv.Parent == nil || inv.Parent.SubscriptionDetails == nil {
		return "", errNoTenant
	}
	details := inv.Parent.SubscriptionDetails
	if details.Subscription == nil {
		return "", errNoTenant
	}
	return details.Subscription.Metadata["tenant_id"], nil // want `stripe.InvoiceParentSubscriptionDetails.Subscription is not expanded by invoice.Get, so Subscription.Metadata is always empty: add AddExpand\("parent.subscription_details.subscription"\)`
}

// TenantOfSnapshot reads the snapshot of the subscription's metadata that
// the invoice carries itself: silent.
func TenantOfSnapshot(id string) (string, error) {
	inv, err := invoice.Get(id, nil)
	if err != nil {
		return "", err
	}
	if inv.Parent == nil || inv.Parent.SubscriptionDetails == nil {
		return "", errNoTenant
	}
	details := inv.Parent.SubscriptionDetails
	return details.Metadata["tenant_id"], nil
}
