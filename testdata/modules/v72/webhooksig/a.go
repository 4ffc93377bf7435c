// Package webhooksig runs webhooksig against the real stripe-go v72.
package webhooksig

import (
	"encoding/json"
	"io"
	"log"
	"net/http"
	"os"
	"time"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/webhook"
)

func fulfil(stripe.Event) {}

func Good(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), os.Getenv("STRIPE_WEBHOOK_SECRET")) // silent: checked, and the failure returns
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	fulfil(event)
}

func Unverified(w http.ResponseWriter, r *http.Request) {
	var event stripe.Event
	_ = json.NewDecoder(r.Body).Decode(&event) // want `stripe.Event decoded by \(\*json.Decoder\).Decode without signature verification: verify it with webhook.ConstructEvent`
	fulfil(event)
}

func LogOnly(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), os.Getenv("STRIPE_WEBHOOK_SECRET")) // want `the handler uses the event after webhook.ConstructEvent failed: answer 400 and return when it fails`
	if err != nil {
		log.Print(err)
	}
	fulfil(event)
}

func Blank(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	_ = webhook.ValidatePayload(payload, r.Header.Get("Stripe-Signature"), os.Getenv("STRIPE_WEBHOOK_SECRET")) // want `signature verification error of webhook.ValidatePayload is assigned to _`
}

func replay(payload []byte, header string) {
	_, _ = webhook.ConstructEventIgnoringTolerance(payload, header, os.Getenv("S")) // want `webhook.ConstructEventIgnoringTolerance accepts replayed events: use webhook.ConstructEvent`
	_, _ = webhook.ConstructEventWithTolerance(payload, header, "", 2*time.Hour)    // want `empty webhook signing secret` `tolerance of 2h0m0s`
}
