// Package event exercises unexpanded on objects decoded from events, with
// the stripe-go v72 stubs.
package event

import (
	"encoding/json"
	"log"

	stripe "github.com/stripe/stripe-go/v72"
)

func handle(event stripe.Event) error {
	switch event.Type {
	case "payment_intent.succeeded":
		var pi stripe.PaymentIntent
		if err := json.Unmarshal(event.Data.Raw, &pi); err != nil {
			return err
		}
		log.Print(pi.Customer.ID)    // silent: the id is always there
		log.Print(pi.Customer.Email) // want `stripe.PaymentIntent.Customer is never expanded in an event, so Customer.Email is always empty: retrieve the object with AddExpand\("customer"\)`
		log.Print(pi.Amount)         // silent: not through a reference
		if pi.Customer != nil {      // silent: the field itself
			log.Print(pi.Invoice.Status) // want `stripe.PaymentIntent.Invoice is never expanded in an event, so Invoice.Status is always empty: retrieve the object with AddExpand\("invoice"\)`
		}
	case "invoice.paid":
		inv := &stripe.Invoice{}
		if err := json.Unmarshal(event.Data.Raw, inv); err != nil {
			return err
		}
		log.Print(inv.Customer.Email) // want `stripe.Invoice.Customer is never expanded in an event, so Customer.Email is always empty: read CustomerEmail or retrieve the object with AddExpand\("customer"\)`
		log.Print(inv.CustomerEmail)  // silent: the copy the invoice carries
	case "charge.succeeded":
		var ch stripe.Charge
		if err := json.Unmarshal(event.Data.Raw, &ch); err != nil {
			return err
		}
		log.Print(ch.PaymentIntent.Status) // want `stripe.Charge.PaymentIntent is never expanded in an event, so PaymentIntent.Status is always empty`
	}
	return nil
}

// filled fetches the customer before reading it: silent.
func filled(event *stripe.Event, fetch func(string) *stripe.Customer) error {
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(event.Data.Raw, &pi); err != nil {
		return err
	}
	pi.Customer = fetch(pi.Customer.ID)
	log.Print(pi.Customer.Email) // silent: the field was written
	return nil
}

// handedOn lets another function fill in the object: silent.
func handedOn(event *stripe.Event, fill func(*stripe.PaymentIntent)) error {
	pi := &stripe.PaymentIntent{}
	if err := json.Unmarshal(event.Data.Raw, pi); err != nil {
		return err
	}
	fill(pi)
	log.Print(pi.Customer.Email) // silent: fill may expand it
	return nil
}

// notEvent decodes other bytes: silent.
func notEvent(body []byte) error {
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(body, &pi); err != nil {
		return err
	}
	log.Print(pi.Customer.Email) // silent: not an event's data (the caller may have expanded)
	return nil
}

// subscription reads the always-expanded latest invoice only by id.
func subscription(event stripe.Event) {
	var sub stripe.Subscription
	_ = json.Unmarshal(event.Data.Raw, &sub)
	go func() {
		log.Print(sub.LatestInvoice.AmountDue) // want `stripe.Subscription.LatestInvoice is never expanded in an event`
	}()
}
