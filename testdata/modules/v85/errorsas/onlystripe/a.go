// Package onlystripe runs errorsas' onlystripe category against the real
// stripe-go v85.
package onlystripe

import (
	"context"
	"errors"
	"log"

	stripe "github.com/stripe/stripe-go/v85"
)

func cancel(ctx context.Context, sc *stripe.Client, id string) {
	if _, err := sc.V1PaymentIntents.Cancel(ctx, id, nil); err != nil {
		var se *stripe.Error
		if errors.As(err, &se) { // want `errors other than \*stripe.Error go on as if the call succeeded: handle them after the if`
			log.Print(se.Msg)
			return
		}
	}
}

func cancelReturned(ctx context.Context, sc *stripe.Client, id string) (*stripe.PaymentIntent, error) {
	pi, err := sc.V1PaymentIntents.Cancel(ctx, id, nil)
	if err != nil {
		if se, ok := err.(*stripe.Error); ok { // silent: err is returned after the if
			log.Print(se.Msg)
			return nil, se
		}
	}
	return pi, err
}
