// Package hooks exercises retrykey's redelivery category in webhook
// handlers that verify events (stub SDK v85). The calls in this file get a
// fix; those in b.go do not.
package hooks

import (
	"context"
	"io"
	"net/http"
	"os"

	stripe "github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/refund"
	"github.com/stripe/stripe-go/v85/webhook"
)

var sc = stripe.NewClient(os.Getenv("STRIPE_SECRET_KEY"))

var secret = os.Getenv("STRIPE_WEBHOOK_SECRET")

// Refund creates a refund on every delivery of the event.
func Refund(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	params := &stripe.RefundParams{Charge: stripe.String(event.GetObjectValue("charge"))}
	if _, err := refund.New(params); err != nil { // want `refund.New in a webhook handler has no stable idempotency key: Stripe redelivers events, set one from event.ID`
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
}

// ClientRefund does the same with the v82+ client, verifying with it.
func ClientRefund(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	evt, err := sc.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	params := &stripe.RefundCreateParams{Charge: stripe.String(evt.GetObjectValue("charge"))}
	params.Amount = stripe.Int64(100)                          // setting values is no key
	_, err = sc.V1Refunds.Create(context.Background(), params) // want `\(\*stripe.Client\).V1Refunds.Create in a webhook handler has no stable idempotency key: Stripe redelivers events, set one from evt.ID`
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
	}
}

// Handle is an event-processing helper: it receives the verified event.
func Handle(ctx context.Context, event *stripe.Event) error {
	params := &stripe.CustomerCreateParams{Email: stripe.String(event.GetObjectValue("email"))}
	_, err := sc.V1Customers.Create(ctx, params) // want `\(\*stripe.Client\).V1Customers.Create in an event handler has no stable idempotency key: Stripe redelivers events, set one from event.ID`
	return err
}
