// Package webhooks receives Stripe's event notifications.
package webhooks

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/webhook"

	"example.com/checkout/internal/orders"
)

// maxBody is the body limit Stripe's guide uses for webhook requests.
const maxBody = 65536

// Handler is the endpoint registered in the Stripe dashboard.
type Handler struct {
	secret string // the endpoint's whsec_ signing secret
	orders *orders.Store
}

// NewHandler returns the webhook endpoint.
func NewHandler(secret string, o *orders.Store) *Handler {
	return &Handler{secret: secret, orders: o}
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	// Correct: verified with the signing secret and the default tolerance; failure answers 400 and stops.
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		log.Printf("webhooks: rejected event: %v", err)
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := h.dispatch(r.Context(), event); err != nil {
		log.Printf("webhooks: %s %s: %v", event.Type, event.ID, err)
		w.WriteHeader(http.StatusInternalServerError) // Stripe will retry
		return
	}
	w.WriteHeader(http.StatusOK)
}

func (h *Handler) dispatch(ctx context.Context, event stripe.Event) error {
	switch event.Type {
	case stripe.EventTypePaymentIntentSucceeded:
		pi, err := paymentIntent(event)
		if err != nil {
			return err
		}
		return h.orders.SetStatus(ctx, pi.Metadata["order_id"], orders.StatusPaid, "")
	case stripe.EventTypePaymentIntentPaymentFailed:
		pi, err := paymentIntent(event)
		if err != nil {
			return err
		}
		// Mistake (nilerror): LastPaymentError is a pointer that nothing guarantees is set; when it is nil this panics and the order is never marked failed.
		reason := fmt.Sprintf("%s: %s", pi.LastPaymentError.Code, pi.LastPaymentError.Msg)
		return h.orders.SetStatus(ctx, pi.Metadata["order_id"], orders.StatusFailed, reason)
	case stripe.EventTypePaymentIntentCanceled:
		pi, err := paymentIntent(event)
		if err != nil {
			return err
		}
		reason := "canceled: " + string(pi.CancellationReason)
		// Correct: the stored failure is read only when there is one.
		if pi.LastPaymentError != nil {
			reason += " after " + string(pi.LastPaymentError.Code)
		}
		return h.orders.SetStatus(ctx, pi.Metadata["order_id"], orders.StatusFailed, reason)
	default:
		// Not every event type needs handling.
		return nil
	}
}

// paymentIntent decodes the PaymentIntent of a verified event.
func paymentIntent(event stripe.Event) (*stripe.PaymentIntent, error) {
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(event.Data.Raw, &pi); err != nil {
		return nil, fmt.Errorf("decode payment intent of %s: %w", event.ID, err)
	}
	return &pi, nil
}
