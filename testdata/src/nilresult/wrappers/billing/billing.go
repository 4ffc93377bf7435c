// Package billing wraps Stripe calls: its functions return the errors of
// API calls (and nil results when they fail).
package billing

import (
	"context"
	"fmt"
	"log"

	stripe "github.com/stripe/stripe-go/v85"
)

type Client struct {
	SC *stripe.Client
}

// Charge returns nil and the error of V1PaymentIntents.Create wrapped.
func (c *Client) Charge(ctx context.Context, p *stripe.PaymentIntentCreateParams) (*stripe.PaymentIntent, error) {
	pi, err := c.SC.V1PaymentIntents.Create(ctx, p)
	if err != nil {
		return nil, fmt.Errorf("charging: %w", err)
	}
	return pi, nil
}

// Lookup returns a read's result and error as is.
func (c *Client) Lookup(ctx context.Context, id string) (*stripe.Customer, error) {
	return c.SC.V1Customers.Retrieve(ctx, id, nil)
}

// Secret reads the result of a wrapper of the same package too early.
func (c *Client) Secret(ctx context.Context, p *stripe.PaymentIntentCreateParams) string {
	pi, err := c.Charge(ctx, p)
	if err != nil {
		log.Print(err)
	}
	return pi.ClientSecret // want `pi.ClientSecret read after \(\*billing.Client\).Charge failed \(err is not nil\): leave after handling the error`
}
