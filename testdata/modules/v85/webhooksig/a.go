// Package webhooksig runs webhooksig against the real stripe-go v85.
package webhooksig

import (
	"encoding/json"
	"io"
	"net/http"
	"os"
	"time"

	stripe "github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/webhook"
)

var sc = stripe.NewClient(os.Getenv("STRIPE_SECRET_KEY"))

func handle(stripe.EventNotificationContainer) {}

func Good(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	n, err := sc.ParseEventNotification(payload, r.Header.Get("Stripe-Signature"), os.Getenv("STRIPE_WEBHOOK_SECRET")) // silent: checked, and the failure returns
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	handle(n)
}

func FromJSON(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	n, err := stripe.EventNotificationFromJSON(payload, *sc) // want `stripe.EventNotificationFromJSON parses the event without verifying its signature`
	if err != nil {
		return
	}
	handle(n)
}

func Event(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	var event stripe.Event
	_ = json.Unmarshal(payload, &event) // want `stripe.Event decoded by json.Unmarshal without signature verification: verify it with webhook.ConstructEvent`
	_ = event
}

func Blank(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	event, _ := sc.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), os.Getenv("S")) // want `signature verification error of \(\*stripe.Client\).ConstructEvent is assigned to _`
	_ = event
}

func options(payload []byte, header string) {
	_, _ = sc.ConstructEvent(payload, header, os.Getenv("S"), stripe.WithIgnoreTolerance())                                                  // want `stripe.WithIgnoreTolerance accepts replayed events: remove the option`
	_, _ = sc.ConstructEvent(payload, header, os.Getenv("S"), stripe.WithTolerance(2*time.Hour))                                             // want `tolerance of 2h0m0s for stripe.WithTolerance`
	_, _ = webhook.ConstructEventWithOptions(payload, header, "whsec_", webhook.ConstructEventOptions{IgnoreTolerance: true})                // want `empty webhook signing secret` `webhook.ConstructEventOptions with IgnoreTolerance accepts replayed events: remove the option`
	_, _ = webhook.ConstructEventWithOptions(payload, header, os.Getenv("S"), webhook.ConstructEventOptions{IgnoreAPIVersionMismatch: true}) // silent: version mismatch only
}
