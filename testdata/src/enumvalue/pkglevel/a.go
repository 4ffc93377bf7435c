// Package pkglevel exercises enumvalue on the package-level API of
// stripe-go v72.
package pkglevel

import (
	"errors"
	"log"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/paymentintent"
	"github.com/stripe/stripe-go/v72/webhook"
)

const cardDeclinedTypo = "card_decline"

func classify(p *stripe.PaymentIntentParams) {
	_, err := paymentintent.New(p)
	var se *stripe.Error
	if !errors.As(err, &se) {
		return
	}
	if se.Type == "invalid_request" { // want `"invalid_request" is not a declared stripe.ErrorType value \(did you mean stripe.ErrorTypeInvalidRequest\?\)`
		log.Print(se.Param)
	}
	if se.Code == "card_decline" { // want `"card_decline" is not a declared stripe.ErrorCode value \(did you mean stripe.ErrorCodeCardDeclined\?\)`
		log.Print(se.DeclineCode)
	}
	if "insuficient_funds" != se.DeclineCode { // want `"insuficient_funds" is not a declared stripe.DeclineCode value \(did you mean stripe.DeclineCodeInsufficientFunds`
		log.Print("other decline")
	}
	if se.Code == cardDeclinedTypo { // want `cardDeclinedTypo \("card_decline"\) is not a declared stripe.ErrorCode value \(did you mean stripe.ErrorCodeCardDeclined`
		log.Print("a constant of our own: reported, not fixed")
	}
	if string(se.Type) == "api_eror" { // want `"api_eror" is not a declared stripe.ErrorType value \(did you mean stripe.ErrorTypeAPI`
		log.Print("through a conversion to string: reported, not fixed")
	}
	switch se.Code {
	case "expired_cards": // want `"expired_cards" is not a declared stripe.ErrorCode value \(did you mean stripe.ErrorCodeExpiredCard`
		log.Print("expired")
	case "incorect_cvc", stripe.ErrorCodeIncorrectNumber: // want `"incorect_cvc" is not a declared stripe.ErrorCode value \(did you mean stripe.ErrorCodeIncorrectCVC`
		log.Print("wrong details")
	case "incorrect_cvcs": // want `"incorrect_cvcs" is not a declared stripe.ErrorCode value \(did you mean stripe.ErrorCodeIncorrectCVC`
		log.Print("the fix above already uses incorrect_cvc: a second one would be a duplicate case")
	}
}

func status(id string) {
	pi, err := paymentintent.Get(id, nil)
	if err != nil {
		return
	}
	if pi.Status == "requires_paymentmethod" { // want `"requires_paymentmethod" is not a declared stripe.PaymentIntentStatus value \(did you mean stripe.PaymentIntentStatusRequiresPaymentMethod`
		log.Print("ask for a payment method")
	}
}

// --- Silent: the nearest correct code ---

func correct(se *stripe.Error, pi *stripe.PaymentIntent) {
	if se.Type == stripe.ErrorTypeInvalidRequest { // silent: the SDK constant
		log.Print(se.Param)
	}
	if se.Code == "card_declined" { // silent: a literal with a declared value
		log.Print(se.DeclineCode)
	}
	if se.Code == "" { // silent: the empty string means "no code"
		log.Print("no code")
	}
	const ok = "succeeded"
	if pi.Status == ok { // silent: a constant of our own with a declared value
		log.Print("paid")
	}
	if se.Msg == "invalid_request" { // silent: Msg is a plain string
		log.Print(se.Msg)
	}
	if stripe.ErrorTypeCard == "card_eror" { // silent: two constants, nothing is compared at run time
		log.Print("never")
	}
	if se.Type == stripe.ErrorType("card") { // silent: no declared value is clearly meant (card_error is 6 edits away); reported with -strict
		log.Print("too far from card_error to suggest it")
	}
}

// The API adds enum values faster than old SDK majors declare them: v72
// declares no PaymentMethodTypeUpi (v85 does), yet Stripe sends "upi" to a
// v72 integration, and a conversion is how v72 code spells it.
func isAsyncMethod(t stripe.PaymentMethodType) bool {
	return t == stripe.PaymentMethodTypeSepaDebit || t == stripe.PaymentMethodType("upi") // silent: no declared value is near "upi": it may be newer than the SDK (reported with -strict)
}

func newerValues(pm *stripe.PaymentMethod) {
	switch pm.Type {
	case stripe.PaymentMethodTypeCard: // silent: the SDK constant
		log.Print("card")
	case "upi", "pix": // silent: unrelated to every declared value, so possibly newer than the SDK
		log.Print("newer than v72")
	}
}

func v72Event(payload []byte, header, secret string) {
	event, err := webhook.ConstructEvent(payload, header, secret)
	if err != nil {
		return
	}
	if event.Type == "payment_intent.failed" { // silent: v72's Event.Type is a plain string, not an SDK enum
		log.Print(event.ID)
	}
}

func suppressed(se *stripe.Error) {
	//stripeerrlint:ignore enumvalue our test double answers with this misspelt code
	if se.Code == "expired_cards" {
		log.Print("test double")
	}
}
