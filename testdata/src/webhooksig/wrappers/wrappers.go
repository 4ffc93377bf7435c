// Package wrappers exercises webhooksig on verification wrapped in
// another package.
package wrappers

import (
	"encoding/json"
	"io"
	"net/http"
	"os"

	stripe "github.com/stripe/stripe-go/v72"

	"webhooksig/wrappers/verify"
)

func handle(stripe.Event) {}

// Good uses the wrapper and stops on failure.
func Good(w http.ResponseWriter, r *http.Request) {
	event, err := verify.Event(r, os.Getenv("STRIPE_WEBHOOK_SECRET")) // silent: checked, and the failure returns
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	handle(event)
}

// Blank drops the wrapper's error.
func Blank(w http.ResponseWriter, r *http.Request) {
	event, _ := verify.Event(r, os.Getenv("STRIPE_WEBHOOK_SECRET")) // want `signature verification error of verify.Event is assigned to _`
	handle(event)
}

// PayloadThenDecode verifies with a wrapper, then decodes.
func PayloadThenDecode(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	if err := verify.Payload(payload, r.Header.Get("Stripe-Signature"), os.Getenv("STRIPE_WEBHOOK_SECRET")); err != nil { // silent: checked, and the failure returns
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var event stripe.Event
	_ = json.Unmarshal(payload, &event) // silent: verified on every path
	handle(event)
}

// EmptySecret passes an empty secret through the wrapper.
func EmptySecret(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	if err := verify.Payload(payload, r.Header.Get("Stripe-Signature"), ""); err != nil { // want `empty webhook signing secret passed to verify.Payload`
		w.WriteHeader(http.StatusBadRequest)
		return
	}
}

// NotAVerifier calls a function that swallows the failure.
func NotAVerifier(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	_ = verify.Logs(payload, r.Header.Get("Stripe-Signature"), os.Getenv("STRIPE_WEBHOOK_SECRET"))
	var event stripe.Event
	_ = json.Unmarshal(payload, &event) // want `stripe.Event decoded by json.Unmarshal without signature verification: verify it with webhook.ConstructEvent`
	handle(event)
}
