// Package app calls the retrier of package retry.
package app

import (
	"context"

	stripe "github.com/stripe/stripe-go/v72"

	"retrykey/callers/retry"
)

func noKey(ctx context.Context, charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	return retry.Refund(ctx, p) // want `retry.Refund retries refund.New without a stable idempotency key: set one on p before the call`
}

func inline(ctx context.Context, charge string) error {
	return retry.Refund(ctx, &stripe.RefundParams{Charge: stripe.String(charge)}) // want `retry.Refund retries refund.New without a stable idempotency key: set one on the params before the call`
}

func nilParams(ctx context.Context) error {
	return retry.Refund(ctx, nil) // want `retry.Refund retries refund.New without a stable idempotency key: pass params with a stable key`
}

// --- Silent. ---

func keyed(ctx context.Context, orderID, charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	p.SetIdempotencyKey("refund-" + orderID)
	return retry.Refund(ctx, p)
}

func keyedLiteral(ctx context.Context, orderID, charge string) error {
	return retry.Refund(ctx, &stripe.RefundParams{Params: stripe.Params{IdempotencyKey: stripe.String("refund-" + orderID)}})
}

func keyedRetrier(orderID, charge string) error { // want keyedRetrier:"keyedWrapper"
	return retry.RefundKeyed(orderID, &stripe.RefundParams{Charge: stripe.String(charge)})
}

// fromCaller passes its params on to retry.Refund: a retrier too.
func fromCaller(ctx context.Context, p *stripe.RefundParams) error { // want fromCaller:"retriesParams\\(1 refund.New\\)"
	return retry.Refund(ctx, p) // the caller's own parameter: followed to its callers
}

func callFromCaller(ctx context.Context, charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	return fromCaller(ctx, p) // want `app.fromCaller retries refund.New without a stable idempotency key: set one on p before the call`
}
