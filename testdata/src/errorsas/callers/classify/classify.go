// Package classify asserts error parameters to *stripe.Error; whether the
// assertion misses wrapped errors depends on what its callers pass. The
// callers of the exported functions in package callers are checked
// through the assertsParams fact.
package classify

import (
	"context"
	"errors"
	"fmt"
	"log"

	stripe "github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/refund"
)

// IsDeclined is called by package callers only.
func IsDeclined(err error) bool { // want IsDeclined:`asserts err to \*stripe.Error at classify.go:19:12`
	se, ok := err.(*stripe.Error) // silent: no caller in this package (package callers' wrapped calls are reported there)
	return ok && se.Type == stripe.ErrorTypeCard
}

// IsRetryable has no caller at all.
func IsRetryable(err error) bool { // want IsRetryable:`asserts err to \*stripe.Error at classify.go:26:7`
	switch err.(type) {
	case *stripe.Error: // silent: an exported function with no caller in the analysed packages
		return false
	}
	return true
}

// Charge wraps the Stripe error with %w (a wrapper with Wraps).
func Charge(ctx context.Context, sc *stripe.Client, p *stripe.PaymentIntentCreateParams) (*stripe.PaymentIntent, error) {
	pi, err := sc.V1PaymentIntents.Create(ctx, p)
	if err != nil {
		return nil, fmt.Errorf("classify: charge: %w", err)
	}
	return pi, nil
}

func isCard(err error) bool {
	if se, ok := err.(*stripe.Error); ok { // want `type assertion to \*stripe.Error misses wrapped errors: use errors.As`
		return se.Type == stripe.ErrorTypeCard
	}
	return false
}

func kind(err error) string {
	switch e := err.(type) {
	case *stripe.Error: // want `type switch case \*stripe.Error misses wrapped errors: use errors.As`
		return string(e.Type)
	}
	return "other"
}

func isMissing(err error) bool {
	se, ok := err.(*stripe.Error) // silent: every caller passes the SDK's own error
	return ok && se.Code == stripe.ErrorCodeResourceMissing
}

func unwrapped(err error) bool {
	err = errors.Unwrap(err)
	se, ok := err.(*stripe.Error) // silent: the parameter is assigned in the body (its own flow answers)
	return ok && se.Code == stripe.ErrorCodeResourceMissing
}

func refundAll(charges []string) {
	for _, c := range charges {
		_, err := refund.New(&stripe.RefundParams{Charge: stripe.String(c)})
		if isMissing(err) || unwrapped(fmt.Errorf("refund: %w", err)) {
			continue
		}
		if isCard(fmt.Errorf("refund %s: %w", c, err)) {
			log.Print("declined")
		}
		log.Print(kind(errors.Join(errors.New("refund"), err)))
	}
}
