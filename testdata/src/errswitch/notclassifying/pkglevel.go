// Package notclassifying holds switches on Stripe errors that are not
// classifications, and so are not reported: a classification has at least
// two case clauses naming ErrorType values (type switches: Stripe error
// types), with or without a default clause (see ../nodefault). Regressions of false
// positives found on real integrations (FP-2..4 of the real-code triage),
// each rewritten as a minimal pattern. This file: package-level API of
// stripe-go v72.
package notclassifying

import (
	"errors"
	"log"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/customer"
	"github.com/stripe/stripe-go/v72/sub"
)

var ErrDeclined = errors.New("declined")

// One category singled out, everything else propagated: the same as
// "if se.Type == stripe.ErrorTypeCard { ... }; return err".
func upgrade(id string, p *stripe.SubscriptionParams) error {
	_, err := sub.Update(id, p)
	if err != nil {
		var se *stripe.Error
		if errors.As(err, &se) {
			switch se.Type { // silent: one case and a default is an if written as a switch
			case stripe.ErrorTypeCard:
				return ErrDeclined
			default:
				return err
			}
		}
		return err
	}
	return nil
}

// A call that moves no money cannot fail with a card error; the switch
// singles out one category and returns the rest.
func forget(id string) error {
	_, err := customer.Del(id, nil)
	var se *stripe.Error
	if err != nil && errors.As(err, &se) {
		switch se.Type { // silent: a single case without default is an if
		case stripe.ErrorTypeInvalidRequest:
			if se.Code == stripe.ErrorCodeResourceMissing {
				return nil // already gone
			}
		}
	}
	return err
}

func defaultOnly(pi *stripe.PaymentIntent) {
	switch t := pi.LastPaymentError.Type; t { // silent: no case at all, nothing is classified
	default:
		log.Print(t)
	}
}

func oneClauseTwoValues(se *stripe.Error) {
	switch se.Type { // silent: one clause, whatever it lists, and a default is still an if
	case stripe.ErrorTypeAPI, stripe.ErrorTypeAPIConnection:
		log.Print("indeterminate")
	default:
		log.Print(se.Msg)
	}
}

func typeSwitchOneCaseDefault(se *stripe.Error) {
	switch e := se.Err.(type) { // silent: one Stripe error type and a default is an if
	case *stripe.CardError:
		log.Print(e.DeclineCode)
	default:
		log.Print(se.Msg)
	}
}

func typeSwitchForeignCases(se *stripe.Error) {
	switch se.Err.(type) { // silent: only one case names a Stripe error type (the interface is not one)
	case *stripe.APIError:
		log.Print("indeterminate")
	case interface{ Timeout() bool }:
		log.Print("timeout")
	default:
		log.Print(se.Msg)
	}
}
