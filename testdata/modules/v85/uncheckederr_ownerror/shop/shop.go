// Package shop calls the own-error wrappers of package catalog.
package shop

import (
	"context"
	"log"

	stripe "github.com/stripe/stripe-go/v85"

	"example.com/v85fixtures/uncheckederr_ownerror/catalog"
)

func page(ctx context.Context, sc *stripe.Client, id string) {
	catalog.Sentinel(ctx, sc, id)                                               // want `error returned by catalog.Sentinel is not checked`
	_ = catalog.Refund(ctx, sc, &stripe.RefundCreateParams{PaymentIntent: &id}) // want `error returned by catalog.Refund is not checked \(assigned to _\)`
}

// --- Silent. ---

func checked(ctx context.Context, sc *stripe.Client, id string) {
	if _, err := catalog.Product(ctx, sc, id); err != nil {
		log.Print(err)
	}
	catalog.Validate(id) // not a wrapper
}
