// Package iterators exercises uncheckederr on list iterators: the
// v72-style Next/Err loop (stripe-go v72, and the deprecated package-level
// API of v85) and the v82+ All(ctx) pairs.
package iterators

import (
	"context"
	"log"

	stripe72 "github.com/stripe/stripe-go/v72"
	customer72 "github.com/stripe/stripe-go/v72/customer"
	stripe "github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/customer"
)

func noErrAfterLoop(p *stripe72.CustomerListParams) ([]string, error) {
	var ids []string
	it := customer72.List(p)
	for it.Next() { // want `error of customer.List is not checked \(call it.Err\(\) after the loop\)`
		ids = append(ids, it.Customer().ID)
	}
	return ids, nil
}

func noErrAfterLoopV85(p *stripe.CustomerListParams) int {
	n := 0
	i := customer.List(p)
	for i.Next() { // want `error of customer.List is not checked \(call i.Err\(\) after the loop\)`
		n++
	}
	return n
}

func errDiscarded(p *stripe72.CustomerListParams) {
	it := customer72.List(p)
	for it.Next() {
		log.Print(it.Customer().ID)
	}
	it.Err() // want `error returned by \(\*stripe.Iter\).Err is not checked`
}

func rangeOneVar(ctx context.Context, sc *stripe.Client) []string {
	var ids []string
	for c := range sc.V1Customers.List(ctx, nil).All(ctx) { // want `error of \(\*stripe.Client\).V1Customers.List is not checked \(range over All yields \(item, error\) pairs: bind the error\)`
		ids = append(ids, c.ID)
	}
	return ids
}

func rangeBlank(ctx context.Context, sc *stripe.Client) ([]string, error) {
	var ids []string
	for c, _ := range sc.V1Customers.List(ctx, nil).All(ctx) { // want `error of \(\*stripe.Client\).V1Customers.List is not checked \(assigned to _\)`
		ids = append(ids, c.ID)
	}
	return ids, nil
}

func rangeOneVarFix(ctx context.Context, sc *stripe.Client) ([]string, error) {
	var ids []string
	for c := range sc.V1Customers.List(ctx, nil).All(ctx) { // want `error of \(\*stripe.Client\).V1Customers.List is not checked \(range over All yields \(item, error\) pairs: bind the error\)`
		ids = append(ids, c.ID)
	}
	return ids, nil
}

func rangeNoVars(ctx context.Context, sc *stripe.Client) (int, error) {
	n := 0
	list := sc.V1Customers.List(ctx, nil)
	for range list.All(ctx) { // want `error of \(\*stripe.V1List\).All is not checked \(range over All yields \(item, error\) pairs: bind the error\)`
		n++
	}
	return n, nil
}

func rangeErrUnread(ctx context.Context, sc *stripe.Client) int {
	n := 0
	for c, err := range sc.V1Customers.List(ctx, nil).All(ctx) { // want `error of \(\*stripe.Client\).V1Customers.List is not checked \(err is never read in the loop\)`
		log.Print(c.ID)
		err = nil
		_ = err
		n++
	}
	return n
}

func rangeBodyUsesOuterErr(ctx context.Context, sc *stripe.Client) error {
	var err error
	for c := range sc.V1Customers.List(ctx, nil).All(ctx) { // want `error of \(\*stripe.Client\).V1Customers.List is not checked \(range over All yields \(item, error\) pairs: bind the error\)`
		err = process(c) // no fix: a new err would capture this assignment
	}
	return err
}

func process(*stripe.Customer) error { return nil }

// --- Handled: silent. ---

func errAfterLoop(p *stripe72.CustomerListParams) ([]string, error) {
	var ids []string
	it := customer72.List(p)
	for it.Next() {
		ids = append(ids, it.Customer().ID)
	}
	return ids, it.Err() // read after the loop
}

func errInIf(p *stripe.CustomerListParams) error {
	i := customer.List(p)
	for i.Next() {
		log.Print(i.Customer().ID)
	}
	if err := i.Err(); err != nil { // checked
		return err
	}
	return nil
}

func iteratorEscapes(p *stripe.CustomerListParams) error {
	i := customer.List(p)
	for i.Next() {
		log.Print(i.Customer().ID)
	}
	return drain(i) // someone else reads Err
}

func drain(i *customer.Iter) error { return i.Err() }

func rangeChecked(ctx context.Context, sc *stripe.Client) ([]string, error) {
	var ids []string
	for c, err := range sc.V1Customers.List(ctx, nil).All(ctx) {
		if err != nil { // checked
			return nil, err
		}
		ids = append(ids, c.ID)
	}
	return ids, nil
}

func rangeErrCollected(ctx context.Context, sc *stripe.Client) []error {
	var errs []error
	for _, err := range sc.V1Customers.List(ctx, nil).All(ctx) {
		errs = append(errs, err) // read
	}
	return errs
}

func rangeOtherSeq(m map[string]int) {
	for k := range m { // not a Stripe list
		log.Print(k)
	}
}
