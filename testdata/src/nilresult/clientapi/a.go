// Package clientapi exercises nilresult on the v82+ client API
// (stripe-go v85).
package clientapi

import (
	"context"
	"log"
	"log/slog"

	stripe "github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/paymentintent"
)

type Service struct {
	sc *stripe.Client
}

func (s *Service) create(ctx context.Context, p *stripe.PaymentIntentCreateParams) (string, error) {
	pi, err := s.sc.V1PaymentIntents.Create(ctx, p)
	secret := pi.ClientSecret // want `pi.ClientSecret read before the error of \(\*stripe.Client\).V1PaymentIntents.Create is checked: check err first`
	if err != nil {
		return "", err
	}
	return secret, nil
}

func (s *Service) returned(ctx context.Context, id string) (string, error) {
	c, err := s.sc.V1Customers.Retrieve(ctx, id, nil)
	return c.Email, err // want `c.Email read before the error of \(\*stripe.Client\).V1Customers.Retrieve is checked: check err first`
}

func (s *Service) slogged(ctx context.Context, id string) string {
	c, err := s.sc.V1Customers.Retrieve(ctx, id, nil)
	if err != nil {
		slog.Error("retrieve customer", "err", err)
	}
	return c.ID // want `c.ID read after \(\*stripe.Client\).V1Customers.Retrieve failed \(err is not nil\): leave after handling the error`
}

func pkgLevelV85(p *stripe.PaymentIntentParams) string {
	pi, err := paymentintent.New(p)
	log.Print(pi.ID) // want `pi.ID read before the error of paymentintent.New is checked: check err first`
	if err != nil {
		return ""
	}
	return pi.ClientSecret
}

func (s *Service) inClosure(ctx context.Context, ids []string) {
	each := func(id string) string {
		c, err := s.sc.V1Customers.Retrieve(ctx, id, nil)
		if err != nil {
			log.Print(err)
		}
		return c.Email // want `c.Email read after \(\*stripe.Client\).V1Customers.Retrieve failed \(err is not nil\): leave after handling the error`
	}
	for _, id := range ids {
		log.Print(each(id))
	}
}

// --- Silent. ---

func (s *Service) checked(ctx context.Context, p *stripe.PaymentIntentCreateParams) (string, error) {
	pi, err := s.sc.V1PaymentIntents.Create(ctx, p)
	if err != nil {
		return "", err
	}
	return pi.ClientSecret, nil // silent: checked above
}

func (s *Service) orNil(ctx context.Context, id string) string {
	c, err := s.sc.V1Customers.Retrieve(ctx, id, nil)
	if err != nil || c == nil {
		return ""
	}
	return c.Email // silent: checked above
}

func (s *Service) passedOn(ctx context.Context, id string) (*stripe.Customer, error) {
	c, err := s.sc.V1Customers.Retrieve(ctx, id, nil)
	return c, err // silent: passed on
}
