package helpers

import (
	"github.com/cenkalti/backoff/v4"
	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/refund"
)

// A function literal in parentheses is the helper's argument all the same
// (regression: the literal was compared with its parentheses and missed).
func parenthesizedLiteral(charge string) error {
	return backoff.Retry((func() error {
		_, err := refund.New(&stripe.RefundParams{Charge: stripe.String(charge)}) // want `refund.New is retried without a stable idempotency key: build its params before calling backoff.Retry and set one with SetIdempotencyKey`
		return err
	}), backoff.NewExponentialBackOff())
}
