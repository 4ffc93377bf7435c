// Package nodefault holds switches that classify Stripe errors with two or
// more case clauses and no default clause: every category they do not
// name falls through the switch unhandled. They are reported when card or
// invalid-request errors have no case, as switches with a default are.
// This file: package-level API of stripe-go v72.
package nodefault

import (
	"log"

	stripe "github.com/stripe/stripe-go/v72"
)

func twoCasesNoDefault(se *stripe.Error) error {
	switch se.Type { // want `switch on stripe.ErrorType has no case for stripe.ErrorTypeCard` `no case for stripe.ErrorTypeInvalidRequest`
	case stripe.ErrorTypeAPI:
		log.Print("indeterminate")
	case stripe.ErrorTypeIdempotency:
		log.Print("reuse a key only for the identical call")
	}
	return se
}

func typeSwitchTwoCases(se *stripe.Error) {
	switch se.Err.(type) { // want `type switch on \(\*stripe.Error\).Err has no case for \*stripe.CardError` `no case for \*stripe.InvalidRequestError`
	case *stripe.APIError:
		log.Print("indeterminate")
	case *stripe.RateLimitError:
		log.Print("back off")
	}
}

func cardOnly(se *stripe.Error) error {
	switch se.Type { // want `switch on stripe.ErrorType has no case for stripe.ErrorTypeInvalidRequest`
	case stripe.ErrorTypeCard:
		return nil
	case stripe.ErrorTypeAPI:
		log.Print("indeterminate")
	}
	return se
}

// --- Silent ---

func bothNamed(se *stripe.Error) error {
	switch se.Type { // silent: card and invalid-request each have a case
	case stripe.ErrorTypeCard:
		return nil
	case stripe.ErrorTypeInvalidRequest:
		log.Print(se.Param)
	}
	return se
}

func oneClause(se *stripe.Error) error {
	switch se.Type { // silent: one clause without default is an if
	case stripe.ErrorTypeAPI, stripe.ErrorTypeAPIConnection:
		log.Print("indeterminate")
	}
	return se
}

func cardFirst(se *stripe.Error) error {
	if se.Type == stripe.ErrorTypeCard {
		return nil
	}
	switch se.Type { // silent: card errors are handled before the switch
	case stripe.ErrorTypeInvalidRequest:
		log.Print(se.Param)
	case stripe.ErrorTypeAPI:
		log.Print("indeterminate")
	}
	return se
}

func typeSwitchBoth(se *stripe.Error) {
	switch e := se.Err.(type) { // silent: both typed errors have a case
	case *stripe.CardError:
		log.Print(e.DeclineCode)
	case *stripe.InvalidRequestError:
		log.Print(se.Param)
	}
}
