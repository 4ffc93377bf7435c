package verifiers // want package:"stripeWrappers"

// This package declares webhook verification wrappers: the model exports a
// Verifier fact for each (and the package fact that makes importers active).

import (
	"errors"
	"io"
	"net/http"

	stripe "github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/webhook"
)

func Event(r *http.Request, secret string) (stripe.Event, error) { // want Event:`stripeVerifier\(webhook.ConstructEvent payload=- secret=1 event=0\)`
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		return stripe.Event{}, err
	}
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), secret)
	if err != nil {
		return stripe.Event{}, errors.New("bad signature")
	}
	return event, nil
}

func Direct(payload []byte, header, secret string) error { // want Direct:`stripeVerifier\(stripe.ValidatePayload payload=0 secret=2 event=-\)`
	return stripe.ValidatePayload(payload, header, secret)
}

func Client(sc *stripe.Client, payload []byte, header string) (stripe.EventNotificationContainer, error) { // want Client:`stripeVerifier\(\(\*stripe.Client\).ParseEventNotification payload=1 secret=- event=0\)`
	return sc.ParseEventNotification(payload, header, "whsec_from_config")
}

func Nested(r *http.Request) (stripe.Event, error) { // want Nested:`stripeVerifier\(verifiers.Event payload=- secret=- event=0\)`
	return Event(r, "whsec_x")
}

// Swallow logs the failure and returns nil: not a verifier.
func Swallow(payload []byte, header, secret string) error {
	if err := stripe.ValidatePayload(payload, header, secret); err != nil {
		println(err.Error())
	}
	return nil
}

// NoError returns no error: not a verifier.
func NoError(payload []byte, header, secret string) bool {
	return stripe.ValidatePayload(payload, header, secret) == nil
}
