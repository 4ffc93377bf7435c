// Package client exercises globalkey with v85: the remedy named is
// stripe.NewClient.
package client

import (
	"context"
	"net/http"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/customer"
)

func handle(w http.ResponseWriter, r *http.Request) {
	stripe.Key = r.Header.Get("X-Key") // want `stripe.Key set in a request handler races with concurrent requests; use a client per key \(stripe.NewClient\(key\)\)`
	_, _ = customer.Get("cus_1", nil)
}

// Silent: the v82+ client carries its own key.
func handleClient(w http.ResponseWriter, r *http.Request) {
	sc := stripe.NewClient(r.Header.Get("X-Key"))
	_, _ = sc.V1Customers.Retrieve(context.Background(), "cus_1", nil)
}

func main() {
	stripe.Key = "sk_test_placeholder"
}
