package webhooks

import (
	"encoding/json"
	"io"
	"log"
	"net/http"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/webhook"

	"example.com/checkout/internal/orders"
)

// LegacyHandler serves /stripe/events, the endpoint the first version of the
// app registered. Staging has no signing secret configured for it.
type LegacyHandler struct {
	secret string // STRIPE_LEGACY_WEBHOOK_SECRET, may be empty
	orders *orders.Store
}

// NewLegacyHandler returns the old webhook endpoint.
func NewLegacyHandler(secret string, o *orders.Store) *LegacyHandler {
	return &LegacyHandler{secret: secret, orders: o}
}

func (h *LegacyHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	var event stripe.Event
	if h.secret != "" {
		event, err = webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), h.secret)
		if err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
	} else {
		// Mistake (webhooksig): with the secret unset the body is trusted unverified (fail-open), so anyone can post a forged "payment succeeded" event.
		if err := json.Unmarshal(payload, &event); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(event.Data.Raw, &pi); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	orderID := pi.Metadata["order_id"]
	switch {
	case event.Type == stripe.EventTypePaymentIntentSucceeded:
		err = h.orders.SetStatus(r.Context(), orderID, orders.StatusPaid, "")
	// Mistake (enumvalue): the event type is "payment_intent.payment_failed"; "payment_intent.failed" never arrives, so failed orders stay pending.
	case event.Type == "payment_intent.failed":
		err = h.orders.SetStatus(r.Context(), orderID, orders.StatusFailed, "payment failed")
	}
	if err != nil {
		log.Printf("webhooks: legacy %s: %v", event.ID, err)
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// ConnectHandler receives events from the marketplace sellers' connected
// accounts, which have their own endpoint and signing secret.
type ConnectHandler struct {
	secret string
}

// NewConnectHandler returns the Connect webhook endpoint.
func NewConnectHandler(secret string) *ConnectHandler {
	return &ConnectHandler{secret: secret}
}

func (h *ConnectHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	// Mistake (webhooksig): ConstructEventIgnoringTolerance skips the timestamp check (added when a drifting clock rejected events), so a captured request can be replayed forever.
	event, err := webhook.ConstructEventIgnoringTolerance(payload, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	switch event.Type {
	case stripe.EventTypeAccountUpdated:
		log.Printf("webhooks: connected account %s updated", event.Account)
	case stripe.EventTypePayoutFailed:
		var po stripe.Payout
		if err := json.Unmarshal(event.Data.Raw, &po); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		log.Printf("webhooks: payout %s to %s failed: %s", po.ID, event.Account, po.FailureCode)
	}
	w.WriteHeader(http.StatusOK)
}
