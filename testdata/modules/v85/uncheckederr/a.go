// Package uncheckederr runs uncheckederr against the real stripe-go v85.
package uncheckederr

import (
	"context"
	"fmt"

	stripe "github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/customer"
	"github.com/stripe/stripe-go/v85/paymentintent"
	"github.com/stripe/stripe-go/v85/price"
)

func client(ctx context.Context, sc *stripe.Client, id string) error {
	sc.V1Refunds.Create(ctx, &stripe.RefundCreateParams{PaymentIntent: stripe.String(id)}) // want `error returned by \(\*stripe.Client\).V1Refunds.Create is not checked`
	c, _ := sc.V1Customers.Retrieve(ctx, id, nil)                                          // want `error returned by \(\*stripe.Client\).V1Customers.Retrieve is not checked \(assigned to _\)`
	_, err := sc.V1Subscriptions.Cancel(ctx, c.ID, nil)                                    // want `error returned by \(\*stripe.Client\).V1Subscriptions.Cancel is not checked \(err is never read\)`
	_, err = sc.V1PaymentIntents.Cancel(ctx, id, nil)
	return err
}

func lists(ctx context.Context, sc *stripe.Client) []string {
	var ids []string
	for c := range sc.V1Customers.List(ctx, nil).All(ctx) { // want `error of \(\*stripe.Client\).V1Customers.List is not checked \(range over All yields \(item, error\) pairs: bind the error\)`
		ids = append(ids, c.ID)
	}
	for pi, _ := range sc.V1PaymentIntents.Search(ctx, &stripe.PaymentIntentSearchParams{}).All(ctx) { // want `error of \(\*stripe.Client\).V1PaymentIntents.Search is not checked \(assigned to _\)`
		ids = append(ids, pi.ID)
	}
	i := customer.List(nil)
	for i.Next() { // want `error of customer.List is not checked \(call i.Err\(\) after the loop\)`
		ids = append(ids, i.Customer().ID)
	}
	return ids
}

func legacy(p *stripe.PaymentIntentParams) {
	paymentintent.New(p) // want `error returned by paymentintent.New is not checked`
}

func wrapper(ctx context.Context, sc *stripe.Client, id string) error {
	if _, err := sc.V1Customers.Delete(ctx, id, nil); err != nil {
		return fmt.Errorf("delete: %w", err)
	}
	return nil
}

func callsWrapper(ctx context.Context, sc *stripe.Client) {
	defer wrapper(ctx, sc, "cus_1") // want `error returned by uncheckederr.wrapper is not checked \(the defer statement discards it\)`
}

// --- Silent. ---

func handled(ctx context.Context, sc *stripe.Client) ([]*stripe.Customer, error) {
	var out []*stripe.Customer
	for c, err := range sc.V1Customers.List(ctx, nil).All(ctx) {
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

// The real list constructors fetch the first page (stripe.GetSearchIter
// calls getPage), so Err before the loop sees that request only.
func activePrices(q string) ([]*stripe.Price, error) {
	it := price.Search(&stripe.PriceSearchParams{SearchParams: stripe.SearchParams{Query: q}})
	if err := it.Err(); err != nil {
		return nil, err
	}
	var out []*stripe.Price
	for it.Next() { // want `error of price.Search is checked only before the loop \(later pages are fetched by Next: call it.Err\(\) after the loop\)`
		out = append(out, it.Price())
	}
	return out, nil
}

func allPrices(q string) ([]*stripe.Price, error) {
	it := price.Search(&stripe.PriceSearchParams{SearchParams: stripe.SearchParams{Query: q}})
	if err := it.Err(); err != nil {
		return nil, err
	}
	var out []*stripe.Price
	for it.Next() {
		out = append(out, it.Price())
	}
	return out, it.Err() // silent: checked after the loop as well
}
