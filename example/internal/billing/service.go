// Package billing wraps the Stripe calls the checkout service makes.
package billing

import (
	"context"
	"fmt"

	"github.com/stripe/stripe-go/v85"
)

// Service talks to Stripe on behalf of the HTTP API and the jobs.
type Service struct {
	sc       *stripe.Client
	currency stripe.Currency
}

// NewService returns a Service charging in the given currency.
func NewService(sc *stripe.Client, currency stripe.Currency) *Service {
	return &Service{sc: sc, currency: currency}
}

// Client exposes the Stripe client for the few callers that need a call
// this package does not wrap.
func (s *Service) Client() *stripe.Client { return s.sc }

// EnsureCustomer creates the Stripe customer for a new shopper.
func (s *Service) EnsureCustomer(ctx context.Context, email, name string) (*stripe.Customer, error) {
	params := &stripe.CustomerCreateParams{
		Email: stripe.String(email),
		Name:  stripe.String(name),
	}
	params.SetIdempotencyKey("customer-" + email)
	return s.sc.V1Customers.Create(ctx, params)
}

// TagCustomer stores a piece of our own data in the customer's metadata.
func (s *Service) TagCustomer(ctx context.Context, customerID, key, value string) error {
	params := &stripe.CustomerUpdateParams{}
	params.AddMetadata(key, value)
	_, err := s.sc.V1Customers.Update(ctx, customerID, params)
	return err
}

// CreateCheckout creates the PaymentIntent for an order. The order ID is the
// idempotency key, so a double-submitted form cannot charge twice.
func (s *Service) CreateCheckout(ctx context.Context, orderID, customerID string, amount int64) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentCreateParams{
		Amount:   stripe.Int64(amount),
		Currency: stripe.String(string(s.currency)),
		Customer: stripe.String(customerID),
		Metadata: map[string]string{"order_id": orderID},
	}
	params.SetIdempotencyKey("checkout-" + orderID)
	pi, err := s.sc.V1PaymentIntents.Create(ctx, params)
	if err != nil {
		return nil, fmt.Errorf("billing: create payment intent for order %s: %w", orderID, err)
	}
	return pi, nil
}

// ConfirmPayment confirms a PaymentIntent with the payment method the
// browser collected.
func (s *Service) ConfirmPayment(ctx context.Context, paymentIntentID, paymentMethodID string) (*stripe.PaymentIntent, error) {
	return s.sc.V1PaymentIntents.Confirm(ctx, paymentIntentID, &stripe.PaymentIntentConfirmParams{
		PaymentMethod: stripe.String(paymentMethodID),
		ReturnURL:     stripe.String("https://shop.example.com/checkout/done"),
	})
}

// Refund refunds part or all of a payment, at most once per refund request.
func (s *Service) Refund(ctx context.Context, requestID, paymentIntentID string, amount int64) (*stripe.Refund, error) {
	params := &stripe.RefundCreateParams{
		PaymentIntent: stripe.String(paymentIntentID),
		Reason:        stripe.String(string(stripe.RefundReasonRequestedByCustomer)),
	}
	if amount > 0 {
		params.Amount = stripe.Int64(amount)
	}
	params.SetIdempotencyKey("refund-" + requestID)
	re, err := s.sc.V1Refunds.Create(ctx, params)
	if err != nil {
		return nil, fmt.Errorf("billing: refund %s: %w", paymentIntentID, err)
	}
	return re, nil
}

// PaymentsForCustomer returns every PaymentIntent of a customer, newest first.
func (s *Service) PaymentsForCustomer(ctx context.Context, customerID string) ([]*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentListParams{Customer: stripe.String(customerID)}
	var out []*stripe.PaymentIntent
	for pi, err := range s.sc.V1PaymentIntents.List(ctx, params).All(ctx) {
		if err != nil {
			return nil, fmt.Errorf("billing: list payments of %s: %w", customerID, err)
		}
		out = append(out, pi)
	}
	return out, nil
}
