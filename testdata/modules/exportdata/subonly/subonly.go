// Package subonly uses the package-level API of stripe-go v72 without
// importing the SDK's root package: stripe.ErrorType and
// stripe.PaymentIntentStatus reach it through paymentintent's export data,
// which declares none of their constants.
package subonly

import (
	"log"

	"github.com/stripe/stripe-go/v72/paymentintent"
)

// LastError switches on the ErrorType of the last payment error without
// a case for card errors or invalid requests: errswitch reports it in
// both drivers (its two constants are known without the root package).
func LastError(id string) {
	pi, err := paymentintent.Get(id, nil)
	if err != nil || pi.LastPaymentError == nil {
		return
	}
	switch pi.LastPaymentError.Type {
	case "api_error":
		log.Print("indeterminate")
	case "idempotency_error":
		log.Print("reuse a key only for the identical call")
	default:
		log.Print(pi.LastPaymentError.Msg)
	}
}

// NeedsMethod compares the status with a near miss of
// "requires_payment_method": enumvalue reports it only where the root
// package's constants are known (the standalone driver here, not go vet).
func NeedsMethod(id string) bool {
	pi, err := paymentintent.Get(id, nil)
	if err != nil {
		return false
	}
	return pi.Status == "requires_paymentmethod"
}
