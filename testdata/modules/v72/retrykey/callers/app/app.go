// Package app calls the retrier of package retry.
package app

import (
	stripe "github.com/stripe/stripe-go/v72"

	"example.com/v72fixtures/retrykey/callers/retry"
)

func noKey(charge string) error {
	return retry.Refund(&stripe.RefundParams{Charge: stripe.String(charge)}) // want `retry.Refund retries refund.New without a stable idempotency key: set one on the params before the call`
}

func keyed(orderID, charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	p.IdempotencyKey = stripe.String("refund-" + orderID)
	return retry.Refund(p) // silent: a stable key
}
