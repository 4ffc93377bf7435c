// Package pkglevel exercises uncheckederr on the package-level API of
// stripe-go v72.
package pkglevel

import (
	"errors"
	"fmt"
	"log"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/customer"
	"github.com/stripe/stripe-go/v72/paymentintent"
	"github.com/stripe/stripe-go/v72/refund"
)

type Order struct{ ID string }

func discarded(p *stripe.PaymentIntentParams) error {
	paymentintent.New(p) // want `error returned by paymentintent.New is not checked`
	return nil
}

func discardedTwoResults(id string) (*Order, int, error) {
	customer.Del(id, nil) // want `error returned by customer.Del is not checked`
	return &Order{}, 1, nil
}

func discardedNoErrorResult(id string) {
	refund.Get(id, nil) // want `error returned by refund.Get is not checked`
}

func goAndDefer(id string) {
	go customer.Del(id, nil)    // want `error returned by customer.Del is not checked \(the go statement discards it\)`
	defer customer.Del(id, nil) // want `error returned by customer.Del is not checked \(the defer statement discards it\)`
}

func blank(id string) (string, error) {
	pi, _ := paymentintent.Get(id, nil) // want `error returned by paymentintent.Get is not checked \(assigned to _\)`
	return pi.ID, nil
}

func blankAssign(p *stripe.RefundParams) error {
	_, _ = refund.New(p) // want `error returned by refund.New is not checked \(assigned to _\)`
	return nil
}

func blankAssignExisting(p *stripe.RefundParams) error {
	var r *stripe.Refund
	r, _ = refund.New(p) // want `error returned by refund.New is not checked \(assigned to _\)`
	_ = r
	return nil
}

func blankInFuncWithoutError(id string) string {
	pi, _ := paymentintent.Get(id, nil) // want `error returned by paymentintent.Get is not checked \(assigned to _\)`
	return pi.ID
}

func blankExplicitlyDiscarded(id string) {
	_, err := paymentintent.Get(id, nil) // want `error returned by paymentintent.Get is not checked \(err is never read\)`
	_ = err
}

func overwritten(id string) (*stripe.Customer, error) {
	pi, err := paymentintent.Get(id, nil) // want `error returned by paymentintent.Get is not checked \(err is never read\)`
	c, err := customer.Get(pi.Customer.ID, nil)
	if err != nil {
		return nil, err
	}
	return c, nil
}

func outOfScope(id string) error {
	_, err := customer.Del(id, nil)
	if err != nil {
		return err
	}
	_, err = refund.Get(id, nil) // want `error returned by refund.Get is not checked \(err is never read\)`
	return nil
}

func varSpec(id string) string {
	var pi, err = paymentintent.Get(id, nil) // want `error returned by paymentintent.Get is not checked \(err is never read\)`
	if pi == nil {
		err = errors.New("no payment intent")
		log.Print(err)
	}
	return pi.ID
}

// --- Handled: silent. ---

func checked(p *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) {
	pi, err := paymentintent.New(p) // compared with nil
	if err != nil {
		return nil, err
	}
	return pi, nil
}

func returned(id string) (*stripe.PaymentIntent, error) {
	return paymentintent.Get(id, nil) // both results returned
}

func wrapped(id string) error {
	_, err := customer.Del(id, nil) // wrapped
	return fmt.Errorf("deleting customer %s: %w", id, err)
}

func logged(id string) {
	_, err := customer.Del(id, nil) // logged
	log.Printf("delete: %v", err)
}

func passed(id string) {
	_, err := customer.Del(id, nil) // passed to a function
	var se *stripe.Error
	if errors.As(err, &se) {
		log.Print(se.Code)
	}
}

func ifInit(id string) {
	if _, err := customer.Del(id, nil); err != nil { // checked in the if
		log.Print(err)
	}
}

func readOnOnePath(id string, verbose bool) {
	_, err := customer.Del(id, nil) // read when verbose: some path reads it
	if verbose {
		log.Print(err)
	}
}

func readInLoop(ids []string) error {
	var err error
	for _, id := range ids {
		_, err = customer.Del(id, nil) // read after the loop
	}
	return err
}

func storedInField(o *struct{ err error }, id string) {
	_, o.err = customer.Del(id, nil) // stored in a field: outlives the function
}

func captured(id string) func() error {
	var err error
	_, err = customer.Del(id, nil) // captured by the literal below
	return func() error { return err }
}

func namedResult(id string) (err error) {
	_, err = customer.Del(id, nil) // a named result is returned
	return
}

func helpers(p *stripe.PaymentIntentParams) {
	p.AddMetadata("order", "1")    // an SDK helper without an error
	_ = stripe.String("x")         // no error
	_ = stripe.NewIdempotencyKey() // no error
	fmt.Println("x")               // not Stripe's: errcheck's business
}
