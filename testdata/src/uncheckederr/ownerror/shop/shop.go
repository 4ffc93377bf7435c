// Package shop calls the own-error wrappers of package catalog.
package shop

import (
	"context"
	"log"

	stripe "github.com/stripe/stripe-go/v85"

	"uncheckederr/ownerror/catalog"
)

func page(ctx context.Context, sc *stripe.Client, id string) {
	catalog.Sentinel(ctx, sc, id)       // want `error returned by catalog.Sentinel is not checked`
	_, _ = catalog.Product(ctx, sc, id) // want `error returned by catalog.Product is not checked \(assigned to _\)`
	catalog.Typed(ctx, sc, id)          // want `error returned by catalog.Typed is not checked`
}

// --- Silent. ---

func checked(ctx context.Context, sc *stripe.Client, id string) error {
	if err := catalog.Describe(ctx, sc, id); err != nil {
		log.Print(err)
	}
	catalog.Validate(id)            // not a wrapper
	catalog.Other(ctx, sc, id, nil) // not a wrapper
	_, err := catalog.Product(ctx, sc, id)
	return err
}
