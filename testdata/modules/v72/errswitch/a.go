// Package errswitch runs errswitch against the real stripe-go v72.
package errswitch

import (
	"errors"
	"log"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/paymentintent"
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
	default:
		log.Print(se.Msg)
	}
	switch se.Err.(type) { // want `type switch on \(\*stripe.Error\).Err has no case for \*stripe.InvalidRequestError`
	case *stripe.CardError, *stripe.RateLimitError:
		log.Print("card or rate limit")
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
