// Package catalog reports failed Stripe calls (real stripe-go v85) with
// errors of its own: its functions are wrappers that do not wrap.
package catalog

import (
	"context"
	"errors"
	"fmt"

	stripe "github.com/stripe/stripe-go/v85"
)

// ErrNotFound is this package's sentinel.
var ErrNotFound = errors.New("product not found")

// Product hides the Stripe error behind errors.New.
func Product(ctx context.Context, sc *stripe.Client, id string) (*stripe.Customer, error) {
	c, err := sc.V1Customers.Retrieve(ctx, id, nil)
	if err != nil {
		return nil, errors.New("product not found")
	}
	return c, nil
}

// Refund keeps only the text of the error (%v).
func Refund(ctx context.Context, sc *stripe.Client, p *stripe.RefundCreateParams) error {
	if _, err := sc.V1Refunds.Create(ctx, p); err != nil {
		return fmt.Errorf("refund: %v", err)
	}
	return nil
}

// Sentinel returns a package-level error.
func Sentinel(ctx context.Context, sc *stripe.Client, id string) error {
	if _, err := sc.V1Customers.Retrieve(ctx, id, nil); err != nil {
		return ErrNotFound
	}
	return nil
}

// Validate returns its own errors, but no Stripe call failed: not a
// wrapper.
func Validate(id string) error {
	if id == "" {
		return errors.New("empty id")
	}
	return nil
}

func show(ctx context.Context, sc *stripe.Client, id string) {
	Product(ctx, sc, id) // want `error returned by catalog.Product is not checked`
	Validate(id)         // not a wrapper: errcheck's business
}
