// Package uncheckederr runs uncheckederr against the real stripe-go v72.
package uncheckederr

import (
	"fmt"
	"net/http"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/client"
	"github.com/stripe/stripe-go/v72/customer"
	"github.com/stripe/stripe-go/v72/paymentintent"
	"github.com/stripe/stripe-go/v72/price"
	"github.com/stripe/stripe-go/v72/refund"
	"github.com/stripe/stripe-go/v72/sub"
)

func lost(id string, p *stripe.PaymentIntentParams) error {
	paymentintent.New(p)                                                            // want `error returned by paymentintent.New is not checked`
	pi, _ := paymentintent.Get(id, nil)                                             // want `error returned by paymentintent.Get is not checked \(assigned to _\)`
	_, err := refund.New(&stripe.RefundParams{PaymentIntent: stripe.String(pi.ID)}) // want `error returned by refund.New is not checked \(err is never read\)`
	_, err = sub.Cancel(id, nil)
	if err != nil {
		return err
	}
	go customer.Del(id, nil) // want `error returned by customer.Del is not checked \(the go statement discards it\)`
	return nil
}

func iterator(p *stripe.CustomerListParams) []string {
	var ids []string
	it := customer.List(p)
	for it.Next() { // want `error of customer.List is not checked \(call it.Err\(\) after the loop\)`
		ids = append(ids, it.Customer().ID)
	}
	return ids
}

func api(sc *client.API, b stripe.Backend, id string) {
	sc.Customers.Del(id, nil)                                    // want `error returned by customer.Client.Del is not checked`
	b.Call(http.MethodDelete, "/v1/customers/"+id, "", nil, nil) // want `error returned by stripe.Backend.Call is not checked`
}

func wrapper(id string) error {
	_, err := customer.Del(id, nil)
	return fmt.Errorf("deleting %s: %w", id, err)
}

func callsWrapper(id string) {
	wrapper(id) // want `error returned by uncheckederr.wrapper is not checked`
}

// --- Silent. ---

func handled(p *stripe.PaymentIntentParams, l *stripe.CustomerListParams) (*stripe.PaymentIntent, error) {
	it := customer.List(l)
	for it.Next() {
		_ = it.Customer()
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	p.AddMetadata("k", "v")
	return paymentintent.New(p)
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
