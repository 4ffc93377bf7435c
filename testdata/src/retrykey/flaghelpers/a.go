// Package flaghelpers exercises the -retrykey.helpers flag: runQueued is
// a retry helper only because the flag names it (its retries happen in a
// queue the analysis cannot see).
package flaghelpers

import (
	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/refund"
)

var queue []func() error

func runQueued(task func() error) error {
	queue = append(queue, task)
	return nil
}

func enqueueRefund(charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	return runQueued(func() error {
		_, err := refund.New(p) // want `refund.New is retried without a stable idempotency key: set one with p.SetIdempotencyKey before calling flaghelpers.runQueued`
		return err
	})
}
