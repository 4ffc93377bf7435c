// Package negative holds what retrykey's redelivery category leaves alone
// (stub SDK v72).
package negative

import (
	"encoding/json"
	"io"
	"log"
	"net/http"
	"os"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/customer"
	"github.com/stripe/stripe-go/v72/paymentintent"
	"github.com/stripe/stripe-go/v72/refund"
	"github.com/stripe/stripe-go/v72/webhook"
)

var secret = os.Getenv("STRIPE_WEBHOOK_SECRET")

// Unverified decodes the event without verification: webhooksig's
// business, silent here.
func Unverified(w http.ResponseWriter, r *http.Request) {
	var event stripe.Event
	if err := json.NewDecoder(r.Body).Decode(&event); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	refund.New(&stripe.RefundParams{Charge: stripe.String("ch_1")}) // silent: not a verified handler
}

// Updates and actions on existing objects, and reads, are silent.
func Updates(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	id := event.GetObjectValue("id")
	customer.Update(id, &stripe.CustomerParams{Email: stripe.String("a@b.c")}) // silent: an update
	paymentintent.Confirm(id, nil)                                             // silent: an action on an existing object
	paymentintent.Cancel(id, nil)                                              // silent: an action on an existing object
	refund.Get(id, nil)                                                        // silent: a read
}

// Keyed creates are silent.
func Keyed(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	p := &stripe.RefundParams{Charge: stripe.String(event.GetObjectValue("charge"))}
	p.SetIdempotencyKey("refund-" + event.ID)
	refund.New(p) // silent: keyed with the event's id
	c := &stripe.CustomerParams{Params: stripe.Params{IdempotencyKey: stripe.String("customer-" + event.GetObjectValue("id"))}}
	customer.New(c) // silent: keyed with the object's id
}

// Passed creates with the params its caller passes: the caller's key.
func Passed(event stripe.Event, p *stripe.RefundParams) error {
	_, err := refund.New(p) // silent: the caller's params and key
	return err
}

// init runs at start-up, for no event.
func init() {
	log.Println(customer.New(&stripe.CustomerParams{})) // silent: not at-least-once code
}
