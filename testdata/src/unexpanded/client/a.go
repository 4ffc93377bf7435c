// Package client exercises unexpanded on the stripe-go v85 stubs, with the
// v82+ client API.
package client

import (
	"context"
	"encoding/json"
	"log"

	stripe "github.com/stripe/stripe-go/v85"
)

func retrieve(ctx context.Context, sc *stripe.Client, id string) error {
	params := &stripe.PaymentIntentRetrieveParams{}
	pi, err := sc.V1PaymentIntents.Retrieve(ctx, id, params)
	if err != nil {
		return err
	}
	log.Print(pi.LatestCharge.Status) // want `stripe.PaymentIntent.LatestCharge is not expanded by \(\*stripe.Client\).V1PaymentIntents.Retrieve, so LatestCharge.Status is always empty: add AddExpand\("latest_charge"\)`
	return nil
}

func expanded(ctx context.Context, sc *stripe.Client, id string) error {
	params := &stripe.InvoiceRetrieveParams{}
	params.AddExpand("parent.subscription_details.subscription")
	params.AddExpand("customer")
	inv, err := sc.V1Invoices.Retrieve(ctx, id, params)
	if err != nil {
		return err
	}
	log.Print(inv.Parent.SubscriptionDetails.Subscription.Status) // silent: expanded
	log.Print(inv.Customer.Email)                                 // silent: expanded
	return nil
}

func nested(ctx context.Context, sc *stripe.Client, id string) error {
	inv, err := sc.V1Invoices.Retrieve(ctx, id, &stripe.InvoiceRetrieveParams{})
	if err != nil {
		return err
	}
	log.Print(inv.Parent.SubscriptionDetails.Subscription.Status) // want `stripe.InvoiceParentSubscriptionDetails.Subscription is not expanded by \(\*stripe.Client\).V1Invoices.Retrieve, so Subscription.Status is always empty: add AddExpand\("parent.subscription_details.subscription"\)`
	return nil
}

func list(ctx context.Context, sc *stripe.Client) error {
	params := &stripe.PaymentIntentListParams{}
	for pi, err := range sc.V1PaymentIntents.List(ctx, params).All(ctx) {
		if err != nil {
			return err
		}
		log.Print(pi.Customer.Email) // want `add AddExpand\("data.customer"\)`
	}
	return nil
}

func event(e stripe.Event) error {
	var inv stripe.Invoice
	if err := json.Unmarshal(e.Data.Raw, &inv); err != nil {
		return err
	}
	log.Print(inv.Parent.SubscriptionDetails.Subscription.Status) // want `stripe.InvoiceParentSubscriptionDetails.Subscription is never expanded in an event`
	log.Print(inv.Lines.Data[0].Subscription.Status)              // silent: through an index (and not documented as a reference)
	return nil
}
