// Package fatal runs the fatal rule against the real stripe-go v72.
package fatal

import (
	"log"
	"net/http"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/client"
	"github.com/stripe/stripe-go/v72/paymentintent"
)

func create(params *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) {
	pi, err := paymentintent.New(params)
	if err != nil {
		log.Fatalf("payment: %v", err) // want `log.Fatalf on the error of paymentintent.New stops the service: return the error`
	}
	return pi, nil
}

func handler(sc *client.API) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if _, err := sc.Customers.Get(r.FormValue("id"), nil); err != nil {
			panic(err) // want `panic on the error of customer.Client.Get can stop the service: return the error`
		}
	}
}

func good(params *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) {
	pi, err := paymentintent.New(params)
	if err != nil {
		log.Printf("payment: %v", err) // silent: logs and returns
		return nil, err
	}
	return pi, nil
}
