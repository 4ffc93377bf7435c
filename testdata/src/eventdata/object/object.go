// Package object exercises eventdata's object category against the v85
// stubs: event data decoded into a type the event type does not carry.
package object

import (
	"encoding/json"
	"fmt"

	stripe "github.com/stripe/stripe-go/v85"
)

func handle(event stripe.Event) error {
	switch event.Type {
	case stripe.EventTypeChargeRefunded:
		var r stripe.Refund
		if err := json.Unmarshal(event.Data.Raw, &r); err != nil { // want `charge.refunded carries a stripe.Charge, not a stripe.Refund`
			return err
		}
		return refund(r.ID)
	case stripe.EventTypeChargeDisputeCreated:
		var c stripe.Charge
		if err := json.Unmarshal(event.Data.Raw, &c); err != nil { // want `charge.dispute.created carries a stripe.Dispute, not a stripe.Charge`
			return err
		}
	case stripe.EventTypeCustomerSubscriptionUpdated, stripe.EventTypeCustomerSubscriptionDeleted:
		var c stripe.Customer
		if err := json.Unmarshal(event.Data.Raw, &c); err != nil { // want `customer.subscription.updated carries a stripe.Subscription, not a stripe.Customer`
			return err
		}
	case stripe.EventTypeCheckoutSessionCompleted:
		var pi stripe.PaymentIntent
		if err := json.Unmarshal(event.Data.Raw, &pi); err != nil { // want `checkout.session.completed carries a stripe.CheckoutSession, not a stripe.PaymentIntent`
			return err
		}
	case "invoice.paid", "charge.succeeded":
		// Several event types in one case must all carry the type.
		var inv stripe.Invoice
		if err := json.Unmarshal(event.Data.Raw, &inv); err != nil { // want `charge.succeeded carries a stripe.Charge, not a stripe.Invoice`
			return err
		}
	}
	return nil
}

func refund(id string) error { return nil }

func ifOnType(event *stripe.Event) error {
	if event.Type == "setup_intent.succeeded" {
		var pi stripe.PaymentIntent
		if err := json.Unmarshal(event.Data.Raw, &pi); err != nil { // want `setup_intent.succeeded carries a stripe.SetupIntent, not a stripe.PaymentIntent`
			return err
		}
	}
	if stripe.EventTypePaymentIntentSucceeded == event.Type {
		var si stripe.SetupIntent
		if err := json.NewDecoder(nil).Decode(&si); err != nil { // silent: not event data
			return err
		}
	}
	return nil
}

func stringTag(event stripe.Event) error {
	switch string(event.Type) {
	case "payout.failed":
		var c stripe.Charge
		return json.Unmarshal(event.Data.Raw, &c) // want `payout.failed carries a stripe.Payout, not a stripe.Charge`
	}
	return nil
}

func tagless(event stripe.Event) error {
	switch {
	case event.Type == stripe.EventTypeRefundFailed:
		var c stripe.Charge
		return json.Unmarshal(event.Data.Raw, &c) // want `refund.failed carries a stripe.Refund, not a stripe.Charge`
	}
	return nil
}

// Silent: the right type, or an event type not known on the path.

func right(event stripe.Event) error {
	switch event.Type {
	case stripe.EventTypeChargeRefunded, stripe.EventTypeChargeSucceeded, "charge.failed":
		var c stripe.Charge
		return json.Unmarshal(event.Data.Raw, &c) // silent: every case carries a Charge
	case stripe.EventTypeChargeDisputeCreated:
		var d stripe.Dispute
		return json.Unmarshal(event.Data.Raw, &d) // silent
	case stripe.EventTypeCustomerSubscriptionCreated:
		s := new(stripe.Subscription)
		return json.Unmarshal(event.Data.Raw, s) // silent: a pointer variable
	case "invoice.payment_failed":
		var inv stripe.Invoice
		return json.Unmarshal(event.Data.Raw, &inv) // silent
	case "customer.source.created":
		var c stripe.Customer
		return json.Unmarshal(event.Data.Raw, &c) // silent: a card, a bank account or a source; the table leaves it out
	case "charge.refunded.typo":
		var r stripe.Refund
		return json.Unmarshal(event.Data.Raw, &r) // silent: an event type the table does not know
	case "invoice.created", "customer.source.updated":
		var c stripe.Charge
		return json.Unmarshal(event.Data.Raw, &c) // silent: one event type of the case is unknown
	default:
		var c stripe.Charge
		return json.Unmarshal(event.Data.Raw, &c) // silent: the default case knows no type
	}
}

type myCharge struct{ ID string }

