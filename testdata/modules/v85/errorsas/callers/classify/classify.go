// Package classify asserts error parameters to *stripe.Error (real
// stripe-go v85); package callers calls it.
package classify

import (
	"context"
	"errors"
	"fmt"
	"log"

	stripe "github.com/stripe/stripe-go/v85"
)

// IsDeclined is called by package callers only.
func IsDeclined(err error) bool { // want IsDeclined:`asserts err to \*stripe.Error at classify.go:17:7`
	switch e := err.(type) {
	case *stripe.Error: // silent: no caller in this package
		return e.Type == stripe.ErrorTypeCard
	}
	return false
}

// Cancel wraps the Stripe error with %w.
func Cancel(ctx context.Context, sc *stripe.Client, id string) error {
	if _, err := sc.V1PaymentIntents.Cancel(ctx, id, nil); err != nil {
		return fmt.Errorf("classify: cancel %s: %w", id, err)
	}
	return nil
}

func isMissing(err error) bool {
	se, ok := err.(*stripe.Error) // silent: every caller passes the SDK's own error
	return ok && se.Code == stripe.ErrorCodeResourceMissing
}

func kind(err error) string {
	switch e := err.(type) {
	case *stripe.Error: // want `type switch case \*stripe.Error misses wrapped errors: use errors.As`
		return string(e.Type)
	}
	return "other"
}

func cancelAll(ctx context.Context, sc *stripe.Client, ids []string) {
	for _, id := range ids {
		_, err := sc.V1PaymentIntents.Cancel(ctx, id, nil)
		if isMissing(err) {
			continue
		}
		log.Print(kind(errors.Join(errors.New("cancel"), err)))
	}
}
