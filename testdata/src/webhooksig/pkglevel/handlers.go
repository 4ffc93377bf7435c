// Package pkglevel exercises webhooksig on stripe-go v72's webhook package.
package pkglevel

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

var endpointSecret = os.Getenv("STRIPE_WEBHOOK_SECRET")

func fulfil(stripe.Event) {}

// Good is Stripe's sample: verify, answer 400 and stop on failure.
func Good(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 65536))
	if err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), endpointSecret) // silent: checked, and the failure returns
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(event.Data.Raw, &pi); err != nil { // silent: decoding the verified event's object
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	fulfil(event)
}

// Unverified decodes the body with no verification at all.
func Unverified(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	var event stripe.Event
	if err := json.Unmarshal(payload, &event); err != nil { // want `stripe.Event decoded by json.Unmarshal without signature verification: verify it with webhook.ConstructEvent`
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	fulfil(event)
}

// UnverifiedStmt ignores the decode error too.
func UnverifiedStmt(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	var event stripe.Event
	json.Unmarshal(payload, &event) // want `stripe.Event decoded by json.Unmarshal without signature verification: verify it with webhook.ConstructEvent`
	fulfil(event)
}

// Decoder decodes the body stream: no fix (the payload is not in a []byte).
func Decoder(w http.ResponseWriter, r *http.Request) {
	var event stripe.Event
	if err := json.NewDecoder(r.Body).Decode(&event); err != nil { // want `stripe.Event decoded by \(\*json.Decoder\).Decode without signature verification: verify it with webhook.ConstructEvent`
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	fulfil(event)
}

// FailOpen verifies only when the secret is set: the fail-open pattern.
func FailOpen(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	var event stripe.Event
	if endpointSecret != "" {
		var err error
		event, err = webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), endpointSecret) // silent: checked below
		if err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
	} else {
		if err := json.Unmarshal(payload, &event); err != nil { // want `stripe.Event decoded by json.Unmarshal on a path that skips signature verification: verify it on every path`
			w.WriteHeader(http.StatusBadRequest)
			return
		}
	}
	fulfil(event)
}

// DecodeThenValidate decodes first and verifies before any use.
func DecodeThenValidate(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	var event stripe.Event
	if err := json.Unmarshal(payload, &event); err != nil { // silent: ValidatePayload runs before the event is used
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := webhook.ValidatePayload(payload, r.Header.Get("Stripe-Signature"), endpointSecret); err != nil { // silent: checked, and the failure returns
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	fulfil(event)
}

// ValidateThenDecode verifies the payload, then decodes it.
func ValidateThenDecode(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	if err := webhook.ValidatePayload(payload, r.Header.Get("Stripe-Signature"), endpointSecret); err != nil { // silent: checked, and the failure returns
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	var event stripe.Event
	if err := json.Unmarshal(payload, &event); err != nil { // silent: verified on every path
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	fulfil(event)
}

// Blank discards the verification error.
func Blank(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	event, _ := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), endpointSecret) // want `signature verification error of webhook.ConstructEvent is assigned to _: answer 400 and return when it fails`
	fulfil(event)
}

// Discarded drops the only result of ValidatePayload.
func Discarded(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	webhook.ValidatePayload(payload, r.Header.Get("Stripe-Signature"), endpointSecret) // want `signature verification error of webhook.ValidatePayload is discarded`
	var event stripe.Event
	_ = json.Unmarshal(payload, &event) // silent: reported at the discarded verification
	fulfil(event)
}

// Unread stores the error and never reads it.
func Unread(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	event, err := webhook.ConstructEventWithTolerance(payload, r.Header.Get("Stripe-Signature"), endpointSecret, time.Minute) // want `signature verification error of webhook.ConstructEventWithTolerance is never read \(err\)`
	fulfil(event)
}

// LogOnly checks the error, logs it, and carries on.
func LogOnly(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), endpointSecret) // want `the handler uses the event after webhook.ConstructEvent failed: answer 400 and return when it fails`
	if err != nil {
		log.Printf("webhook signature: %v", err)
	}
	fulfil(event)
}

// StatusOnly writes 400 but forgets to return.
func StatusOnly(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	if err := webhook.ValidatePayload(payload, r.Header.Get("Stripe-Signature"), endpointSecret); err != nil { // want `the handler uses the event after webhook.ValidatePayload failed: answer 400 and return when it fails`
		w.WriteHeader(http.StatusBadRequest)
	}
	var event stripe.Event
	if err := json.Unmarshal(payload, &event); err != nil { // silent: reported at the verification
		return
	}
	fulfil(event)
}

// Fatal ends the process on failure: no path goes on.
func Fatal(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), endpointSecret) // silent: log.Fatal never returns
	if err != nil {
		log.Fatal(err)
	}
	fulfil(event)
}

// OnlyOnSuccess uses the event only when verification succeeded.
func OnlyOnSuccess(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), endpointSecret) // silent: the event is used on the err == nil branch only
	if err == nil {
		fulfil(event)
		return
	}
	log.Print(err)
	w.WriteHeader(http.StatusBadRequest)
}

// SecondSecret retries with a rolled secret before giving up.
func SecondSecret(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), endpointSecret) // silent: the failure path overwrites err
	if err != nil {
		event, err = webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), os.Getenv("STRIPE_WEBHOOK_SECRET_OLD")) // silent: checked, and the failure returns
	}
	switch {
	case err != nil:
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	fulfil(event)
}

// Handler is a method handler.
type Handler struct{ secret string }

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	var event stripe.Event
	json.Unmarshal(payload, &event) // want `stripe.Event decoded by json.Unmarshal without signature verification: verify it with webhook.ConstructEvent`
	fulfil(event)
}

// Routes registers a handler literal.
func Routes(mux *http.ServeMux) {
	mux.HandleFunc("/webhook", func(w http.ResponseWriter, r *http.Request) {
		payload, _ := io.ReadAll(r.Body)
		var event stripe.Event
		if err := json.Unmarshal(payload, &event); err != nil { // want `stripe.Event decoded by json.Unmarshal without signature verification: verify it with webhook.ConstructEvent`
			return
		}
		fulfil(event)
	})
}

// Replay reads events stored earlier: not an HTTP handler.
func Replay(stored [][]byte) {
	for _, b := range stored {
		var event stripe.Event
		if err := json.Unmarshal(b, &event); err == nil { // silent: not in an HTTP handler
			fulfil(event)
		}
	}
}

// NotAnEvent decodes something else from the body.
func NotAnEvent(w http.ResponseWriter, r *http.Request) {
	var body struct{ Email string }
	_ = json.NewDecoder(r.Body).Decode(&body) // silent: not an event type
}
