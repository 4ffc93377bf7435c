// Package client exercises fatal on the stripe-go v85 stubs, with the v82+
// client API.
package client

import (
	"context"
	"log"
	"net/http"

	stripe "github.com/stripe/stripe-go/v85"
)

type server struct{ sc *stripe.Client }

func (s *server) pay(ctx context.Context, params *stripe.PaymentIntentCreateParams) (*stripe.PaymentIntent, error) {
	pi, err := s.sc.V1PaymentIntents.Create(ctx, params)
	if err != nil {
		panic(err) // want `panic on the error of \(\*stripe.Client\).V1PaymentIntents.Create can stop the service: return the error`
	}
	return pi, nil
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	_, err := s.sc.V1Customers.Retrieve(r.Context(), r.FormValue("id"), nil)
	if err != nil {
		log.Fatalf("retrieve: %v", err) // want `log.Fatalf on the error of \(\*stripe.Client\).V1Customers.Retrieve stops the service: return the error`
	}
}

func (s *server) all(ctx context.Context) error {
	for c, err := range s.sc.V1Customers.List(ctx, nil).All(ctx) {
		if err != nil {
			log.Fatal(err) // want `log.Fatal on the error of \(\*stripe.Client\).V1Customers.List stops the service: return the error`
		}
		log.Print(c.ID)
	}
	return nil
}

func (s *server) good(ctx context.Context, params *stripe.PaymentIntentCreateParams) (*stripe.PaymentIntent, error) {
	pi, err := s.sc.V1PaymentIntents.Create(ctx, params)
	if err != nil {
		return nil, err // silent: the error goes back to the caller
	}
	return pi, nil
}

// listAll ranges over a list that was made elsewhere: the message names All
// by the same short name uncheckederr uses. (Regression: fatal printed the
// whole signature, func (*stripe.V1List[T]).All(ctx context.Context) ...)
func listAll(ctx context.Context, list *stripe.V1List[*stripe.Customer]) error {
	for c, err := range list.All(ctx) {
		if err != nil {
			log.Fatal(err) // want `log.Fatal on the error of \(\*stripe.V1List\).All stops the service: return the error`
		}
		log.Print(c.ID)
	}
	return nil
}
