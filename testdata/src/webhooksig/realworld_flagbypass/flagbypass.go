// Package flagbypass reproduces a missed finding seen on a real service
// (docs/real-world.md): the handler decodes the event first, then verifies
// it only when an environment flag is off, and uses the event on both
// paths. Setting the flag in production accepts forged events. webhooksig
// misses it today because it skips a decode that a verification follows
// ("What it ignores"); the want below is what it should say.
package flagbypass

import (
	"encoding/json"
	"io"
	"net/http"
	"os"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/webhook"
)

func handle(stripe.Event) {}

// Serve skips verification when SKIP_VERIFY is set.
func Serve(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var event stripe.Event
	if err := json.Unmarshal(payload, &event); err != nil { // want `stripe.Event decoded by json.Unmarshal on a path that skips signature verification`
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if os.Getenv("SKIP_VERIFY") != "true" {
		event, err = webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), os.Getenv("STRIPE_WEBHOOK_SECRET"))
		if err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
	}
	handle(event)
	w.WriteHeader(http.StatusOK)
}

// LogThenVerify logs the event's type before verifying it, then uses it
// only after verification: the read before verification trusts nothing.
func LogThenVerify(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var event stripe.Event
	if err := json.Unmarshal(payload, &event); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	println("received", event.Type)
	event, err = webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), os.Getenv("STRIPE_WEBHOOK_SECRET"))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	handle(event)
	w.WriteHeader(http.StatusOK)
}
