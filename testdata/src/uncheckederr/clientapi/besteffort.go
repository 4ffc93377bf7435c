package clientapi

import (
	"context"

	stripe "github.com/stripe/stripe-go/v85"
)

// tagCustomer discards every result of the update on purpose: a
// best-effort call. It is reported even so (nobody sees it fail), and the
// fix logs the error and goes on, importing log, instead of making
// tagCustomer fail.
func tagCustomer(ctx context.Context, sc *stripe.Client, id string) error {
	params := &stripe.CustomerUpdateParams{}
	params.AddMetadata("source", "checkout")
	_, _ = sc.V1Customers.Update(ctx, id, params) // want `error returned by \(\*stripe.Client\).V1Customers.Update is not checked \(assigned to _\)`
	return nil
}
