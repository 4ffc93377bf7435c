// Package smoke uses a few APIs of stripe-go v85 so that the module keeps
// its requirement and complete go.sum. Rule fixtures type-checked against
// the real SDK go in sibling packages, testdata/modules/v85/<rule>/.
package smoke

import (
	"context"
	"errors"
	"fmt"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/paymentintent"
	"github.com/stripe/stripe-go/v85/webhook"
)

// Pay creates a PaymentIntent with the client API.
func Pay(ctx context.Context, sc *stripe.Client, amount int64) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentCreateParams{
		Amount:   stripe.Int64(amount),
		Currency: stripe.String(stripe.CurrencyUSD),
	}
	params.SetIdempotencyKey(stripe.NewIdempotencyKey())
	pi, err := sc.V1PaymentIntents.Create(ctx, params)
	if err != nil {
		var stripeErr *stripe.Error
		if errors.As(err, &stripeErr) && stripeErr.Type == stripe.ErrorTypeCard {
			return nil, fmt.Errorf("card declined (%s): %w", stripeErr.DeclineCode, err)
		}
		return nil, err
	}
	return pi, nil
}

// Customers lists customers with the client API.
func Customers(ctx context.Context, sc *stripe.Client) ([]*stripe.Customer, error) {
	var out []*stripe.Customer
	for c, err := range sc.V1Customers.List(ctx, &stripe.CustomerListParams{}).All(ctx) {
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

// Get retrieves a PaymentIntent with the deprecated package-level API.
func Get(id string) (*stripe.PaymentIntent, error) {
	return paymentintent.Get(id, nil)
}

// Event verifies a webhook payload, with the client and with the webhook
// package.
func Event(sc *stripe.Client, payload []byte, header, secret string) (stripe.Event, error) {
	if _, err := webhook.ConstructEvent(payload, header, secret); err != nil {
		return stripe.Event{}, err
	}
	return sc.ConstructEvent(payload, header, secret, stripe.WithTolerance(webhook.DefaultTolerance))
}
