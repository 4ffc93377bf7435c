// Package client exercises webhooksig on the v82+ client of stripe-go v85.
package client

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

var secret = os.Getenv("STRIPE_WEBHOOK_SECRET")

func handle(stripe.Event)                                  {}
func handleNotification(stripe.EventNotificationContainer) {}

// Good verifies with the client.
func Good(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	event, err := sc.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), secret) // silent: checked, and the failure returns
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	handle(event)
}

// Blank discards the client's verification error.
func Blank(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	event, _ := sc.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), secret) // want `signature verification error of \(\*stripe.Client\).ConstructEvent is assigned to _`
	handle(event)
}

// Notification logs the failure and goes on.
func Notification(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	n, err := sc.ParseEventNotification(payload, r.Header.Get("Stripe-Signature"), secret) // want `the handler uses the event after \(\*stripe.Client\).ParseEventNotification failed: answer 400 and return when it fails`
	if err != nil {
		println(err.Error())
	}
	handleNotification(n)
}

// FromJSON parses a notification without verification.
func FromJSON(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	n, err := stripe.EventNotificationFromJSON(payload, *sc) // want `stripe.EventNotificationFromJSON parses the event without verifying its signature: use \(\*stripe.Client\).ParseEventNotification`
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	handleNotification(n)
}

// FromJSONVerified validates first, as ParseEventNotification does.
func FromJSONVerified(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	if err := stripe.ValidatePayload(payload, r.Header.Get("Stripe-Signature"), secret); err != nil { // silent: checked, and the failure returns
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	n, err := stripe.EventNotificationFromJSON(payload, *sc) // silent: verified on every path
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	handleNotification(n)
}

// Queue consumes notifications from a trusted queue: not an HTTP handler.
func Queue(msg []byte) { // want Queue:"unverifiedEvent\\(stripe.EventNotificationFromJSON\\)"
	n, err := stripe.EventNotificationFromJSON(msg, *sc) // silent: not in an HTTP handler
	if err == nil {
		handleNotification(n)
	}
}

// Unverified decodes a notification type from the body.
func Unverified(w http.ResponseWriter, r *http.Request) {
	var n stripe.UnknownEventNotification
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil { // want `stripe.UnknownEventNotification decoded by \(\*json.Decoder\).Decode without signature verification: verify it with webhook.ConstructEvent`
		return
	}
	handleNotification(&n)
}

func options(payload []byte, header string) {
	_, _ = sc.ConstructEvent(payload, header, secret, stripe.WithIgnoreTolerance())                                                                          // want `stripe.WithIgnoreTolerance accepts replayed events: remove the option`
	_, _ = sc.ConstructEvent(payload, header, secret, stripe.WithTolerance(3*time.Hour))                                                                     // want `tolerance of 3h0m0s for stripe.WithTolerance`
	_, _ = sc.ConstructEvent(payload, header, secret, stripe.WithTolerance(10*time.Minute))                                                                  // silent: ten minutes
	_, _ = sc.ConstructEvent(payload, header, secret, stripe.WithIgnoreAPIVersionMismatch())                                                                 // silent: a correctness choice, not a security hole
	_, _ = sc.ParseEventNotification(payload, header, "")                                                                                                    // want `empty webhook signing secret passed to \(\*stripe.Client\).ParseEventNotification`
	_, _ = webhook.ConstructEventWithOptions(payload, header, secret, webhook.ConstructEventOptions{IgnoreTolerance: true})                                  // want `webhook.ConstructEventOptions with IgnoreTolerance accepts replayed events: remove the option`
	_, _ = webhook.ConstructEventWithOptions(payload, header, secret, webhook.ConstructEventOptions{Tolerance: 2 * time.Hour})                               // want `tolerance of 2h0m0s for webhook.ConstructEventOptions`
	_, _ = webhook.ConstructEventWithOptions(payload, header, secret, webhook.ConstructEventOptions{IgnoreAPIVersionMismatch: true, IgnoreTolerance: false}) // silent: version mismatch only
	_, _ = webhook.ConstructEventIgnoringTolerance(payload, header, secret)                                                                                  // want `webhook.ConstructEventIgnoringTolerance accepts replayed events: use webhook.ConstructEvent`
}
