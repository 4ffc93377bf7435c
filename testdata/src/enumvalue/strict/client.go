package strict

// This file: stripe-go v85, whose Event.Type is a stripe.EventType.

import (
	"log"

	sdk "github.com/stripe/stripe-go/v85"
)

const failed = "payment_intent.fail"

func handle(sc *sdk.Client, payload []byte, header, secret string) {
	event, err := sc.ConstructEvent(payload, header, secret)
	if err != nil {
		return
	}
	switch event.Type {
	case failed: // want `failed \("payment_intent.fail"\) is not a declared stripe.EventType value \(compare with one of the stripe.EventType constants\)`
		log.Print("a constant of our own")
	case "payment_intent.future_event": // want `"payment_intent.future_event" is not a declared stripe.EventType value \(compare with one of the stripe.EventType constants\)`
		log.Print("newer than the SDK, or a mistake: -strict reports it")
	case sdk.EventTypePaymentIntentSucceeded: // silent: the SDK constant
		log.Print("paid")
	}
}
