// Package eventdata exercises eventdata against the real stripe-go v85.0.0.
package eventdata

import (
	"bytes"
	"encoding/json"
	"log"
	"net/http"

	"github.com/stripe/stripe-go/v85"
)

func parse(r *http.Request) stripe.Event { return stripe.Event{} }

func handler(w http.ResponseWriter, r *http.Request) {
	event := parse(r)
	switch event.Type {
	case stripe.EventTypeChargeRefunded:
		var re stripe.Refund
		json.Unmarshal(event.Data.Raw, &re) // want `error decoding event data is not checked` `charge.refunded carries a stripe.Charge, not a stripe.Refund`
		log.Print(re.ID)
	case stripe.EventTypeChargeRefundUpdated:
		var re stripe.Refund
		if err := json.Unmarshal(event.Data.Raw, &re); err != nil { // silent: charge.refund.updated carries a Refund
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
	case stripe.EventTypeChargeDisputeCreated, stripe.EventTypeChargeDisputeClosed:
		var c stripe.Charge
		if err := json.Unmarshal(event.Data.Raw, &c); err != nil { // want `charge.dispute.created carries a stripe.Dispute, not a stripe.Charge`
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
	case stripe.EventTypeCheckoutSessionCompleted:
		var s stripe.CheckoutSession
		_ = json.Unmarshal(event.Data.Raw, &s) // want `error decoding event data is not checked \(assigned to _\)`
		log.Print(s.ID)
	case stripe.EventTypeCustomerSubscriptionUpdated:
		var c stripe.Customer
		if err := json.NewDecoder(bytes.NewReader(event.Data.Raw)).Decode(&c); err != nil { // want `customer.subscription.updated carries a stripe.Subscription, not a stripe.Customer`
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
	case stripe.EventTypeInvoiceItemCreated:
		var inv stripe.Invoice
		if err := json.Unmarshal(event.Data.Raw, &inv); err != nil { // want `invoiceitem.created carries a stripe.InvoiceItem, not a stripe.Invoice`
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
	case stripe.EventTypeCustomerTaxIDCreated:
		var id stripe.TaxID
		if err := json.Unmarshal(event.Data.Raw, &id); err != nil { // silent: the right type
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
	case stripe.EventTypeBillingMeterCreated:
		var m stripe.BillingMeter
		if err := json.Unmarshal(event.Data.Raw, &m); err != nil { // silent: the right type
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
	case stripe.EventTypeCustomerSourceCreated:
		var card stripe.Card
		if err := json.Unmarshal(event.Data.Raw, &card); err != nil { // silent: a card, a bank account or a source
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
	}
}

type meterError struct{ Reason string }

func thin(ev *stripe.V2CoreRawEvent) (string, error) {
	var d meterError
	json.Unmarshal(*ev.Data, &d) // want `error decoding event data is not checked`
	return d.Reason, nil
}
