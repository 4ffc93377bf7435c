package webhooksig

import (
	"encoding/json"
	"io"
	"net/http"
	"os"

	stripe "github.com/stripe/stripe-go/v85"
)

// decodeBody decodes the body it is given without verification.
func decodeBody(body []byte) (*stripe.Event, error) { // want decodeBody:`unverifiedEvent\(json.Unmarshal\)`
	event := &stripe.Event{}
	err := json.Unmarshal(body, event)
	return event, err
}

func BodyToHelper(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if _, err := decodeBody(body); err != nil { // want `webhooksig.decodeBody returns an event decoded without signature verification`
		w.WriteHeader(http.StatusBadRequest)
	}
}

// clientBlank drops the v82+ client's verification error outside a handler.
func clientBlank(payload []byte, header string) stripe.Event {
	event, _ := sc.ConstructEvent(payload, header, os.Getenv("STRIPE_WEBHOOK_SECRET")) // want `signature verification error of \(\*stripe.Client\).ConstructEvent is assigned to _: return it when it fails`
	return event
}

// secretless trusts the body when no secret is configured: fails open.
func secretless(payload []byte, header string) (stripe.Event, error) {
	secret := os.Getenv("STRIPE_WEBHOOK_SECRET")
	if secret == "" {
		var event stripe.Event
		return event, json.Unmarshal(payload, &event) // want `stripe.Event decoded by json.Unmarshal on a path that skips signature verification: the helper fails open`
	}
	return sc.ConstructEvent(payload, header, secret)
}

// clientVerified verifies on every path: a verifier.
func clientVerified(payload []byte, header string) (stripe.Event, error) {
	return sc.ConstructEvent(payload, header, os.Getenv("STRIPE_WEBHOOK_SECRET"))
}

func ClientVerified(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	event, err := clientVerified(payload, r.Header.Get("Stripe-Signature")) // silent
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	_ = event
}
