// Package client exercises enumvalue on stripe-go v85, whose Event.Type is
// a stripe.EventType, with the client API.
package client

import (
	"context"
	"log"

	stripe "github.com/stripe/stripe-go/v85"
)

const failed = "payment_intent.fail"

func handle(sc *stripe.Client, payload []byte, header, secret string) {
	event, err := sc.ConstructEvent(payload, header, secret)
	if err != nil {
		return
	}
	if event.Type == "payment_intent.failed" { // want `"payment_intent.failed" is not a declared stripe.EventType value \(did you mean stripe.EventTypePaymentIntentPaymentFailed\?\)`
		log.Print("failed")
	}
	if event.Type == failed { // silent: no declared value is clearly meant; reported with -strict
		log.Print("a constant of our own, untyped: its value is converted to stripe.EventType")
	}
	if event.Type == "payment_intent.future_event" { // silent: unrelated to every declared value, so possibly newer than the SDK (reported with -strict)
		log.Print("a newer event")
	}
	switch event.Type {
	case stripe.EventTypePaymentIntentSucceeded: // silent: the SDK constant
		log.Print("paid")
	case "invoice.payment_failed": // silent: a literal with a declared value
		log.Print("invoice")
	case "payment_intent.cancelled": // want `"payment_intent.cancelled" is not a declared stripe.EventType value \(did you mean stripe.EventTypePaymentIntentCanceled`
		log.Print("canceled")
	}
}

func retrieve(ctx context.Context, sc *stripe.Client, id string) {
	pi, err := sc.V1PaymentIntents.Retrieve(ctx, id, nil)
	if err != nil {
		return
	}
	if pi.Status != "succeded" { // want `"succeded" is not a declared stripe.PaymentIntentStatus value \(did you mean stripe.PaymentIntentStatusSucceeded`
		log.Print("not paid")
	}
	if pi.Status == stripe.PaymentIntentStatusRequiresAction { // silent: the SDK constant
		log.Print("3DS")
	}
}
