package billing // want package:"stripeWrappers"

// Billing fixture: wraps Stripe calls: its functions return the errors of
// API calls, so uncheckederr treats them as API calls in every package.

import (
	"context"
	"errors"
	"fmt"

	stripe "github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/refund"
)

type Client struct {
	SC *stripe.Client
}

// Charge returns the error of V1PaymentIntents.Create wrapped with %w.
func (c *Client) Charge(ctx context.Context, p *stripe.PaymentIntentCreateParams) (*stripe.PaymentIntent, error) { // want Charge:`stripeWrapper\(\(\*stripe.Client\).V1PaymentIntents.Create POST wraps\)`
	pi, err := c.SC.V1PaymentIntents.Create(ctx, p)
	if err != nil {
		return nil, fmt.Errorf("charging: %w", err)
	}
	return pi, nil
}

// Refund returns a wrapper's error: wrappers compose, and so does wrapping.
func Refund(ctx context.Context, c *Client, id string) error { // want Refund:`stripeWrapper\(billing.refundLater POST wraps\)`
	return refundLater(id)
}

func refundLater(id string) error { // want refundLater:`stripeWrapper\(refund.New POST wraps\)`
	_, err := refund.New(&stripe.RefundParams{PaymentIntent: stripe.String(id)})
	return errors.Join(errors.New("refund"), err)
}

// Lookup returns a read's error as is: a wrapper that does not wrap.
func (c *Client) Lookup(ctx context.Context, id string) (*stripe.Customer, error) { // want Lookup:`stripeWrapper\(\(\*stripe.Client\).V1Customers.Retrieve GET\)`
	return c.SC.V1Customers.Retrieve(ctx, id, nil)
}

// Describe loses the chain (%v), but its error reports the failed call:
// a wrapper (an own error, issue 14) that does not wrap.
func (c *Client) Describe(ctx context.Context, id string) error { // want Describe:`stripeWrapper\(\(\*stripe.Client\).V1Customers.Retrieve GET\)`
	_, err := c.SC.V1Customers.Retrieve(ctx, id, nil)
	if err != nil {
		return fmt.Errorf("describe: %v", err)
	}
	return nil
}

// Validate returns its own errors only: not a wrapper.
func Validate(id string) error {
	if id == "" {
		return errors.New("empty id")
	}
	return nil
}

// refundInLiteral stores the error in a function literal: the variable it
// captures holds the error after the literal, so it is a wrapper.
func refundInLiteral(id string) error { // want refundInLiteral:`stripeWrapper\(refund.New POST\)`
	var err error
	func() {
		_, err = refund.New(&stripe.RefundParams{PaymentIntent: stripe.String(id)})
	}()
	return err
}

// refundForgotten returns the variable after overwriting the error: not a
// wrapper.
func refundForgotten(id string) error {
	_, err := refund.New(&stripe.RefundParams{PaymentIntent: stripe.String(id)})
	err = Validate(id)
	return err
}
