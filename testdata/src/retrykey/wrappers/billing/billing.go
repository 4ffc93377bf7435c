// Package billing wraps Stripe calls; package handlers retries the
// wrappers.
package billing

import (
	"fmt"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/refund"
)

// Refund refunds a charge with the SDK's own key: a new one per call.
func Refund(charge string) error {
	_, err := refund.New(&stripe.RefundParams{Charge: stripe.String(charge)})
	return err
}

// RefundKeyed refunds a charge with a key derived from the order.
func RefundKeyed(orderID, charge string) error { // want RefundKeyed:"keyedWrapper"
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	p.SetIdempotencyKey("refund-" + orderID)
	_, err := refund.New(p)
	return err
}

// RefundFresh sets a key, but a new one on every call.
func RefundFresh(charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	p.SetIdempotencyKey(stripe.NewIdempotencyKey())
	_, err := refund.New(p)
	return err
}

// RefundVia goes through RefundKeyed.
func RefundVia(orderID, charge string) error { // want RefundVia:"keyedWrapper"
	if err := RefundKeyed(orderID, charge); err != nil {
		return fmt.Errorf("refund of order %s: %w", orderID, err)
	}
	return nil
}

// RefundWith sends the caller's params.
func RefundWith(p *stripe.RefundParams) error {
	_, err := refund.New(p)
	return err
}
