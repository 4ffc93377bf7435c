// Package enumvalue runs enumvalue against the real stripe-go v72.
package enumvalue

import (
	"errors"
	"log"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/paymentintent"
	"github.com/stripe/stripe-go/v72/webhook"
)

func classify(p *stripe.PaymentIntentParams) {
	_, err := paymentintent.New(p)
	var se *stripe.Error
	if !errors.As(err, &se) {
		return
	}
	if se.Type == "invalid_request" { // want `"invalid_request" is not a declared stripe.ErrorType value \(did you mean stripe.ErrorTypeInvalidRequest\?\)`
		log.Print(se.Param)
	}
	switch se.Code {
	case "card_decline": // want `"card_decline" is not a declared stripe.ErrorCode value \(did you mean stripe.ErrorCodeCardDeclined\?\)`
		log.Print(se.DeclineCode)
	case "rate_limit", "lock_timeout": // silent: declared values
		log.Print("retry with back-off")
	}
	if se.DeclineCode == "pickup_card" { // silent: the real v72 declares all 47 decline codes
		log.Print("keep the card")
	}
}

// v72.122.0 declares no PaymentMethodTypeUpi (v85 does), yet Stripe sends
// "upi" to a v72 integration whose account has UPI.
func isAsyncMethod(t stripe.PaymentMethodType) bool {
	return t == stripe.PaymentMethodTypeSepaDebit || t == stripe.PaymentMethodType("upi") // silent: no declared value is near "upi": it may be newer than the SDK (reported with -strict, see strict/)
}

func event(payload []byte, header, secret string) {
	ev, err := webhook.ConstructEvent(payload, header, secret)
	if err != nil {
		return
	}
	if ev.Type == "payment_intent.failed" { // silent: v72's Event.Type is a plain string
		log.Print(ev.ID)
	}
}
