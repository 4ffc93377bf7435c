// Package pkglevel exercises errorsas -strict on the package-level API of
// stripe-go v72, in a file that does not import errors yet: with -strict,
// every comma-ok assertion and type switch case to *stripe.Error is
// reported, whether or not the error may be wrapped (here most come from
// parameters). Without -strict, see the scenarios wrapped and regressions.
package pkglevel

import (
	"fmt"
	"log"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/paymentintent"
)

func pay(p *stripe.PaymentIntentParams) error {
	_, err := paymentintent.New(p)
	if err == nil {
		return nil
	}
	if se, ok := err.(*stripe.Error); ok { // want `type assertion to \*stripe.Error misses wrapped errors: use errors.As`
		return fmt.Errorf("stripe %s: %w", se.RequestID, err)
	}
	return err
}

func andCondition(err error) {
	if stripeErr, ok := err.(*stripe.Error); ok && stripeErr.Type == stripe.ErrorTypeCard { // want `type assertion to \*stripe.Error misses`
		log.Print(stripeErr.DeclineCode)
	} else if stripeErr != nil {
		log.Print(stripeErr.Msg)
	}
}

func negated(err error) error {
	if _, ok := err.(*stripe.Error); !ok { // want `type assertion to \*stripe.Error misses`
		return err
	}
	return nil
}

func inner(err error) {
	if ce, ok := err.(*stripe.CardError); ok { // want `type assertion to \*stripe.CardError never matches the \*stripe.Error the SDK returns: use errors.As`
		log.Print(ce.DeclineCode)
	}
}

func statement(err error) bool {
	se, ok := err.(*stripe.Error) // want `type assertion to \*stripe.Error misses`
	if !ok {
		return false
	}
	return se.Type == stripe.ErrorTypeCard
}

func singleValue(err error) string {
	return err.(*stripe.Error).RequestID // want `type assertion to \*stripe.Error panics on other errors: use errors.As`
}

func typeSwitch(err error) {
	switch e := err.(type) {
	case *stripe.Error: // want `type switch case \*stripe.Error misses wrapped errors: use errors.As`
		log.Print(e.Msg)
	case *stripe.InvalidRequestError, nil: // want `type switch case \*stripe.InvalidRequestError never matches the \*stripe.Error the SDK returns: use errors.As`
		log.Print("invalid or nil")
	case fmt.Stringer: // silent: not an SDK error type
		log.Print(e.String())
	}
}

// --- Reported, but no fix: it would not compile or would behave differently ---

func okUsedTwice(err error) {
	if se, ok := err.(*stripe.Error); ok { // want `type assertion to \*stripe.Error misses`
		log.Print(se.Msg, ok)
	}
}

func okNotFirst(err error, verbose bool) {
	if se, ok := err.(*stripe.Error); verbose && ok { // want `type assertion to \*stripe.Error misses`
		log.Print(se.Msg)
	}
}

func nameTakenInBlock(err error) {
	if se, ok := err.(*stripe.Error); ok { // want `type assertion to \*stripe.Error misses`
		log.Print(se.Msg)
	}
	se := "later"
	log.Print(se)
}

func nameParam(err error, se string) {
	if se, ok := err.(*stripe.Error); ok { // want `type assertion to \*stripe.Error misses`
		log.Print(se.Msg)
	}
	log.Print(se) // the parameter: a var se before the if would capture it
}

func elseIf(err error, ready bool) {
	if !ready {
		return
	} else if se, ok := err.(*stripe.Error); ok { // want `type assertion to \*stripe.Error misses`
		log.Print(se.Msg)
	}
}

func reassigned(err error) bool {
	var se *stripe.Error
	var ok bool
	se, ok = err.(*stripe.Error) // want `type assertion to \*stripe.Error misses`
	log.Print(se)
	return ok
}

// --- Silent: the nearest correct code ---

func withErrorsAs(err error) {
	var se *stripe.Error
	if asStripe(err, &se) { // silent: no type assertion
		log.Print(se.Msg)
	}
}

func asStripe(err error, target **stripe.Error) bool { return err != nil && target != nil }

func innerField(se *stripe.Error) {
	if ce, ok := se.Err.(*stripe.CardError); ok { // silent: the SDK stores the typed error in Err as is
		log.Print(ce.DeclineCode)
	}
	switch se.Err.(type) { // silent: errswitch's business
	case *stripe.InvalidRequestError:
		log.Print(se.Param)
	}
}

type coder interface{ Code() string }

func otherInterface(v interface{ Unwrap() error }) {
	if se, ok := v.(*stripe.Error); ok { // silent: not a value of type error
		log.Print(se.Msg)
	}
}

func otherType(err error) {
	if c, ok := err.(coder); ok { // silent: not an SDK type
		log.Print(c.Code())
	}
}

func suppressed(err error) {
	//stripeerrlint:ignore errorsas err comes straight from the SDK call above
	if se, ok := err.(*stripe.Error); ok {
		log.Print(se.Msg)
	}
}
