// Package regressions holds patterns from real Stripe integrations that
// errorsas once got wrong.
//
// assertdirect: a comma-ok assertion on an error that comes straight from
// the SDK, in the handler that made the call or in a small classifier its
// callers hand that error unchanged. The SDK never wraps, so the assertion
// is exact (it is the shape of Stripe's own Go examples); it used to be
// reported as missing wrapped errors.
package regressions

import (
	"fmt"
	"net/http"

	stripe "github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/refund"
)

func refundCharge(w http.ResponseWriter, charge string) {
	_, err := refund.New(&stripe.RefundParams{Charge: stripe.String(charge)})
	if err != nil {
		if se, ok := err.(*stripe.Error); ok { // silent: the SDK's own error: the assertion is exact
			http.Error(w, se.Msg, http.StatusPaymentRequired)
			return
		}
		http.Error(w, "try again later", http.StatusServiceUnavailable)
	}
}

func isMissing(err error) bool {
	se, ok := err.(*stripe.Error) // silent: a parameter; its callers pass the SDK's error
	return ok && se.Code == stripe.ErrorCodeResourceMissing
}

func refundTwice(charge string) error {
	_, err := refund.New(&stripe.RefundParams{Charge: stripe.String(charge)})
	if isMissing(err) {
		return nil
	}
	return err
}

// --- Still reported: the nearest wrong code ---

func refundWrapped(w http.ResponseWriter, charge string) {
	_, err := refund.New(&stripe.RefundParams{Charge: stripe.String(charge)})
	if err != nil {
		err = fmt.Errorf("refund %s: %w", charge, err)
		if se, ok := err.(*stripe.Error); ok { // want `type assertion to \*stripe.Error misses wrapped errors: use errors.As`
			http.Error(w, se.Msg, http.StatusPaymentRequired)
		}
	}
}

func refundSingleValue(w http.ResponseWriter, charge string) {
	_, err := refund.New(&stripe.RefundParams{Charge: stripe.String(charge)})
	if err != nil {
		http.Error(w, err.(*stripe.Error).Msg, http.StatusPaymentRequired) // want `type assertion to \*stripe.Error panics on other errors: use errors.As`
	}
}
