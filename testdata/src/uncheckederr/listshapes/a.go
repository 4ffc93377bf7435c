// Package listshapes exercises uncheckederr on the shapes of list reading
// beyond the plain loop: Err read only inside the loop, accessors of the
// first page, and a single if it.Next().
package listshapes

import (
	"context"
	"errors"
	"log"

	stripe72 "github.com/stripe/stripe-go/v72"
	customer72 "github.com/stripe/stripe-go/v72/customer"
	stripe "github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/customer"
)

// --- Err read only inside the loop body: nil while Next returns true. ---

func errInsideLoop(p *stripe72.CustomerListParams) ([]string, error) {
	var ids []string
	it := customer72.List(p)
	for it.Next() { // want `error of customer.List is checked only inside the loop \(it is nil while Next returns true: call it.Err\(\) after the loop\)`
		if err := it.Err(); err != nil {
			return nil, err
		}
		ids = append(ids, it.Customer().ID)
	}
	return ids, nil
}

func errInsideLoopV85(p *stripe.CustomerListParams) int {
	n := 0
	i := customer.List(p)
	for i.Next() { // want `error of customer.List is checked only inside the loop \(it is nil while Next returns true: call i.Err\(\) after the loop\)`
		if i.Err() != nil {
			break
		}
		n++
	}
	return n
}

// --- First-page accessors read without Err. ---

func firstPageChained(p *stripe72.CustomerListParams) []*stripe72.Customer {
	return customer72.List(p).CustomerList().Data // want `error of customer.List is not checked \(CustomerList reads the first page even when the request failed: keep the list and check its Err\(\)\)`
}

func firstPageVar(p *stripe72.CustomerListPaymentMethodsParams) int {
	it := customer72.ListPaymentMethods(p)
	return len(it.PaymentMethodList().Data) // want `error of customer.ListPaymentMethods is not checked \(it.PaymentMethodList reads the first page even when the request failed: check it.Err\(\) first\)`
}

func firstPageMeta(p *stripe72.CustomerListParams) bool {
	it := customer72.List(p)
	return it.Meta().HasMore // want `error of customer.List is not checked \(it.Meta reads the first page even when the request failed: check it.Err\(\) first\)`
}

func firstPageSearch(p *stripe72.CustomerSearchParams) int {
	var it = customer72.Search(p)
	return len(it.CustomerSearchResult().Data) // want `error of customer.Search is not checked \(it.CustomerSearchResult reads the first page even when the request failed: check it.Err\(\) first\)`
}

func dataChained(ctx context.Context, sc *stripe.Client) []*stripe.Customer {
	return sc.V1Customers.List(ctx, nil).Data() // want `error of \(\*stripe.Client\).V1Customers.List is not checked \(Data reads the first page even when the request failed: keep the list and check its Err\(\)\)`
}

func dataVar(ctx context.Context, sc *stripe.Client, p *stripe.CustomerSearchParams) []*stripe.Customer {
	list := sc.V1Customers.Search(ctx, p)
	log.Print(list.Meta().TotalCount) // want `error of \(\*stripe.Client\).V1Customers.Search is not checked \(list.Meta reads the first page even when the request failed: check list.Err\(\) first\)`
	return list.Data()
}

// --- A single if it.Next(): a failure reads as "not found". ---

var errNotFound = errors.New("not found")

func findFirst(p *stripe72.CustomerListParams) (*stripe72.Customer, error) {
	it := customer72.List(p)
	if !it.Next() { // want `error of customer.List is not checked \(a failed request reads as an empty list: check it.Err\(\)\)`
		return nil, errNotFound
	}
	return it.Customer(), nil
}

func findFirstPositive(p *stripe.CustomerListParams) *stripe.Customer {
	i := customer.List(p)
	if i.Next() { // want `error of customer.List is not checked \(a failed request reads as an empty list: check i.Err\(\)\)`
		return i.Customer()
	}
	return nil
}

// --- Silent. ---

func errAfterLoop(p *stripe72.CustomerListParams) ([]string, error) {
	var ids []string
	it := customer72.List(p)
	for it.Next() {
		if it.Err() != nil { // inside, but checked after the loop too
			break
		}
		ids = append(ids, it.Customer().ID)
	}
	return ids, it.Err()
}

func firstPageChecked(p *stripe72.CustomerListParams) ([]*stripe72.Customer, error) {
	it := customer72.List(p)
	if err := it.Err(); err != nil { // the first page's request is checked
		return nil, err
	}
	return it.CustomerList().Data, nil
}

func dataChecked(ctx context.Context, sc *stripe.Client) ([]*stripe.Customer, error) {
	list := sc.V1Customers.List(ctx, nil)
	if err := list.Err(); err != nil {
		return nil, err
	}
	return list.Data(), nil
}

func firstPageWithLoop(p *stripe72.CustomerListParams) (uint32, []string, error) {
	it := customer72.List(p)
	total := it.Meta().TotalCount // Err is read after the loop
	var ids []string
	for it.Next() {
		ids = append(ids, it.Customer().ID)
	}
	return total, ids, it.Err()
}

func firstPageUncheckedLoop(p *stripe72.CustomerListParams) []string {
	it := customer72.List(p)
	log.Print(it.Meta().TotalCount) // the loop's finding covers the list
	var ids []string
	for it.Next() { // want `error of customer.List is not checked \(call it.Err\(\) after the loop\)`
		ids = append(ids, it.Customer().ID)
	}
	return ids
}

func findFirstChecked(p *stripe72.CustomerListParams) (*stripe72.Customer, error) {
	it := customer72.List(p)
	if !it.Next() {
		if err := it.Err(); err != nil { // a failure is told from "not found"
			return nil, err
		}
		return nil, errNotFound
	}
	return it.Customer(), nil
}

func findFirstEscapes(p *stripe72.CustomerListParams) (*stripe72.Customer, error) {
	it := customer72.List(p)
	if it.Next() {
		return it.Customer(), nil
	}
	return nil, iterErr(it) // someone else reads Err
}

func iterErr(it *customer72.Iter) error { return it.Err() }

func accessorOnParam(it *customer72.Iter) int {
	return len(it.CustomerList().Data) // the caller made the list, and may check it
}

func itemAccessor(p *stripe72.CustomerListParams) {
	it := customer72.List(p)
	for it.Next() {
		log.Print(it.Customer().ID) // an item, not the page
	}
	if err := it.Err(); err != nil {
		log.Fatal(err)
	}
}

func nextInForever(p *stripe72.CustomerListParams) []string {
	var ids []string
	it := customer72.List(p)
	for {
		if !it.Next() { // want `error of customer.List is not checked \(a failed request reads as an empty list: check it.Err\(\)\)`
			break
		}
		ids = append(ids, it.Customer().ID)
	}
	return ids
}

func nextInForeverChecked(p *stripe72.CustomerListParams) ([]string, error) {
	var ids []string
	it := customer72.List(p)
	for {
		if !it.Next() {
			break
		}
		ids = append(ids, it.Customer().ID)
	}
	return ids, it.Err()
}

func firstOfParam(it *customer72.Iter) *stripe72.Customer {
	if it.Next() { // the caller made the list, and may check it
		return it.Customer()
	}
	return nil
}
