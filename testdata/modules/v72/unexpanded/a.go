// Package unexpanded runs the unexpanded rule against the real stripe-go v72.
package unexpanded

import (
	"encoding/json"
	"log"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/invoice"
	"github.com/stripe/stripe-go/v72/paymentintent"
	"github.com/stripe/stripe-go/v72/sub"
	"github.com/stripe/stripe-go/v72/subitem"
)

func webhook(event stripe.Event) error {
	var inv stripe.Invoice
	if err := json.Unmarshal(event.Data.Raw, &inv); err != nil {
		return err
	}
	log.Print(inv.Subscription.Status)  // want `stripe.Invoice.Subscription is never expanded in an event, so Subscription.Status is always empty: retrieve the object with AddExpand\("subscription"\)`
	log.Print(inv.Customer.Email)       // want `stripe.Invoice.Customer is never expanded in an event, so Customer.Email is always empty: read CustomerEmail or retrieve the object with AddExpand\("customer"\)`
	log.Print(inv.Customer.ID)          // silent: the id
	log.Print(inv.Discount.Coupon.Name) // silent: a discount is sent in full
	for _, line := range inv.Lines.Data {
		log.Print(line.Price.Nickname) // silent: not from a variable with an origin, and a line's price is sent in full
	}
	return nil
}

func get(id string) error {
	params := &stripe.PaymentIntentParams{}
	params.AddExpand("customer")
	pi, err := paymentintent.Get(id, params)
	if err != nil {
		return err
	}
	log.Print(pi.Customer.Email) // silent: expanded
	log.Print(pi.Invoice.Number) // want `stripe.PaymentIntent.Invoice is not expanded by paymentintent.Get, so Invoice.Number is always empty: add AddExpand\("invoice"\)`
	return nil
}

func subscription(id string) error {
	s, err := sub.Get(id, nil)
	if err != nil {
		return err
	}
	log.Print(s.Customer.Email)           // want `stripe.Subscription.Customer is not expanded by sub.Get`
	log.Print(s.Items.Data[0].Price.Type) // silent: a subscription item's price is sent in full
	it, err := subitem.Get("si_1", nil)
	if err != nil {
		return err
	}
	log.Print(it.Price.Product.ID)   // silent: the id
	log.Print(it.Price.UnitAmount)   // silent: a subscription item's price is sent in full
	log.Print(it.Price.Product.Name) // want `stripe.Price.Product is not expanded by subitem.Get, so Product.Name is always empty: add AddExpand\("price.product"\)`
	return nil
}

func list() error {
	params := &stripe.InvoiceListParams{}
	params.AddExpand("data.subscription")
	it := invoice.List(params)
	for it.Next() {
		inv := it.Invoice()
		log.Print(inv.Subscription.Status) // silent: expanded
		log.Print(inv.Charge.Amount)       // want `stripe.Invoice.Charge is not expanded by invoice.List, so Charge.Amount is always empty: add AddExpand\("data.charge"\)`
	}
	return it.Err()
}
