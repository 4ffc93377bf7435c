// Package enumvalue runs enumvalue against the real stripe-go v85.
package enumvalue

import (
	"context"
	"log"

	stripe "github.com/stripe/stripe-go/v85"
)

const failed = "payment_intent.fail"

func handle(ctx context.Context, sc *stripe.Client, payload []byte, header, secret string) {
	ev, err := sc.ConstructEvent(payload, header, secret)
	if err != nil {
		return
	}
	switch ev.Type {
	case "payment_intent.failed": // want `"payment_intent.failed" is not a declared stripe.EventType value \(did you mean stripe.EventTypePaymentIntentPaymentFailed\?\)`
		log.Print("failed")
	case failed: // silent: no declared value is clearly meant; reported with -strict (see strict/)
		log.Print("failed")
	case "payment_intent.created", stripe.EventTypeChargeDisputeCreated: // silent: declared values
		log.Print("created")
	}
	pi, err := sc.V1PaymentIntents.Retrieve(ctx, "pi_123", nil)
	if err != nil {
		return
	}
	if pi.Status == "requires_paymentmethod" { // want `did you mean stripe.PaymentIntentStatusRequiresPaymentMethod`
		log.Print("ask for a payment method")
	}
	if pi.LastPaymentError != nil && pi.LastPaymentError.Code == "account_closed" { // silent: v85 declares it
		log.Print("closed")
	}
}
