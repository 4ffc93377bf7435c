// Package retry retries the params its callers give it (real stripe-go
// v85); package app calls it.
package retry

import (
	"context"
	"errors"

	"github.com/stripe/stripe-go/v85"
)

// Refund retries the caller's params.
func Refund(ctx context.Context, sc *stripe.Client, p *stripe.RefundCreateParams) error { // want Refund:`retriesParams\(2 \(\*stripe.Client\).V1Refunds.Create\)`
	for i := 0; i < 3; i++ {
		if _, err := sc.V1Refunds.Create(ctx, p); err == nil { // silent here: the callers are in package app
			return nil
		}
	}
	return errors.New("gave up")
}

// refundLocal retries the caller's params; its caller below passes none.
func refundLocal(ctx context.Context, sc *stripe.Client, p *stripe.RefundCreateParams) error { // want refundLocal:`retriesParams\(2 \(\*stripe.Client\).V1Refunds.Create\)`
	for i := 0; i < 3; i++ {
		if _, err := sc.V1Refunds.Create(ctx, p); err == nil { // want `\(\*stripe.Client\).V1Refunds.Create is retried without a stable idempotency key: callers of refundLocal pass params without one; set one before calling it`
			return nil
		}
	}
	return errors.New("gave up")
}

func refundCharge(ctx context.Context, sc *stripe.Client, charge string) error {
	return refundLocal(ctx, sc, &stripe.RefundCreateParams{Charge: stripe.String(charge)})
}
