// Package partial exercises uncheckederr on loops over a list that leave
// on the list's error and drop it: the code after the loop takes the items
// seen so far for the whole list.
package partial

import (
	"context"
	"errors"
	"fmt"
	"log"
	"log/slog"

	stripe72 "github.com/stripe/stripe-go/v72"
	customer72 "github.com/stripe/stripe-go/v72/customer"
	stripe "github.com/stripe/stripe-go/v85"
)

func breakOnError(ctx context.Context, sc *stripe.Client) ([]string, error) {
	var ids []string
	for c, err := range sc.V1Customers.List(ctx, nil).All(ctx) {
		if err != nil {
			log.Printf("listing customers: %v", err)
			break // want `error of \(\*stripe.Client\).V1Customers.List stops the loop and is dropped \(return it, or record it\)`
		}
		ids = append(ids, c.ID)
	}
	return ids, nil
}

func continueOnError(ctx context.Context, sc *stripe.Client) int {
	n := 0
	list := sc.V1Customers.List(ctx, nil)
	for _, err := range list.All(ctx) {
		if err != nil {
			continue // want `error of \(\*stripe.V1List\).All is skipped and dropped \(return it, or record it\)`
		}
		n++
	}
	return n
}

func findByEmail(ctx context.Context, sc *stripe.Client, email string) (*stripe.Customer, error) {
	for c, err := range sc.V1Customers.List(ctx, nil).All(ctx) {
		if err != nil {
			slog.Error("list", "err", err.Error())
			break // want `error of \(\*stripe.Client\).V1Customers.List stops the loop and is dropped \(return it, or record it\)`
		}
		if c.Email == email {
			return c, nil
		}
	}
	return nil, errors.New("no such customer") // a failure reads as "not found"
}

func labeledBreak(ctx context.Context, sc *stripe.Client) []string {
	var ids []string
customers:
	for c, err := range sc.V1Customers.List(ctx, nil).All(ctx) {
		if err != nil {
			fmt.Println(err)
			break customers // want `error of \(\*stripe.Client\).V1Customers.List stops the loop and is dropped \(return it, or record it\)`
		}
		ids = append(ids, c.ID)
	}
	return ids
}

func loggedAfterLoop(p *stripe72.CustomerListParams) ([]string, error) {
	var ids []string
	it := customer72.List(p)
	for it.Next() {
		ids = append(ids, it.Customer().ID)
	}
	if err := it.Err(); err != nil { // want `error of customer.List is read after the loop and dropped \(return it, or record it\)`
		log.Printf("listing customers: %v", err)
	}
	return ids, nil
}

func comparedAfterLoop(p *stripe72.CustomerListParams) int {
	n := 0
	it := customer72.List(p)
	for it.Next() {
		n++
	}
	if it.Err() != nil { // want `error of customer.List is read after the loop and dropped \(return it, or record it\)`
		log.Print("listing failed")
	}
	return n
}

// --- Silent. ---

func returned(ctx context.Context, sc *stripe.Client) ([]string, error) {
	var ids []string
	for c, err := range sc.V1Customers.List(ctx, nil).All(ctx) {
		if err != nil {
			return nil, err // the function stops
		}
		ids = append(ids, c.ID)
	}
	return ids, nil
}

func recorded(ctx context.Context, sc *stripe.Client) ([]string, error) {
	var ids []string
	var listErr error
	for c, err := range sc.V1Customers.List(ctx, nil).All(ctx) {
		if err != nil {
			listErr = err // recorded, returned below
			break
		}
		ids = append(ids, c.ID)
	}
	return ids, listErr
}

func appended(ctx context.Context, sc *stripe.Client) []error {
	var errs []error
	for _, err := range sc.V1Customers.List(ctx, nil).All(ctx) {
		if err != nil {
			errs = append(errs, err) // recorded
			continue
		}
	}
	return errs
}

func fatal(ctx context.Context, sc *stripe.Client) []string {
	var ids []string
	for c, err := range sc.V1Customers.List(ctx, nil).All(ctx) {
		if err != nil {
			log.Fatalf("listing customers: %v", err) // never returns
			break
		}
		ids = append(ids, c.ID)
	}
	return ids
}

func passedOn(ctx context.Context, sc *stripe.Client, report func(error)) {
	for c, err := range sc.V1Customers.List(ctx, nil).All(ctx) {
		if err != nil {
			report(err) // handed to the caller's function: it may record it
			break
		}
		log.Print(c.ID)
	}
}

