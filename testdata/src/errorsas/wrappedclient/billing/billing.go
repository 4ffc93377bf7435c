// Package billing wraps Stripe calls for package wrappedclient: Charge
// wraps the Stripe error with %w, Customer returns it as is.
package billing

import (
	"context"
	"fmt"

	stripe "github.com/stripe/stripe-go/v85"
)

// Charge creates a PaymentIntent; its error wraps the Stripe error.
func Charge(ctx context.Context, sc *stripe.Client, p *stripe.PaymentIntentCreateParams) (*stripe.PaymentIntent, error) {
	pi, err := sc.V1PaymentIntents.Create(ctx, p)
	if err != nil {
		return nil, fmt.Errorf("billing: charge: %w", err)
	}
	return pi, nil
}

// Customer retrieves a customer; its error is the SDK's as is.
func Customer(ctx context.Context, sc *stripe.Client, id string) (*stripe.Customer, error) {
	return sc.V1Customers.Retrieve(ctx, id, nil)
}
