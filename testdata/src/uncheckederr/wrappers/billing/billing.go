// Package billing wraps Stripe calls: its functions return the errors of
// API calls, so uncheckederr treats them as API calls in every package.
package billing

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
func (c *Client) Charge(ctx context.Context, p *stripe.PaymentIntentCreateParams) (*stripe.PaymentIntent, error) {
	pi, err := c.SC.V1PaymentIntents.Create(ctx, p)
	if err != nil {
		return nil, fmt.Errorf("charging: %w", err)
	}
	return pi, nil
}

// Refund returns a wrapper's error: wrappers compose.
func Refund(ctx context.Context, c *Client, id string) error {
	return refundLater(id)
}

func refundLater(id string) error {
	_, err := refund.New(&stripe.RefundParams{PaymentIntent: stripe.String(id)})
	return errors.Join(errors.New("refund"), err)
}

// Lookup returns a read's error as is.
func (c *Client) Lookup(ctx context.Context, id string) (*stripe.Customer, error) {
	return c.SC.V1Customers.Retrieve(ctx, id, nil)
}

// Describe loses the chain (%v), but its error reports the failed call:
// a wrapper (an error of its own) all the same.
func (c *Client) Describe(ctx context.Context, id string) error {
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