func notSDKTypes(event stripe.Event, other stripe.Event) error {
	switch event.Type {
	case stripe.EventTypeInvoicePaid:
		var mine myCharge
		if err := json.Unmarshal(event.Data.Raw, &mine); err != nil { // silent: the user's own type
			return err
		}
		var m map[string]any
		if err := json.Unmarshal(event.Data.Raw, &m); err != nil { // silent: a map
			return err
		}
		var c stripe.Charge
		if err := json.Unmarshal(other.Data.Raw, &c); err != nil { // silent: another event's data
			return err
		}
		fmt.Println(mine, m, c)
	}
	return nil
}

func closure(event stripe.Event) error {
	switch event.Type {
	case stripe.EventTypeInvoicePaid:
		decode := func() error {
			var c stripe.Charge
			return json.Unmarshal(event.Data.Raw, &c) // silent: a function literal may run anywhere
		}
		return decode()
	}
	return nil
}

func elseBranch(event stripe.Event) error {
	if event.Type == stripe.EventTypeInvoicePaid {
		return nil
	} else {
		var c stripe.Charge
		return json.Unmarshal(event.Data.Raw, &c) // silent: the else branch knows only what the type is not
	}
}

func conjunction(event stripe.Event, live bool) error {
	if live && event.Type == stripe.EventTypeInvoicePaid {
		var c stripe.Charge
		return json.Unmarshal(event.Data.Raw, &c) // want `invoice.paid carries a stripe.Invoice, not a stripe.Charge`
	}
	if event.Type == stripe.EventTypeInvoicePaid || live {
		var c stripe.Charge
		return json.Unmarshal(event.Data.Raw, &c) // silent: || says nothing of the type
	}
	return nil
}

func fallingThrough(event stripe.Event) error {
	switch event.Type {
	case stripe.EventTypeInvoicePaid:
		fmt.Println("paid")
		fallthrough
	case stripe.EventTypeChargeSucceeded:
		var c stripe.Charge
		return json.Unmarshal(event.Data.Raw, &c) // silent: invoice.paid falls through to here
	}
	return nil
}

func reassigned(event stripe.Event, next stripe.Event) error {
	switch event.Type {
	case stripe.EventTypeChargeRefunded:
		event = next
		var r stripe.Refund
		return json.Unmarshal(event.Data.Raw, &r) // silent: event is not the one switched on any more
	}
	return nil
}

func addressTaken(event stripe.Event, load func(*stripe.Event)) error {
	switch event.Type {
	case stripe.EventTypeChargeRefunded:
		load(&event)
		var r stripe.Refund
		return json.Unmarshal(event.Data.Raw, &r) // silent: load may change event
	}
	return nil
}

func decodedEvent(payload []byte) error {
	var event stripe.Event
	if err := json.Unmarshal(payload, &event); err != nil { // the event's own address, before the switch: fine
		return err
	}
	switch event.Type {
	case stripe.EventTypeChargeRefunded:
		var r stripe.Refund
		return json.Unmarshal(event.Data.Raw, &r) // want `charge.refunded carries a stripe.Charge, not a stripe.Refund`
	}
	return nil
}

func guarded(event stripe.Event) error {
	if event.Type != stripe.EventTypeCheckoutSessionCompleted {
		return nil
	}
	var pi stripe.PaymentIntent
	return json.Unmarshal(event.Data.Raw, &pi) // want `checkout.session.completed carries a stripe.CheckoutSession, not a stripe.PaymentIntent`
}

func guardedOr(event stripe.Event, live bool) error {
	if !live || "invoice.paid" != event.Type {
		return nil
	}
	if live {
		var c stripe.Charge
		return json.Unmarshal(event.Data.Raw, &c) // want `invoice.paid carries a stripe.Invoice, not a stripe.Charge`
	}
	return nil
}

func guardedThenReassigned(event stripe.Event, next stripe.Event) error {
	if event.Type != stripe.EventTypeChargeRefunded {
		return nil
	}
	event = next
	var r stripe.Refund
	return json.Unmarshal(event.Data.Raw, &r) // silent: event is not the one tested any more
}

func guardWithoutReturn(event stripe.Event) error {
	if event.Type != stripe.EventTypeChargeRefunded {
		fmt.Println("not a refund")
	}
	var r stripe.Refund
	return json.Unmarshal(event.Data.Raw, &r) // silent: the guard does not leave
}

func guardPastLabel(event stripe.Event) error {
	if event.Type == "" {
		goto decode
	}
	if event.Type != stripe.EventTypeChargeRefunded {
		return nil
	}
decode:
	var r stripe.Refund
	return json.Unmarshal(event.Data.Raw, &r) // silent: goto jumps past the guard
}

func guardedLoop(event stripe.Event, next func() stripe.Event) error {
	if event.Type != stripe.EventTypeChargeRefunded {
		return nil
	}
	for range 2 {
		var r stripe.Refund
		if err := json.Unmarshal(event.Data.Raw, &r); err != nil { // silent: the second time round, event is another one
			return err
		}
		event = next()
	}
	return nil
}
