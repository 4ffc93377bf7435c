// Package app calls the retrier of package retry.
package app

import (
	"context"

	"github.com/stripe/stripe-go/v85"

	"example.com/v85fixtures/retrykey/callers/retry"
)

func noKey(ctx context.Context, sc *stripe.Client, charge string) error {
	p := &stripe.RefundCreateParams{Charge: stripe.String(charge)}
	return retry.Refund(ctx, sc, p) // want `retry.Refund retries \(\*stripe.Client\).V1Refunds.Create without a stable idempotency key: set one on p before the call`
}

func keyed(ctx context.Context, sc *stripe.Client, orderID, charge string) error {
	p := &stripe.RefundCreateParams{Charge: stripe.String(charge)}
	p.SetIdempotencyKey("refund-" + orderID)
	return retry.Refund(ctx, sc, p) // silent: a stable key
}
