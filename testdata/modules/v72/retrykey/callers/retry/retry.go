// Package retry retries the params its callers give it (real stripe-go
// v72); package app calls it.
package retry

import (
	"errors"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/refund"
)

// Refund retries the caller's params.
func Refund(p *stripe.RefundParams) error { // want Refund:`retriesParams\(0 refund.New\)`
	for i := 0; i < 3; i++ {
		if _, err := refund.New(p); err == nil { // silent here: the callers are in package app
			return nil
		}
	}
	return errors.New("gave up")
}

// freshOnParam sets a new key on each attempt: reported whatever the
// callers pass.
func freshOnParam(p *stripe.RefundParams) error {
	for i := 0; i < 3; i++ {
		p.SetIdempotencyKey(stripe.NewIdempotencyKey())
		if _, err := refund.New(p); err == nil { // want `refund.New is retried with a new idempotency key from stripe.NewIdempotencyKey on each attempt: set the key once, before the loop`
			return nil
		}
	}
	return errors.New("gave up")
}
