package webhooksig

import (
	"encoding/json"
	"io"
	"log"
	"net/http"
	"os"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/webhook"
)

// parse decodes the request's event without verification.
func parse(r *http.Request) (stripe.Event, error) { // want parse:`unverifiedEvent\(json.Unmarshal\)`
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		return stripe.Event{}, err
	}
	var event stripe.Event
	err = json.Unmarshal(payload, &event)
	return event, err
}

func HelperParse(w http.ResponseWriter, r *http.Request) {
	event, err := parse(r) // want `webhooksig.parse returns an event decoded without signature verification: verify it with webhook.ConstructEvent`
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	fulfil(event)
}

// verifyOrTrust falls back to the body when verification fails.
func verifyOrTrust(payload []byte, header string) (stripe.Event, error) {
	event, err := webhook.ConstructEvent(payload, header, os.Getenv("STRIPE_WEBHOOK_SECRET"))
	if err != nil {
		log.Printf("webhook: %v", err)
		err = json.Unmarshal(payload, &event) // want `stripe.Event decoded by json.Unmarshal on a path that skips signature verification: the helper fails open, return an error instead`
	}
	return event, err
}

// verified verifies on every path.
func verified(payload []byte, header string) (stripe.Event, error) {
	event, err := webhook.ConstructEvent(payload, header, os.Getenv("STRIPE_WEBHOOK_SECRET"))
	if err != nil {
		return stripe.Event{}, err
	}
	return event, nil
}

func HelperVerified(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	event, err := verified(payload, r.Header.Get("Stripe-Signature")) // silent
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	fulfil(event)
}

func FailOpenCaller(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	if _, err := verifyOrTrust(payload, r.Header.Get("Stripe-Signature")); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var event stripe.Event
	_ = json.Unmarshal(payload, &event) // want `stripe.Event decoded by json.Unmarshal without signature verification`
	fulfil(event)
}

func OKOnFailure(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), os.Getenv("STRIPE_WEBHOOK_SECRET")) // want `the handler answers success after webhook.ConstructEvent failed: answer 400 when it fails`
	if err != nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	fulfil(event)
}

// blankInHelper drops the error outside a handler.
func blankInHelper(payload []byte, header string) stripe.Event {
	event, _ := webhook.ConstructEvent(payload, header, os.Getenv("STRIPE_WEBHOOK_SECRET")) // want `signature verification error of webhook.ConstructEvent is assigned to _: return it when it fails`
	return event
}
