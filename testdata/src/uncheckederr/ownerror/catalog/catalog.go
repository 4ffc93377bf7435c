// Package catalog reports failed Stripe calls with errors of its own: each
// error carries the failure, so its functions are wrappers (that do not
// wrap) and their callers, here and in package shop, must check them.
package catalog

import (
	"context"
	"errors"
	"fmt"
	"log"

	stripe "github.com/stripe/stripe-go/v85"
)

// ErrNotFound is this package's sentinel.
var ErrNotFound = errors.New("product not found")

// LookupError is this package's error type.
type LookupError struct{ ID string }

func (e *LookupError) Error() string { return "lookup of " + e.ID + " failed" }

// Product hides the Stripe error behind errors.New.
func Product(ctx context.Context, sc *stripe.Client, id string) (*stripe.Customer, error) {
	c, err := sc.V1Customers.Retrieve(ctx, id, nil)
	if err != nil {
		return nil, errors.New("product not found")
	}
	return c, nil
}

// Describe keeps only the text of the error (%v).
func Describe(ctx context.Context, sc *stripe.Client, id string) error {
	if _, err := sc.V1Customers.Retrieve(ctx, id, nil); err != nil {
		return fmt.Errorf("describe %s: %v", id, err)
	}
	return nil
}

// Sentinel returns a package-level error.
func Sentinel(ctx context.Context, sc *stripe.Client, id string) error {
	_, err := sc.V1Customers.Retrieve(ctx, id, nil)
	if err != nil && id != "" {
		return ErrNotFound
	}
	return nil
}

// Typed returns an error literal of its own type.
func Typed(ctx context.Context, sc *stripe.Client, id string) error {
	_, err := sc.V1Customers.Retrieve(ctx, id, nil)
	if err != nil {
		return &LookupError{ID: id}
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

// Quiet turns a failure into success: not a wrapper.
func Quiet(ctx context.Context, sc *stripe.Client, id string) error {
	if _, err := sc.V1Customers.Retrieve(ctx, id, nil); err != nil {
		return nil
	}
	return nil
}

// Checked makes its own error only after the Stripe call succeeded: not a
// wrapper.
func Checked(ctx context.Context, sc *stripe.Client, id string) error {
	c, err := sc.V1Customers.Retrieve(ctx, id, nil)
	if err == nil && c.Deleted {
		return errors.New("customer deleted")
	}
	return nil
}

// Other guards another error than the Stripe call's: not a wrapper.
func Other(ctx context.Context, sc *stripe.Client, id string, load func() error) error {
	_, err := sc.V1Customers.Retrieve(ctx, id, nil)
	if err != nil {
		log.Print(err)
	}
	err = load()
	if err != nil {
		return errors.New("load failed")
	}
	return nil
}

// --- Callers in the same package. ---

func show(ctx context.Context, sc *stripe.Client, id string) {
	Product(ctx, sc, id)                       // want `error returned by catalog.Product is not checked`
	_ = Describe(ctx, sc, id)                  // want `error returned by catalog.Describe is not checked \(assigned to _\)`
	Validate(id)                               // not a wrapper: errcheck's business
	Quiet(ctx, sc, id)                         // not a wrapper
	Checked(ctx, sc, id)                       // not a wrapper
	if err := Typed(ctx, sc, id); err != nil { // checked
		return
	}
}
