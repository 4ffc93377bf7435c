// Package callers calls package classify, which asserts its parameter to
// *stripe.Error (real stripe-go v72).
package callers

import (
	"log"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/refund"

	"example.com/v72fixtures/errorsas/callers/classify"
)

func refundOrder(charge string) {
	if err := classify.Refund(charge); classify.IsDeclined(err) { // want `wrapped error passed to classify.IsDeclined, whose assertion to \*stripe.Error misses it: use errors.As there`
		log.Print("declined")
	}
	_, err := refund.New(&stripe.RefundParams{Charge: stripe.String(charge)})
	if classify.IsDeclined(err) { // silent: the SDK's own error, never wrapped
		log.Print("declined")
	}
}
