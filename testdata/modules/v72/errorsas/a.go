// Package errorsas runs errorsas against the real stripe-go v72.
package errorsas

import (
	"errors"
	"fmt"
	"log"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/paymentintent"
)

func pay(p *stripe.PaymentIntentParams) {
	_, err := paymentintent.New(p)
	if se, ok := err.(*stripe.Error); ok { // silent: the SDK's own error, never wrapped (reported with -strict)
		log.Print(se.RequestID)
	}
	wrapped := fmt.Errorf("pay: %w", err)
	if se, ok := wrapped.(*stripe.Error); ok { // want `type assertion to \*stripe.Error misses wrapped errors: use errors.As`
		log.Print(se.RequestID)
	}
	log.Print(err.(*stripe.Error).Code) // want `type assertion to \*stripe.Error panics on other errors: use errors.As`
	switch err.(type) {
	case *stripe.CardError: // want `type switch case \*stripe.CardError never matches the \*stripe.Error the SDK returns: use errors.As`
		log.Print("declined")
	case *stripe.RateLimitError: // want `type switch case \*stripe.RateLimitError never matches the \*stripe.Error the SDK returns: use errors.As`
		log.Print("slow down")
	}
	var stripeErr *stripe.Error
	if errors.As(err, &stripeErr) { // silent: the right way
		if ce, ok := stripeErr.Err.(*stripe.CardError); ok { // silent: Err holds the typed error as is
			log.Print(ce.DeclineCode)
		}
	}
}
