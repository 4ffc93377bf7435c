// Package classify asserts error parameters to *stripe.Error (real
// stripe-go v72); package callers calls it.
package classify

import (
	"fmt"
	"log"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/refund"
)

// IsDeclined is called by package callers only.
func IsDeclined(err error) bool { // want IsDeclined:`asserts err to \*stripe.Error at classify.go:15:12`
	se, ok := err.(*stripe.Error) // silent: no caller in this package
	return ok && se.Type == stripe.ErrorTypeCard
}

// Refund wraps the Stripe error with %w.
func Refund(charge string) error {
	if _, err := refund.New(&stripe.RefundParams{Charge: stripe.String(charge)}); err != nil {
		return fmt.Errorf("classify: refund: %w", err)
	}
	return nil
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

func refundAll(charges []string) {
	for _, c := range charges {
		_, err := refund.New(&stripe.RefundParams{Charge: stripe.String(c)})
		if isMissing(err) {
			continue
		}
		log.Print(kind(fmt.Errorf("refund %s: %w", c, err)))
	}
}
