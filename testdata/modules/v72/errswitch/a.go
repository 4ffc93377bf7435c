// Package errswitch runs errswitch against the real stripe-go v72.
package errswitch

import (
	"errors"
	"log"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/customer"
	"github.com/stripe/stripe-go/v72/paymentintent"
	"github.com/stripe/stripe-go/v72/sub"
)

func classify(p *stripe.PaymentIntentParams) {
	_, err := paymentintent.New(p)
	var se *stripe.Error
	if !errors.As(err, &se) {
		return
	}
	switch se.Type { // want `switch on stripe.ErrorType has no case for stripe.ErrorTypeCard` `no case for stripe.ErrorTypeInvalidRequest`
	case stripe.ErrorTypeAPI, stripe.ErrorTypeAPIConnection: // v72's deprecated types are declared too
		log.Print("indeterminate")
	case stripe.ErrorTypeIdempotency:
		log.Print("reuse a key only for the identical call")
	default:
		log.Print(se.Msg)
	}
	switch se.Err.(type) { // want `type switch on \(\*stripe.Error\).Err has no case for \*stripe.InvalidRequestError`
	case *stripe.CardError:
		log.Print("ask for another payment method")
	case *stripe.RateLimitError:
		log.Print("back off")
	case *stripe.APIError:
		log.Print("indeterminate")
	}
}

func complete(se *stripe.Error) {
	switch se.Type { // silent: both categories have a case
	case stripe.ErrorTypeCard:
		log.Print("ask for another payment method")
	case stripe.ErrorTypeInvalidRequest:
		log.Print(se.Param)
	}
	switch e := se.Err.(type) { // silent: both typed errors have a case
	case *stripe.CardError:
		log.Print(e.DeclineCode)
	case *stripe.InvalidRequestError:
		log.Print(se.Param)
	}
}

// --- Silent: switches that are not classifications (at least two case
// clauses naming ErrorType values, and a default or a third) ---

var errDeclined = errors.New("declined")

func upgrade(id string, p *stripe.SubscriptionParams) error {
	_, err := sub.Update(id, p)
	var se *stripe.Error
	if errors.As(err, &se) {
		switch se.Type { // silent: one case and a default is an if written as a switch
		case stripe.ErrorTypeCard:
			return errDeclined
		default:
			return err
		}
	}
	return err
}

func forget(id string) error {
	_, err := customer.Del(id, nil)
	var se *stripe.Error
	if err != nil && errors.As(err, &se) {
		switch se.Type { // silent: a single case without default (and deleting a customer cannot decline)
		case stripe.ErrorTypeInvalidRequest:
			if se.Code == stripe.ErrorCodeResourceMissing {
				return nil
			}
		}
	}
	return err
}

// --- Two clauses without default: every other category falls through ---

func twoCasesNoDefault(se *stripe.Error) error {
	switch se.Err.(type) { // want `type switch on \(\*stripe.Error\).Err has no case for \*stripe.CardError` `no case for \*stripe.InvalidRequestError`
	case *stripe.APIError:
		log.Print("indeterminate")
	case *stripe.RateLimitError:
		log.Print("back off")
	}
	return se
}

func bothNoDefault(se *stripe.Error) error {
	switch se.Type { // silent: both categories have a case
	case stripe.ErrorTypeCard:
		return nil
	case stripe.ErrorTypeInvalidRequest:
		log.Print(se.Param)
	}
	return se
}
