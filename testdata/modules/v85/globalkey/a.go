// Package globalkey checks globalkey against the real stripe-go v85.
package globalkey

import (
	"net/http"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/customer"
)

func handle(w http.ResponseWriter, r *http.Request) {
	stripe.Key = r.Header.Get("X-Key") // want `stripe.Key set in a request handler races with concurrent requests; use a client per key \(stripe.NewClient\(key\)\)`
	_, _ = customer.Get("cus_1", nil)
}

func perTenant(w http.ResponseWriter, r *http.Request) {
	sc := stripe.NewClient(r.Header.Get("X-Key"))
	_, _ = sc.V1Customers.Retrieve(r.Context(), "cus_1", nil)
}
