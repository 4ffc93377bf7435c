// Package errorsas runs errorsas against the real stripe-go v85.
package errorsas

import (
	"context"
	"errors"
	"log"

	stripe "github.com/stripe/stripe-go/v85"
)

func create(ctx context.Context, sc *stripe.Client, p *stripe.PaymentIntentCreateParams) {
	_, err := sc.V1PaymentIntents.Create(ctx, p)
	if ce, ok := err.(*stripe.CardError); ok { // want `type assertion to \*stripe.CardError never matches the \*stripe.Error the SDK returns: use errors.As`
		log.Print(ce.DeclineCode)
	}
	if rl, ok := err.(*stripe.RateLimitError); ok { // silent: a v2 error at the top level, straight from the SDK (reported with -strict)
		log.Print(rl.Code)
	}
	joined := errors.Join(errors.New("create"), err)
	switch joined.(type) {
	case *stripe.RateLimitError: // want `type switch case \*stripe.RateLimitError misses wrapped errors: use errors.As`
		log.Print("slow down")
	}
	var se *stripe.Error
	if errors.As(err, &se) { // silent: the right way
		log.Print(se.RequestLogURL)
	}
}
