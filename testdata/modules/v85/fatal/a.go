// Package fatal runs the fatal rule against the real stripe-go v85.
package fatal

import (
	"context"
	"log"
	"os"

	stripe "github.com/stripe/stripe-go/v85"
)

func refund(ctx context.Context, sc *stripe.Client, pi string) error {
	_, err := sc.V1Refunds.Create(ctx, &stripe.RefundCreateParams{PaymentIntent: stripe.String(pi)})
	if err != nil {
		log.Print(err)
		os.Exit(1) // want `os.Exit on the error of \(\*stripe.Client\).V1Refunds.Create stops the service: return the error`
	}
	return nil
}

func customers(ctx context.Context, sc *stripe.Client) error {
	for c, err := range sc.V1Customers.List(ctx, nil).All(ctx) {
		if err != nil {
			return err // silent: returned
		}
		log.Print(c.ID)
	}
	return nil
}
