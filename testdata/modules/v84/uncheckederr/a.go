// Package uncheckederr runs uncheckederr against the real stripe-go v84,
// whose list calls (v82 to v84) return the (item, error) pairs themselves.
package uncheckederr

import (
	"context"
	"errors"
	"log"

	stripe "github.com/stripe/stripe-go/v84"
)

func rangeOneVar(ctx context.Context, sc *stripe.Client) []string {
	var ids []string
	for c := range sc.V1Customers.List(ctx, nil) { // want `error of \(\*stripe.Client\).V1Customers.List is not checked \(the list yields \(item, error\) pairs: bind the error\)`
		ids = append(ids, c.ID)
	}
	return ids
}

func rangeBlank(ctx context.Context, sc *stripe.Client) int {
	n := 0
	for _, _ = range sc.V1Products.List(ctx, nil) { // want `error of \(\*stripe.Client\).V1Products.List is not checked \(assigned to _\)`
		n++
	}
	return n
}

func breakOnError(ctx context.Context, sc *stripe.Client) []string {
	var ids []string
	for c, err := range sc.V1Customers.List(ctx, nil) {
		if err != nil {
			log.Print(err)
			break // want `error of \(\*stripe.Client\).V1Customers.List stops the loop and is dropped \(return it, or record it\)`
		}
		ids = append(ids, c.ID)
	}
	return ids
}

func continueOnError(ctx context.Context, sc *stripe.Client, name string) (*stripe.Product, error) {
	for p, err := range sc.V1Products.List(ctx, nil) {
		if err != nil {
			continue // want `error of \(\*stripe.Client\).V1Products.List is skipped and dropped \(return it, or record it\)`
		}
		if p.Name == name {
			return p, nil
		}
	}
	return nil, errors.New("no such product")
}

// --- Silent. ---

func returned(ctx context.Context, sc *stripe.Client) ([]string, error) {
	var ids []string
	for c, err := range sc.V1Customers.List(ctx, nil) {
		if err != nil {
			return nil, err
		}
		ids = append(ids, c.ID)
	}
	return ids, nil
}
