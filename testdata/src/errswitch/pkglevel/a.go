// Package pkglevel exercises errswitch on the package-level API of
// stripe-go v72.
package pkglevel

import (
	"errors"
	"log"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/paymentintent"
)

func missingBoth(p *stripe.PaymentIntentParams) {
	_, err := paymentintent.New(p)
	var se *stripe.Error
	if errors.As(err, &se) {
		switch se.Type { // want `switch on stripe.ErrorType has no case for stripe.ErrorTypeCard: ask the customer for another payment method` `switch on stripe.ErrorType has no case for stripe.ErrorTypeInvalidRequest: fix the call; retry rate_limit and lock_timeout with back-off`
		case stripe.ErrorTypeAPI:
			log.Print("retrieve the object later")
		case stripe.ErrorTypeIdempotency:
			log.Print("reuse a key only for the identical call")
		default:
			log.Print(se.Msg)
		}
	}
}

func missingCardNoDefault(se *stripe.Error) {
	// Three categories, no default: a classification even so.
	switch se.Type { // want `switch on stripe.ErrorType has no case for stripe.ErrorTypeCard`
	case stripe.ErrorTypeInvalidRequest:
		log.Print(se.Param)
	case stripe.ErrorTypeAPI:
		log.Print("indeterminate")
	case stripe.ErrorTypeIdempotency:
		log.Print("reuse a key only for the identical call")
	}
}

func defaultDoesNotCount(pi *stripe.PaymentIntent) {
	// A default branch does not count as a case for the missing categories.
	switch t := pi.LastPaymentError.Type; t { // want `no case for stripe.ErrorTypeCard` `no case for stripe.ErrorTypeInvalidRequest`
	case "api_error":
		log.Print("indeterminate")
	case stripe.ErrorTypeIdempotency:
		log.Print("reuse a key only for the identical call")
	default:
		log.Print(t)
	}
}

func missingInvalidRequestTypeSwitch(se *stripe.Error) {
	switch e := se.Err.(type) { // want `type switch on \(\*stripe.Error\).Err has no case for \*stripe.InvalidRequestError: fix the call; retry rate_limit and lock_timeout with back-off`
	case *stripe.CardError:
		log.Print(e.DeclineCode)
	case *stripe.APIError:
		log.Print("indeterminate")
	case *stripe.IdempotencyError:
		log.Print("reuse a key only for the identical call")
	}
}

func typeSwitchWithDefault(se stripe.Error) {
	switch se.Err.(type) { // want `type switch on \(\*stripe.Error\).Err has no case for \*stripe.CardError` `has no case for \*stripe.InvalidRequestError`
	case *stripe.APIError:
		log.Print("indeterminate")
	case *stripe.RateLimitError:
		log.Print("back off")
	default:
		log.Print("other")
	}
}

// --- Silent: the nearest correct code ---

func bothHandled(se *stripe.Error) {
	switch se.Type { // silent: both categories have a case
	case stripe.ErrorTypeCard:
		log.Print("ask for another payment method")
	case stripe.ErrorTypeInvalidRequest:
		log.Print(se.Param)
	default:
		log.Print(se.Msg)
	}
}

func bothInOneCase(se *stripe.Error) {
	switch se.Type { // silent: one case clause that lists both handles both
	case stripe.ErrorTypeCard, stripe.ErrorTypeInvalidRequest:
		log.Print(se.Msg)
	}
}

func literals(se *stripe.Error) {
	switch se.Type { // silent: literals with the declared values count
	case "card_error":
		log.Print("card")
	case "invalid_request_error":
		log.Print("fix the call")
	}
}

func nearMiss(se *stripe.Error) {
	switch se.Type { // want `no case for stripe.ErrorTypeCard`
	case "invalid_request": // silent here: the branch for stripe.ErrorTypeInvalidRequest, written wrong (enumvalue's finding, and fix)
		log.Print(se.Param)
	case stripe.ErrorTypeAPI:
		log.Print("indeterminate")
	default:
		log.Print(se.Msg)
	}
}

func nonConstantCase(se *stripe.Error, expected stripe.ErrorType) {
	switch se.Type { // silent: a case that is not a constant may be anything
	case stripe.ErrorTypeAPI:
		log.Print("indeterminate")
	case expected:
		log.Print("expected")
	default:
		log.Print(se.Msg)
	}
}

func handledBefore(se *stripe.Error) {
	if se.Type == stripe.ErrorTypeCard {
		log.Print("ask for another payment method")
		return
	}
	switch se.Type { // silent: card errors are handled before the switch
	case stripe.ErrorTypeInvalidRequest:
		log.Print(se.Param)
	case stripe.ErrorTypeAPI:
		log.Print("indeterminate")
	default:
		log.Print(se.Msg)
	}
}

func loneIf(se *stripe.Error) {
	if se.Type == stripe.ErrorTypeAPI { // silent: an if is not a switch
		log.Print("indeterminate")
	}
}

func tagless(se *stripe.Error) {
	switch { // silent: a tagless switch is not a classification by Type
	case se.Type == stripe.ErrorTypeAPI:
		log.Print("indeterminate")
	}
}

func onCode(se *stripe.Error) {
	switch se.Code { // silent: switches on Code are not this rule's business
	case stripe.ErrorCodeCardDeclined:
		log.Print(se.DeclineCode)
	}
}

func onString(s string) {
	switch s { // silent: a plain string is not a stripe.ErrorType
	case "api_error":
		log.Print(s)
	}
}

func typeSwitchBoth(se *stripe.Error) {
	switch e := se.Err.(type) { // silent: both typed errors have a case
	case *stripe.CardError:
		log.Print(e.DeclineCode)
	case *stripe.InvalidRequestError:
		log.Print(se.Param)
	}
}

func typeSwitchInterface(se *stripe.Error) {
	switch se.Err.(type) { // silent: an interface case catches both
	case interface{ Error() string }:
		log.Print("any error")
	}
}

func typeSwitchOnError(err error) {
	switch err.(type) { // silent: not the Err field of a stripe.Error (errorsas' business)
	case *stripe.Error:
		log.Print("stripe")
	}
}

func suppressed(se *stripe.Error) {
	//stripeerrlint:ignore errswitch only API and idempotency errors reach this function
	switch se.Type {
	case stripe.ErrorTypeAPI:
		log.Print("indeterminate")
	case stripe.ErrorTypeIdempotency:
		log.Print("reuse a key only for the identical call")
	default:
		log.Print(se.Msg)
	}
}
