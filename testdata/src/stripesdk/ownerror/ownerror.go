package ownerror // want package:"stripeWrappers"

// Functions that report a failed Stripe call with an error of their own
// are wrappers whose Wraps stays false.

import (
	"context"
	"errors"
	"fmt"

	stripe "github.com/stripe/stripe-go/v85"
)

var errGone = errors.New("gone")

type refundError struct{ id string }

func (e refundError) Error() string { return "refund " + e.id }

type codeError string

func (e codeError) Error() string { return string(e) }

func product(ctx context.Context, sc *stripe.Client, id string) (*stripe.Customer, error) { // want product:`stripeWrapper\(\(\*stripe.Client\).V1Customers.Retrieve GET\)`
	c, err := sc.V1Customers.Retrieve(ctx, id, nil)
	if err != nil {
		return nil, errors.New("product not found")
	}
	return c, nil
}

func refund(ctx context.Context, sc *stripe.Client, p *stripe.RefundCreateParams) error { // want refund:`stripeWrapper\(\(\*stripe.Client\).V1Refunds.Create POST\)`
	if _, err := sc.V1Refunds.Create(ctx, p); nil != err {
		return refundError{id: "x"}
	}
	return nil
}

func code(ctx context.Context, sc *stripe.Client, p *stripe.RefundCreateParams) error { // want code:`stripeWrapper\(\(\*stripe.Client\).V1Refunds.Create POST\)`
	if _, err := sc.V1Refunds.Create(ctx, p); err != nil {
		return codeError("refund failed")
	}
	return nil
}

func nested(ctx context.Context, sc *stripe.Client, id string) error { // want nested:`stripeWrapper\(\(\*stripe.Client\).V1Customers.Retrieve GET\)`
	_, err := sc.V1Customers.Retrieve(ctx, id, nil)
	if err != nil {
		if id == "" {
			return fmt.Errorf("lookup: %v", err)
		}
		return errGone
	}
	return nil
}

// mixed wraps on one path and makes its own error on another: Wraps.
func mixed(ctx context.Context, sc *stripe.Client, id string) error { // want mixed:`stripeWrapper\(\(\*stripe.Client\).V1Customers.Retrieve GET wraps\)`
	_, err := sc.V1Customers.Retrieve(ctx, id, nil)
	if err != nil {
		if id == "" {
			return errGone
		}
		return fmt.Errorf("lookup: %w", err)
	}
	return nil
}

// --- Not wrappers. ---

func afterSuccess(ctx context.Context, sc *stripe.Client, id string) error {
	c, err := sc.V1Customers.Retrieve(ctx, id, nil)
	if err == nil && c.Deleted {
		return errGone
	}
	return nil
}

func overwritten(ctx context.Context, sc *stripe.Client, id string, load func() error) error {
	_, err := sc.V1Customers.Retrieve(ctx, id, nil)
	_ = err
	err = load()
	if err != nil {
		return errGone
	}
	return nil
}

func inLiteral(ctx context.Context, sc *stripe.Client, id string) error {
	_, err := sc.V1Customers.Retrieve(ctx, id, nil)
	_ = err
	f := func() error {
		if err != nil {
			return errGone // the literal's return, not the function's
		}
		return nil
	}
	_ = f
	return nil
}

func maybeNil(ctx context.Context, sc *stripe.Client, id string, other error) error {
	if _, err := sc.V1Customers.Retrieve(ctx, id, nil); err != nil {
		return other // may be nil: not an error of its own
	}
	return nil
}
