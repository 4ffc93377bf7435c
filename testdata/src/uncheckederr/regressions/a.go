// Package regressions holds patterns from real Stripe integrations that
// uncheckederr once got wrong.
//
// errbefore: it.Err() read between the list call and the loop but not
// after it. The list fetches its first page when it is created
// (stripe.GetIter and GetSearchIter call getPage), so the check sees a
// failure of that request; a failure fetching a later page, inside Next, is
// never seen. It used to be reported as "not checked".
package regressions

import (
	"log"

	stripe72 "github.com/stripe/stripe-go/v72"
	customer72 "github.com/stripe/stripe-go/v72/customer"
	stripe "github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/customer"
)

// The shape seen in the wild: a search checked in an if statement's init
// before the loop.
func errOnlyBeforeInit(q string) ([]*stripe.Customer, error) {
	it := customer.Search(&stripe.CustomerSearchParams{SearchParams: stripe.SearchParams{Query: q}})
	if err := it.Err(); err != nil {
		return nil, err
	}
	var out []*stripe.Customer
	for it.Next() { // want `error of customer.Search is checked only before the loop \(later pages are fetched by Next: call it.Err\(\) after the loop\)`
		out = append(out, it.Customer())
	}
	return out, nil
}

// The same with the error stored in a variable first, on v72's List.
func errOnlyBeforeStmt(p *stripe72.CustomerListParams) ([]string, error) {
	list := customer72.List(p)
	err := list.Err()
	if err != nil {
		return nil, err
	}
	var ids []string
	for list.Next() { // want `error of customer.List is checked only before the loop \(later pages are fetched by Next: call list.Err\(\) after the loop\)`
		ids = append(ids, list.Customer().ID)
	}
	return ids, nil
}

// --- Silent: the nearest correct code ---

func errBeforeAndAfter(q string) ([]*stripe.Customer, error) {
	it := customer.Search(&stripe.CustomerSearchParams{SearchParams: stripe.SearchParams{Query: q}})
	if err := it.Err(); err != nil { // the first page, before any work
		return nil, err
	}
	var out []*stripe.Customer
	for it.Next() {
		out = append(out, it.Customer())
	}
	return out, it.Err() // silent: the later pages are checked too
}

func errAfterOnly(p *stripe72.CustomerListParams) error {
	list := customer72.List(p)
	for list.Next() {
		log.Print(list.Customer().ID)
	}
	return list.Err() // silent: Err after the loop covers every page
}
