// Package verify wraps webhook verification for the handlers of package
// wrappers: its functions carry Verifier facts.
package verify

import (
	"fmt"
	"io"
	"net/http"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/webhook"
)

// Event reads and verifies a webhook request.
func Event(r *http.Request, secret string) (stripe.Event, error) {
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		return stripe.Event{}, err
	}
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), secret)
	if err != nil {
		return stripe.Event{}, fmt.Errorf("webhook signature: %w", err)
	}
	return event, nil
}

// Payload verifies a payload read already, through Event's sibling.
func Payload(payload []byte, header, secret string) error {
	return webhook.ValidatePayload(payload, header, secret)
}

// Logs verifies but never returns the failure: not a verifier.
func Logs(payload []byte, header, secret string) error {
	if err := webhook.ValidatePayload(payload, header, secret); err != nil {
		println(err.Error())
	}
	return nil
}
