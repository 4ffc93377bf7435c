package verifiers

// Helpers that verify on some paths and trust the body on others are no
// verification: they get no Verifier fact.

import (
	"encoding/json"
	"errors"
	"os"

	stripe "github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/webhook"
)

// NoSecret trusts the body when no secret is configured: no fact.
func NoSecret(payload []byte, header string) (stripe.Event, error) {
	secret := os.Getenv("STRIPE_WEBHOOK_SECRET")
	if secret == "" {
		var event stripe.Event
		err := json.Unmarshal(payload, &event)
		return event, err
	}
	return webhook.ConstructEvent(payload, header, secret)
}

// Fallback decodes the body when verification fails: no fact.
func Fallback(payload []byte, header, secret string) (stripe.Event, error) {
	event, err := webhook.ConstructEvent(payload, header, secret)
	if err != nil {
		if err := json.Unmarshal(payload, &event); err != nil {
			return stripe.Event{}, err
		}
	}
	return event, nil
}

// ValidateThenDecode verifies on every path, then decodes: a verifier.
func ValidateThenDecode(payload []byte, header, secret string) (stripe.Event, error) { // want ValidateThenDecode:`stripeVerifier\(webhook.ValidatePayload payload=0 secret=2 event=0\)`
	if err := webhook.ValidatePayload(payload, header, secret); err != nil {
		return stripe.Event{}, errors.New("bad signature")
	}
	var event stripe.Event
	err := json.Unmarshal(payload, &event)
	return event, err
}