func outerLoop(ctx context.Context, sc *stripe.Client, ids []string) {
outer:
	for range ids {
		for c, err := range sc.V1Customers.List(ctx, nil).All(ctx) {
			if err != nil {
				continue outer // leaves for another loop: not this shape
			}
			log.Print(c.ID)
		}
	}
}

func returnedAfterLoop(p *stripe72.CustomerListParams) ([]string, error) {
	var ids []string
	it := customer72.List(p)
	for it.Next() {
		ids = append(ids, it.Customer().ID)
	}
	if err := it.Err(); err != nil {
		log.Printf("listing customers: %v", err)
		return nil, err // logged and returned
	}
	return ids, nil
}

func wrappedAfterLoop(p *stripe72.CustomerListParams) (n int, err error) {
	it := customer72.List(p)
	for it.Next() {
		n++
	}
	if e := it.Err(); e != nil {
		err = fmt.Errorf("listing customers: %w", e) // recorded in the named result
	}
	return n, err
}

func twoStatements(p *stripe72.CustomerListParams) int {
	n := 0
	it := customer72.List(p)
	for it.Next() {
		n++
	}
	err := it.Err() // want `error of customer.List is read after the loop and dropped \(return it, or record it\)`
	if err != nil {
		log.Println(err)
	}
	return n
}

func voidWithWorkAfter(ctx context.Context, sc *stripe.Client, done func([]string)) {
	var ids []string
	for c, err := range sc.V1Customers.List(ctx, nil).All(ctx) {
		if err != nil {
			log.Print(err)
			break // want `error of \(\*stripe.Client\).V1Customers.List stops the loop and is dropped \(return it, or record it\)`
		}
		ids = append(ids, c.ID)
	}
	done(ids) // takes the partial list for the whole
}

// --- Silent, too. ---

func voidLastStatement(ctx context.Context, sc *stripe.Client) {
	for c, err := range sc.V1Customers.List(ctx, nil).All(ctx) {
		if err != nil {
			log.Print(err)
			break // the same as returning: nothing runs after the loop
		}
		log.Print(c.ID)
	}
}

func voidBareReturn(p *stripe72.CustomerListParams) {
	it := customer72.List(p)
	for it.Next() {
		log.Print(it.Customer().ID)
	}
	if err := it.Err(); err != nil {
		log.Print(err) // nothing runs after it
	}
	return
}

func outerErrVar(ctx context.Context, sc *stripe.Client) ([]string, error) {
	var ids []string
	var c *stripe.Customer
	var err error
	for c, err = range sc.V1Customers.List(ctx, nil).All(ctx) {
		if err != nil {
			break // err is returned after the loop
		}
		ids = append(ids, c.ID)
	}
	return ids, err
}

func listErrAfterRange(ctx context.Context, sc *stripe.Client) ([]string, error) {
	var ids []string
	list := sc.V1Customers.List(ctx, nil)
	for c, err := range list.All(ctx) {
		if err != nil {
			break
		}
		ids = append(ids, c.ID)
	}
	return ids, list.Err() // the list's error is returned
}

func twoStatementsReturned(p *stripe72.CustomerListParams) (int, error) {
	n := 0
	it := customer72.List(p)
	for it.Next() {
		n++
	}
	err := it.Err()
	if err != nil {
		log.Println(err)
	}
	return n, err // returned after all
}

func slogAny(ctx context.Context, sc *stripe.Client, logger *slog.Logger) ([]string, error) {
	var ids []string
	for c, err := range sc.V1Customers.List(ctx, nil).All(ctx) {
		if err != nil {
			logger.Error("listing customers", slog.Any("err", err))
			break // want `error of \(\*stripe.Client\).V1Customers.List stops the loop and is dropped \(return it, or record it\)`
		}
		ids = append(ids, c.ID)
	}
	return ids, nil
}

type tracer interface{ RecordError(error) }

func otherLogger(ctx context.Context, sc *stripe.Client, t tracer) []string {
	var ids []string
	for c, err := range sc.V1Customers.List(ctx, nil).All(ctx) {
		if err != nil {
			t.RecordError(err) // not fmt, log or slog: may keep the error
			break
		}
		ids = append(ids, c.ID)
	}
	return ids
}
