// Package pkglevel exercises nilerror on the stripe-go v72 stubs, with the
// package-level API.
package pkglevel

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/invoice"
	"github.com/stripe/stripe-go/v72/paymentintent"
	"github.com/stripe/stripe-go/v72/setupintent"
)

// The guide's webhook example: LastPaymentError read unchecked.
func webhook(raw []byte) {
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(raw, &pi); err != nil {
		return
	}
	log.Printf("payment failed: %s", pi.LastPaymentError.Msg) // want `stripe.PaymentIntent.LastPaymentError is nil unless something failed: check it before reading Msg`
}

func assignment(id string) string {
	pi, err := paymentintent.Get(id, nil)
	if err != nil {
		return ""
	}
	var code stripe.ErrorCode
	code = pi.LastPaymentError.Code // want `stripe.PaymentIntent.LastPaymentError is nil unless something failed: check it before reading Code`
	return string(code)
}

func onlyTheFirst(pi *stripe.PaymentIntent) string {
	fmt.Println(pi.LastPaymentError.Code) // want `stripe.PaymentIntent.LastPaymentError is nil unless something failed`
	return pi.LastPaymentError.Msg        // silent: the line above would have panicked if it were nil
}

func earlyReturn(pi *stripe.PaymentIntent) string {
	if pi.LastPaymentError == nil {
		return ""
	}
	return pi.LastPaymentError.Msg // silent: checked above
}

func inside(pi *stripe.PaymentIntent) string {
	if pi.LastPaymentError != nil {
		return pi.LastPaymentError.Msg // silent: inside the check
	}
	return pi.LastPaymentError.Msg // want `stripe.PaymentIntent.LastPaymentError is nil unless something failed`
}

func conjunction(pi *stripe.PaymentIntent) bool {
	return pi.LastPaymentError != nil && pi.LastPaymentError.Code == stripe.ErrorCodeCardDeclined // silent: && guards its right operand
}

func disjunction(pi *stripe.PaymentIntent) bool {
	return pi.LastPaymentError == nil || pi.LastPaymentError.Code == stripe.ErrorCodeCardDeclined // silent: || guards its right operand
}

func wrongConjunction(pi *stripe.PaymentIntent) bool {
	return pi.LastPaymentError == nil && pi.LastPaymentError.Code == stripe.ErrorCodeCardDeclined // want `stripe.PaymentIntent.LastPaymentError is nil unless something failed`
}

func negated(pi *stripe.PaymentIntent) string {
	if !(pi.LastPaymentError != nil) {
		return ""
	}
	return pi.LastPaymentError.Msg // silent: checked above
}

func switchCases(pi *stripe.PaymentIntent) string {
	switch {
	case pi.LastPaymentError == nil:
		return "ok"
	case pi.LastPaymentError.Code == stripe.ErrorCodeCardDeclined: // silent: the case above handled nil
		return "declined"
	}
	return pi.LastPaymentError.Msg // silent: no case matched, so it is not nil
}

func tagSwitch(pi *stripe.PaymentIntent) string {
	switch pi.LastPaymentError {
	case nil:
		return "ok"
	default:
		return pi.LastPaymentError.Msg // silent: the nil case came first
	}
}

func copied(pi *stripe.PaymentIntent) string {
	if pi.LastPaymentError == nil {
		return ""
	}
	lpe := pi.LastPaymentError
	return lpe.Msg // silent: copied from a checked field
}

func copiedUnchecked(pi *stripe.PaymentIntent) string {
	lpe := pi.LastPaymentError
	return lpe.Msg // want `lpe \(stripe.PaymentIntent.LastPaymentError\) is nil unless something failed: check it before reading Msg`
}

func copyChecked(pi *stripe.PaymentIntent) string {
	lpe := pi.LastPaymentError
	if lpe != nil {
		return lpe.Msg // silent: the copy is checked
	}
	return ""
}

func reassigned(pi *stripe.PaymentIntent, other *stripe.PaymentIntent) string {
	if pi.LastPaymentError == nil {
		return ""
	}
	pi = other
	return pi.LastPaymentError.Msg // want `stripe.PaymentIntent.LastPaymentError is nil unless something failed`
}

func loop(pis []*stripe.PaymentIntent) {
	for _, pi := range pis {
		if pi.LastPaymentError == nil {
			continue
		}
		log.Print(pi.LastPaymentError.Code) // silent: continue skipped the nil ones
	}
	for _, pi := range pis {
		log.Print(pi.LastPaymentError.Code) // want `stripe.PaymentIntent.LastPaymentError is nil unless something failed`
	}
}

func fatalGuard(pi *stripe.PaymentIntent) string {
	if pi.LastPaymentError == nil {
		log.Fatal("no error")
	}
	return pi.LastPaymentError.Msg // silent: log.Fatal does not return
}

func closure(pi *stripe.PaymentIntent) func() string {
	if pi.LastPaymentError != nil {
		return func() string { return pi.LastPaymentError.Msg } // silent: created inside the check
	}
	return func() string { return pi.LastPaymentError.Msg } // want `stripe.PaymentIntent.LastPaymentError is nil unless something failed`
}

func setupAndInvoice(id string) {
	si, err := setupintent.Get(id, nil)
	if err != nil {
		return
	}
	log.Print(si.LastSetupError.Code) // want `stripe.SetupIntent.LastSetupError is nil unless something failed: check it before reading Code`
	in, err := invoice.Get(id, nil)
	if err != nil {
		return
	}
	if in.LastFinalizationError != nil {
		log.Print(in.LastFinalizationError.Msg) // silent: checked
	}
}

func setupAttempt(sa *stripe.SetupAttempt) stripe.ErrorType {
	return sa.SetupError.Type // want `stripe.SetupAttempt.SetupError is nil unless something failed: check it before reading Type`
}

func errorObjects(err error) string {
	var se *stripe.Error
	if !errors.As(err, &se) {
		return ""
	}
	if se.PaymentIntent != nil {
		log.Print(se.PaymentIntent.ID) // silent: checked
	}
	log.Print(se.SetupIntent.ID) // want `stripe.Error.SetupIntent is nil when the error involves no SetupIntent: check it before reading ID`
	return se.PaymentIntent.ID   // want `stripe.Error.PaymentIntent is nil when the error involves no PaymentIntent: check it before reading ID`
}

func deref(pi *stripe.PaymentIntent) stripe.Error {
	return *pi.LastPaymentError // want `stripe.PaymentIntent.LastPaymentError is nil unless something failed: check it before dereferencing it`
}

func pointerMethod(pi *stripe.PaymentIntent) string {
	return pi.LastPaymentError.Error() // silent: (*stripe.Error).Error handles nil (it returns "null")
}

func onlyCompared(pi *stripe.PaymentIntent) bool {
	return pi.LastPaymentError != nil // silent: a comparison reads nothing through it
}

func passed(pi *stripe.PaymentIntent) {
	describe(pi.LastPaymentError) // silent: passing it on dereferences nothing
}

func describe(e *stripe.Error) string {
	return e.Msg // silent: a parameter; its nilness is the caller's business
}

func indexed(pis []*stripe.PaymentIntent) string {
	if pis[0].LastPaymentError != nil {
		return pis[0].LastPaymentError.Msg // silent: the same element, checked
	}
	return ""
}

func suppressed(pi *stripe.PaymentIntent) string {
	//stripeerrlint:ignore nilerror the payment_failed event always carries it
	return pi.LastPaymentError.Msg
}
