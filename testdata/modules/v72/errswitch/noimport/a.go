// Package noimport switches on a stripe.ErrorType in a package that does not
// import the SDK's root package: go vet sees the root package only through
// the export data of paymentintent (no ErrorTypeCard in it), and must
// report what the standalone driver reports.
package noimport

import (
	"log"

	"github.com/stripe/stripe-go/v72/paymentintent"
)

func lastError(id string) {
	pi, err := paymentintent.Get(id, nil)
	if err != nil || pi.LastPaymentError == nil {
		return
	}
	switch pi.LastPaymentError.Type { // want `no case for stripe.ErrorTypeCard` `no case for stripe.ErrorTypeInvalidRequest`
	case "api_error":
		log.Print("indeterminate")
	case "idempotency_error":
		log.Print("reuse a key only for the identical call")
	default:
		log.Print(pi.LastPaymentError.Msg)
	}
}
