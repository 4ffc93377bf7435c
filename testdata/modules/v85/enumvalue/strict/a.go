// Package strict runs enumvalue -strict against the real stripe-go v85.
package strict

import (
	"log"

	stripe "github.com/stripe/stripe-go/v85"
)

const failed = "payment_intent.fail"

func handle(sc *stripe.Client, payload []byte, header, secret string) {
	ev, err := sc.ConstructEvent(payload, header, secret)
	if err != nil {
		return
	}
	switch ev.Type {
	case failed: // want `failed \("payment_intent.fail"\) is not a declared stripe.EventType value \(compare with one of the stripe.EventType constants\)`
		log.Print("failed")
	case stripe.EventTypePaymentIntentPaymentFailed: // silent: the SDK constant
		log.Print("failed")
	}
}

// v85.0.0 declares PaymentMethodTypeUpi: "upi" is a declared value.
func isAsyncMethod(t stripe.PaymentMethodType) bool {
	return t == stripe.PaymentMethodType("upi") // silent: a declared value
}
