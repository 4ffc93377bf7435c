// Package eventdata exercises eventdata against the real stripe-go
// v72.122.0, whose Event.Type is a string (no EventType constants).
package eventdata

import (
	"encoding/json"
	"log"
	"net/http"

	"github.com/stripe/stripe-go/v72"
)

func parse(r *http.Request) stripe.Event { return stripe.Event{} }

func handler(w http.ResponseWriter, r *http.Request) {
	event := parse(r)
	switch event.Type {
	case "charge.refunded":
		var re stripe.Refund
		json.Unmarshal(event.Data.Raw, &re) // want `error decoding event data is not checked` `charge.refunded carries a stripe.Charge, not a stripe.Refund`
		log.Print(re.ID)
	case "charge.dispute.created":
		var d stripe.Dispute
		if err := json.Unmarshal(event.Data.Raw, &d); err != nil { // silent: the right type
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
	case "checkout.session.completed":
		var pi stripe.PaymentIntent
		if err := json.Unmarshal(event.Data.Raw, &pi); err != nil { // want `checkout.session.completed carries a stripe.CheckoutSession, not a stripe.PaymentIntent`
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
	case "customer.subscription.deleted", "customer.subscription.updated":
		var sub stripe.Subscription
		if err := json.Unmarshal(event.Data.Raw, &sub); err != nil { // silent: the right type
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
	case "application_fee.refund.updated":
		var fr stripe.FeeRefund
		if err := json.Unmarshal(event.Data.Raw, &fr); err != nil { // silent: the right type
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
	case "billing.meter.created":
		var c stripe.Charge
		if err := json.Unmarshal(event.Data.Raw, &c); err != nil { // silent: v72 declares no BillingMeter
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
	}
	if event.Type == "invoice.paid" {
		var c stripe.Charge
		_ = json.Unmarshal(event.Data.Raw, &c) // want `error decoding event data is not checked \(assigned to _\)` `invoice.paid carries a stripe.Invoice, not a stripe.Charge`
		log.Print(c.ID)
	}
}
