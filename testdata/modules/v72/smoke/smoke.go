// Package smoke uses a few APIs of stripe-go v72 so that the module keeps
// its requirement and complete go.sum. Rule fixtures type-checked against
// the real SDK go in sibling packages, testdata/modules/v72/<rule>/.
package smoke

import (
	"errors"
	"fmt"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/client"
	"github.com/stripe/stripe-go/v72/customer"
	"github.com/stripe/stripe-go/v72/paymentintent"
	"github.com/stripe/stripe-go/v72/webhook"
)

// Pay creates a PaymentIntent with the package-level API.
func Pay(amount int64) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentParams{
		Amount:   stripe.Int64(amount),
		Currency: stripe.String(string(stripe.CurrencyUSD)),
	}
	params.SetIdempotencyKey(stripe.NewIdempotencyKey())
	pi, err := paymentintent.New(params)
	if err != nil {
		var stripeErr *stripe.Error
		if errors.As(err, &stripeErr) && stripeErr.Type == stripe.ErrorTypeCard {
			return nil, fmt.Errorf("card declined (%s): %w", stripeErr.DeclineCode, err)
		}
		return nil, err
	}
	return pi, nil
}

// Customers lists customers with a per-client API and checks the iterator.
func Customers(key string) ([]*stripe.Customer, error) {
	sc := client.New(key, nil)
	it := sc.Customers.List(&stripe.CustomerListParams{})
	var out []*stripe.Customer
	for it.Next() {
		out = append(out, it.Customer())
	}
	return out, it.Err()
}

// DeleteCustomer deletes a customer.
func DeleteCustomer(id string) error {
	_, err := customer.Del(id, nil)
	return err
}

// Event verifies a webhook payload.
func Event(payload []byte, header, secret string) (stripe.Event, error) {
	return webhook.ConstructEvent(payload, header, secret)
}
