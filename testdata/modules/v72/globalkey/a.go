// Package globalkey checks globalkey against the real stripe-go v72.
package globalkey

import (
	"net/http"
	"os"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/client"
	"github.com/stripe/stripe-go/v72/customer"
)

func handle(w http.ResponseWriter, r *http.Request) {
	stripe.Key = r.Header.Get("X-Key") // want `stripe.Key set in a request handler races with concurrent requests; use a client per key \(client.New\(key, nil\)\)`
	_, _ = customer.Get("cus_1", nil)
}

var sc client.API

func Lookup(key, id string) error {
	sc.Init(key, nil) // want `a shared client's Init called in Lookup before its API calls races with concurrent requests`
	_, err := sc.Customers.Get(id, nil)
	return err
}

func Backend(w http.ResponseWriter, r *http.Request) {
	stripe.SetBackend(stripe.APIBackend, stripe.GetBackend(stripe.APIBackend)) // want `stripe.SetBackend called in a request handler`
}

func init() {
	stripe.Key = os.Getenv("STRIPE_KEY")
}

func perTenant(w http.ResponseWriter, r *http.Request) {
	c := client.New(r.Header.Get("X-Key"), nil)
	_, _ = c.Customers.Get("cus_1", nil)
}
