// Package pkglevel exercises fatal on the stripe-go v72 stubs, with the
// package-level API.
package pkglevel

import (
	"errors"
	"fmt"
	"log"
	"net/http"
	"os"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/customer"
	"github.com/stripe/stripe-go/v72/paymentintent"
)

// The guide's first example: log.Fatalf before the switch makes it dead.
func guide(params *stripe.PaymentIntentParams) {
	_, err := paymentintent.New(params)
	if err != nil {
		log.Fatalf("payment failed: %v", err) // want `log.Fatalf on the error of paymentintent.New stops the service: return the error`
		var se *stripe.Error
		if errors.As(err, &se) {
			switch se.Type {
			case stripe.ErrorTypeCard:
				fmt.Println("card error")
			}
		}
	}
}

func create(params *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) {
	pi, err := paymentintent.New(params)
	if err != nil {
		log.Fatal(err) // want `log.Fatal on the error of paymentintent.New stops the service: return the error`
	}
	return pi, nil
}

func createf(params *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) {
	pi, err := paymentintent.New(params)
	if err != nil {
		log.Fatalf("create: %v", err) // want `log.Fatalf on the error of paymentintent.New stops the service: return the error`
	}
	return pi, nil
}

func initStmt(id string) error {
	if _, err := customer.Get(id, nil); err != nil {
		panic(err) // want `panic on the error of customer.Get can stop the service: return the error`
	}
	return nil
}

func exitCode(id string) {
	_, err := customer.Get(id, nil)
	if err != nil {
		os.Exit(1) // want `os.Exit on the error of customer.Get stops the service: return the error`
	}
}

func wrapped(id string) {
	_, err := customer.Get(id, nil)
	werr := fmt.Errorf("get customer: %w", err)
	if werr != nil {
		log.Panicf("%v", werr) // want `log.Panicf on the error of customer.Get can stop the service: return the error`
	}
}

func logger(l *log.Logger, id string) (string, error) {
	c, err := customer.Get(id, nil)
	if err != nil {
		l.Fatalln("customer:", err) // want `\(\*log.Logger\).Fatalln on the error of customer.Get stops the service: return the error`
	}
	return c.ID, nil
}

func asCase(id string) {
	_, err := customer.Get(id, nil)
	var se *stripe.Error
	switch {
	case errors.As(err, &se):
		log.Fatal("stripe said no") // want `log.Fatal on the error of customer.Get stops the service: return the error`
	}
}

func iterator() {
	it := customer.List(nil)
	for it.Next() {
		fmt.Println(it.Customer().ID)
	}
	if err := it.Err(); err != nil {
		log.Fatal(err) // want `log.Fatal on the error of \(\*stripe.Iter\).Err stops the service: return the error`
	}
}

func handler(w http.ResponseWriter, r *http.Request) {
	_, err := customer.Get(r.FormValue("id"), nil)
	if err != nil {
		log.Fatal(err) // want `log.Fatal on the error of customer.Get stops the service: return the error`
	}
}

func notStripe(path string) (*os.File, error) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err) // silent: not the error of a Stripe call (errcheck and taste apply)
	}
	return f, nil
}

func overwritten(id, path string) {
	_, err := customer.Get(id, nil)
	fmt.Println(err)
	_, err = os.Open(path)
	if err != nil {
		log.Fatal(err) // silent: err now holds os.Open's error
	}
}

func handled(id string) error {
	_, err := customer.Get(id, nil)
	if err != nil {
		log.Printf("customer: %v", err) // silent: logging and returning is the right answer
		return err
	}
	return nil
}

func afterCheck(id string) {
	_, err := customer.Get(id, nil)
	if err != nil {
		return
	}
	log.Fatal("unreachable in spirit") // silent: not on the error's path
}

func suppressed(id string) {
	_, err := customer.Get(id, nil)
	if err != nil {
		//stripeerrlint:ignore fatal a one-shot migration job, stopping is what we want
		log.Fatal(err)
	}
}
