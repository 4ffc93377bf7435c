// Package lib holds webhook helpers used by another package's handlers.
package lib

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"

	stripe "github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/webhook"
)

// ParseEvent decodes the request's event without verification.
func ParseEvent(r *http.Request) (stripe.Event, error) { // want ParseEvent:`unverifiedEvent\(\(\*json.Decoder\).Decode\)`
	var event stripe.Event
	err := json.NewDecoder(r.Body).Decode(&event)
	return event, err
}

// Process decodes the body it is given: the body reaches it through a
// parameter.
func Process(body []byte) error { // want Process:`unverifiedEvent\(json.Unmarshal\)`
	var event stripe.Event
	if err := json.Unmarshal(body, &event); err != nil {
		return err
	}
	return nil
}

// ReadAndProcess reads the request and hands the body to Process.
func ReadAndProcess(r *http.Request) error { // want ReadAndProcess:`unverifiedEvent\(lib.Process\)`
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return err
	}
	return Process(body)
}

// Verify verifies on every path: a verifier, no unverifiedEvent fact.
func Verify(r *http.Request) (stripe.Event, error) { // silent: a verifier
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		return stripe.Event{}, err
	}
	return webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), os.Getenv("STRIPE_WEBHOOK_SECRET"))
}

// VerifyThenDecode verifies, then decodes the verified payload: silent.
func VerifyThenDecode(payload []byte, header string) (stripe.Event, error) { // silent: a verifier
	if err := webhook.ValidatePayload(payload, header, os.Getenv("STRIPE_WEBHOOK_SECRET")); err != nil {
		return stripe.Event{}, errors.New("bad signature")
	}
	var event stripe.Event
	err := json.Unmarshal(payload, &event)
	return event, err
}

// NoSecret trusts the body when no secret is configured: a fail-open
// webhook, reported here.
func NoSecret(payload []byte, header string) (stripe.Event, error) {
	secret := os.Getenv("STRIPE_WEBHOOK_SECRET")
	var event stripe.Event
	if secret == "" {
		err := json.Unmarshal(payload, &event) // want `stripe.Event decoded by json.Unmarshal on a path that skips signature verification: the helper fails open, return an error instead`
		return event, err
	}
	return webhook.ConstructEvent(payload, header, secret)
}

// Fallback decodes the body when verification fails.
func Fallback(payload []byte, header, secret string) (stripe.Event, error) {
	event, err := webhook.ConstructEvent(payload, header, secret)
	if err != nil {
		err = json.Unmarshal(payload, &event) // want `stripe.Event decoded by json.Unmarshal on a path that skips signature verification: the helper fails open`
	}
	return event, err
}

// Dev skips verification under a flag.
func Dev(payload []byte, header, secret string, dev bool) (stripe.Event, error) {
	if dev {
		var event stripe.Event
		return event, json.Unmarshal(payload, &event) // want `stripe.Event decoded by json.Unmarshal on a path that skips signature verification: the helper fails open`
	}
	return webhook.ConstructEvent(payload, header, secret)
}

// Blank drops the verification error outside any handler.
func Blank(payload []byte, header, secret string) stripe.Event {
	event, _ := webhook.ConstructEvent(payload, header, secret) // want `signature verification error of webhook.ConstructEvent is assigned to _: return it when it fails`
	return event
}

// Unread never reads the verification error.
func Unread(header, secret string) (stripe.Event, error) {
	payload, err := os.ReadFile("event.json")
	if err != nil {
		return stripe.Event{}, err
	}
	event, err := webhook.ConstructEvent(payload, header, secret) // want `signature verification error of webhook.ConstructEvent is never read \(err\): return it when it fails`
	return event, nil
}

// Checked returns the error: silent.
func Checked(payload []byte, header, secret string) (stripe.Event, error) { // silent: a verifier
	event, err := webhook.ConstructEvent(payload, header, secret)
	if err != nil {
		return stripe.Event{}, err
	}
	return event, nil
}

// Replay decodes stored events from a trusted store, not the body of a
// request: no parameter reaches the decode and no event is returned.
func Replay() {
	var event stripe.Event
	_ = json.Unmarshal(stored(), &event) // silent
}

func stored() []byte { return nil }

// Load returns a stored event by its ID: it returns an event, but no
// request reaches the decode.
func Load(id string) (stripe.Event, error) {
	var event stripe.Event
	err := json.Unmarshal(storedByID(id), &event) // silent
	return event, err
}

func storedByID(string) []byte { return nil }
