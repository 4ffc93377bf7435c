// Package unexpanded runs the unexpanded rule against the real stripe-go v85.
package unexpanded

import (
	"context"
	"encoding/json"
	"log"

	stripe "github.com/stripe/stripe-go/v85"
)

func webhook(event stripe.Event) error {
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(event.Data.Raw, &pi); err != nil {
		return err
	}
	log.Print(pi.Customer.Email)        // want `stripe.PaymentIntent.Customer is never expanded in an event, so Customer.Email is always empty: retrieve the object with AddExpand\("customer"\)`
	log.Print(pi.LatestCharge.Captured) // want `stripe.PaymentIntent.LatestCharge is never expanded in an event`
	log.Print(pi.Customer.ID)           // silent: the id
	return nil
}

func invoiceEvent(event stripe.Event) error {
	var inv stripe.Invoice
	if err := json.Unmarshal(event.Data.Raw, &inv); err != nil {
		return err
	}
	log.Print(inv.Parent.SubscriptionDetails.Subscription.Status) // want `stripe.InvoiceParentSubscriptionDetails.Subscription is never expanded in an event, so Subscription.Status is always empty: retrieve the object with AddExpand\("parent.subscription_details.subscription"\)`
	log.Print(inv.Customer.Email)                                 // want `read CustomerEmail or retrieve the object with AddExpand\("customer"\)`
	return nil
}

func checkoutEvent(event stripe.Event) error {
	var session stripe.CheckoutSession
	if err := json.Unmarshal(event.Data.Raw, &session); err != nil {
		return err
	}
	if session.CustomerDetails != nil {
		log.Print(session.CustomerDetails.Email) // silent: not a reference
	}
	log.Print(session.Customer.Email) // want `stripe.CheckoutSession.Customer is never expanded in an event, so Customer.Email is always empty: retrieve the object with AddExpand\("customer"\)$`
	return nil
}

func retrieve(ctx context.Context, sc *stripe.Client, id string) error {
	params := &stripe.SubscriptionRetrieveParams{}
	params.AddExpand("latest_invoice.payment_intent")
	s, err := sc.V1Subscriptions.Retrieve(ctx, id, params)
	if err != nil {
		return err
	}
	log.Print(s.LatestInvoice.Status)           // silent: expanded through latest_invoice.payment_intent
	log.Print(s.Customer.Email)                 // want `stripe.Subscription.Customer is not expanded by \(\*stripe.Client\).V1Subscriptions.Retrieve, so Customer.Email is always empty: add AddExpand\("customer"\)`
	log.Print(s.Items.Data[0].Price.UnitAmount) // silent: a subscription item's price is sent in full
	return nil
}

func item(ctx context.Context, sc *stripe.Client) error {
	si, err := sc.V1SubscriptionItems.Retrieve(ctx, "si_1", nil)
	if err != nil {
		return err
	}
	log.Print(si.Price.UnitAmount)   // silent: a subscription item's price is sent in full
	log.Print(si.Price.Product.Name) // want `stripe.Price.Product is not expanded by \(\*stripe.Client\).V1SubscriptionItems.Retrieve, so Product.Name is always empty: add AddExpand\("price.product"\)`
	return nil
}

func list(ctx context.Context, sc *stripe.Client) error {
	params := &stripe.ChargeListParams{}
	params.AddExpand("data.customer")
	for ch, err := range sc.V1Charges.List(ctx, params).All(ctx) {
		if err != nil {
			return err
		}
		log.Print(ch.Customer.Email)       // silent: expanded
		log.Print(ch.PaymentIntent.Status) // want `stripe.Charge.PaymentIntent is not expanded by \(\*stripe.Client\).V1Charges.List, so PaymentIntent.Status is always empty: add AddExpand\("data.payment_intent"\)`
	}
	return nil
}
