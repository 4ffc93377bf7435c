// Package wrapped exercises errorsas (without -strict) on the
// package-level API of stripe-go v72, in a file that does not import
// errors yet: comma-ok assertions and type switch cases to *stripe.Error
// are reported when the error may be wrapped; the single-value form and
// the typed inner errors always.
package wrapped

import (
	"fmt"
	"log"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/paymentintent"
)

// charge is a wrapper that wraps: its callers get the Stripe error inside
// a *fmt.wrapError.
func charge(p *stripe.PaymentIntentParams) error {
	_, err := paymentintent.New(p)
	if err != nil {
		return fmt.Errorf("charge: %w", err)
	}
	return nil
}

// lookup is a wrapper that returns the SDK's error as is.
func lookup(id string) error {
	_, err := paymentintent.Get(id, nil)
	return err
}

func wrappedInPlace(p *stripe.PaymentIntentParams) error {
	_, err := paymentintent.New(p)
	if err != nil {
		err = fmt.Errorf("order 42: %w", err)
	}
	if se, ok := err.(*stripe.Error); ok { // want `type assertion to \*stripe.Error misses wrapped errors: use errors.As`
		log.Print(se.Code)
	}
	return err
}

func fromWrappingWrapper(p *stripe.PaymentIntentParams) bool {
	err := charge(p)
	se, ok := err.(*stripe.Error) // want `type assertion to \*stripe.Error misses wrapped errors: use errors.As`
	return ok && se.Type == stripe.ErrorTypeCard
}

func typeSwitchOnWrapper(p *stripe.PaymentIntentParams) {
	switch e := charge(p).(type) {
	case *stripe.Error: // want `type switch case \*stripe.Error misses wrapped errors: use errors.As`
		log.Print(e.Msg)
	case nil:
		log.Print("paid")
	}
}

func capturedByLiteral(p *stripe.PaymentIntentParams) func() string {
	err := charge(p)
	return func() string {
		if se, ok := err.(*stripe.Error); ok { // want `type assertion to \*stripe.Error misses wrapped errors: use errors.As`
			return se.Msg
		}
		return ""
	}
}

func singleValueDirect(p *stripe.PaymentIntentParams) string {
	_, err := paymentintent.New(p)
	return err.(*stripe.Error).RequestID // want `type assertion to \*stripe.Error panics on other errors: use errors.As`
}

func singleValueParam(err error) stripe.ErrorType {
	return err.(*stripe.Error).Type // want `type assertion to \*stripe.Error panics on other errors: use errors.As`
}

func innerDirect(p *stripe.PaymentIntentParams) {
	_, err := paymentintent.New(p)
	if ce, ok := err.(*stripe.CardError); ok { // want `type assertion to \*stripe.CardError never matches the \*stripe.Error the SDK returns: use errors.As`
		log.Print(ce.DeclineCode)
	}
}

func innerSingleValue(err error) stripe.DeclineCode {
	return err.(*stripe.CardError).DeclineCode // want `type assertion to \*stripe.CardError never matches the \*stripe.Error the SDK returns: use errors.As`
}

func innerTypeSwitchParam(err error) {
	switch err.(type) {
	case *stripe.InvalidRequestError: // want `type switch case \*stripe.InvalidRequestError never matches the \*stripe.Error the SDK returns: use errors.As`
		log.Print("invalid")
	case *stripe.Error: // silent: err is a parameter (see -strict)
		log.Print("stripe")
	}
}

// --- Silent: the nearest correct code ---

func direct(p *stripe.PaymentIntentParams) error {
	_, err := paymentintent.New(p)
	if se, ok := err.(*stripe.Error); ok { // silent: the SDK's own error, never wrapped: the assertion is exact
		return fmt.Errorf("stripe %s: %w", se.RequestID, err)
	}
	return err
}

func directTypeSwitch(p *stripe.PaymentIntentParams) {
	_, err := paymentintent.New(p)
	switch e := err.(type) {
	case *stripe.Error: // silent: the SDK's own error
		log.Print(e.Msg)
	}
}

func wrappedAfterTheAssertion(p *stripe.PaymentIntentParams) error {
	_, err := paymentintent.New(p)
	se, ok := err.(*stripe.Error) // silent: exact here; the wrapping below makes a new variable
	if ok {
		log.Print(se.Msg)
	}
	wrapped := fmt.Errorf("pay: %w", err)
	return wrapped
}

func fromNonWrappingWrapper(id string) {
	err := lookup(id)
	if se, ok := err.(*stripe.Error); ok { // silent: lookup returns the SDK's error as is
		log.Print(se.Msg)
	}
}

func parameter(err error) bool {
	se, ok := err.(*stripe.Error) // silent: a classifier handed the SDK's error (see -strict)
	return ok && se.Code == stripe.ErrorCodeResourceMissing
}

type result struct{ err error }

func field(r result) {
	if se, ok := r.err.(*stripe.Error); ok { // silent: a field, not known to be wrapped
		log.Print(se.Msg)
	}
}

func percentV(p *stripe.PaymentIntentParams) {
	_, err := paymentintent.New(p)
	err = fmt.Errorf("pay: %v", err)
	if _, ok := err.(*stripe.Error); ok { // silent: %v makes a new error with no chain: errors.As would not find it either
		log.Print("never")
	}
}

func innerField(se *stripe.Error) {
	if ce, ok := se.Err.(*stripe.CardError); ok { // silent: the SDK stores the typed error in Err as is
		log.Print(ce.DeclineCode)
	}
}
