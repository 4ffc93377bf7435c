// Package clientapi exercises uncheckederr on the v82+ client API
// (stripe-go v85).
package clientapi

import (
	"context"
	"fmt"
	"log"

	stripe "github.com/stripe/stripe-go/v85"
)

type Service struct {
	sc *stripe.Client
}

func (s *Service) discarded(ctx context.Context, p *stripe.RefundCreateParams) error {
	s.sc.V1Refunds.Create(ctx, p) // want `error returned by \(\*stripe.Client\).V1Refunds.Create is not checked`
	return nil
}

func (s *Service) blank(ctx context.Context, id string) (*stripe.Customer, error) {
	c, _ := s.sc.V1Customers.Retrieve(ctx, id, nil) // want `error returned by \(\*stripe.Client\).V1Customers.Retrieve is not checked \(assigned to _\)`
	return c, nil
}

func (s *Service) overwritten(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	_, err := s.sc.V1Customers.Delete(ctx, id, nil) // want `error returned by \(\*stripe.Client\).V1Customers.Delete is not checked \(err is never read\)`
	pi, err := s.sc.V1PaymentIntents.Retrieve(ctx, id, nil)
	if err != nil {
		return nil, err
	}
	return pi, nil
}

func viaLocal(ctx context.Context, sc *stripe.Client, id string) {
	cancel := sc.V1PaymentIntents // a service value held in a variable
	cancel.Cancel(ctx, id, nil)   // want `error returned by \(\*stripe.Client\).V1PaymentIntents.Cancel is not checked`
}

func closure(ctx context.Context, sc *stripe.Client, ids []string) error {
	each := func(id string) error {
		sc.V1Customers.Delete(ctx, id, nil) // want `error returned by \(\*stripe.Client\).V1Customers.Delete is not checked`
		return nil
	}
	for _, id := range ids {
		if err := each(id); err != nil {
			return err
		}
	}
	return nil
}

// --- Handled: silent. ---

func (s *Service) checked(ctx context.Context, p *stripe.RefundCreateParams) (*stripe.Refund, error) {
	r, err := s.sc.V1Refunds.Create(ctx, p)
	if err != nil {
		return nil, fmt.Errorf("refund: %w", err)
	}
	return r, nil
}

func (s *Service) returnedDirectly(ctx context.Context, id string) (*stripe.Customer, error) {
	return s.sc.V1Customers.Retrieve(ctx, id, nil) // returned as is
}

func (s *Service) logged(ctx context.Context, id string) {
	if _, err := s.sc.V1Customers.Delete(ctx, id, nil); err != nil {
		log.Printf("deleting %s: %v", id, err)
	}
}

func newClient() *stripe.Client {
	return stripe.NewClient("") // no error to check
}
