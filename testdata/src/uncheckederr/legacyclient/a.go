// Package legacyclient exercises uncheckederr on v72's client.API, whose
// fields are the resource packages' Client types.
package legacyclient

import (
	"net/http"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/client"
	"github.com/stripe/stripe-go/v72/paymentintent"
)

func viaAPI(sc *client.API, id string) error {
	sc.Customers.Del(id, nil) // want `error returned by customer.Client.Del is not checked`
	return nil
}

func viaResourceClient(c paymentintent.Client, p *stripe.PaymentIntentParams) (string, error) {
	pi, _ := c.New(p) // want `error returned by paymentintent.Client.New is not checked \(assigned to _\)`
	return pi.ID, nil
}

func raw(b stripe.Backend, id string) error {
	b.Call(http.MethodDelete, "/v1/customers/"+id, "", nil, nil) // want `error returned by stripe.Backend.Call is not checked`
	return nil
}

// --- Silent. ---

func checked(sc *client.API, id string) error {
	_, err := sc.Customers.Del(id, nil)
	return err
}

func newAPI() *client.API {
	return client.New("", nil) // no error result
}
