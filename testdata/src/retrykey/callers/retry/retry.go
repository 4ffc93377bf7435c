// Package retry retries the params its callers give it; package app calls
// it.
package retry

import (
	"context"
	"errors"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/refund"
)

// Refund retries the caller's params.
func Refund(ctx context.Context, p *stripe.RefundParams) error { // want Refund:"retriesParams\\(1 refund.New\\)"
	for i := 0; i < 3; i++ {
		if _, err := refund.New(p); err == nil { // silent here: the callers are in package app, reported there
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	return errors.New("gave up")
}

// RefundKeyed sets its own stable key: no fact.
func RefundKeyed(orderID string, p *stripe.RefundParams) error { // want RefundKeyed:"keyedWrapper"
	p.SetIdempotencyKey("refund-" + orderID)
	var err error
	for i := 0; i < 3; i++ {
		if _, err = refund.New(p); err == nil {
			return nil
		}
	}
	return err
}
