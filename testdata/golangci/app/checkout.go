// Package checkout is the fixture of the end-to-end tests of the
// golangci-lint plugin and of the gopls build: a few unchecked Stripe
// errors, one silenced with //nolint:stripeerrlint and one with
// //stripeerrlint:ignore.
package checkout

import (
	"context"
	"log"

	stripe "github.com/stripe/stripe-go/v85"
)

// Refund refunds a payment and drops the refund's error: fixable (the
// function returns an error).
func Refund(ctx context.Context, sc *stripe.Client, id string) error {
	sc.V1Refunds.Create(ctx, &stripe.RefundCreateParams{PaymentIntent: stripe.String(id)})
	return nil
}

// Email blanks the error: fixable.
func Email(ctx context.Context, sc *stripe.Client, id string) (string, error) {
	c, _ := sc.V1Customers.Retrieve(ctx, id, nil)
	return c.Email, nil
}

// Cancel cannot return the error: reported, no fix.
func Cancel(ctx context.Context, sc *stripe.Client, id string) {
	sc.V1PaymentIntents.Cancel(ctx, id, nil)
	log.Printf("cancelled %s", id)
}

// Forget is silenced for golangci-lint only.
func Forget(ctx context.Context, sc *stripe.Client, id string) {
	sc.V1Customers.Delete(ctx, id, nil) //nolint:stripeerrlint // the customer may already be gone
}

// Ignore is silenced by the suite's own directive, in every driver.
func Ignore(ctx context.Context, sc *stripe.Client, id string) {
	//stripeerrlint:ignore uncheckederr best effort: the subscription is cancelled by the nightly job too
	sc.V1Subscriptions.Cancel(ctx, id, nil)
}

// Checked is correct.
func Checked(ctx context.Context, sc *stripe.Client, id string) error {
	if _, err := sc.V1Customers.Delete(ctx, id, nil); err != nil {
		return err
	}
	return nil
}
