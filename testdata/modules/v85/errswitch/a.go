// Package errswitch runs errswitch against the real stripe-go v85.
package errswitch

import (
	"context"
	"errors"
	"log"

	stripe "github.com/stripe/stripe-go/v85"
)

func classify(ctx context.Context, sc *stripe.Client, p *stripe.PaymentIntentCreateParams) {
	_, err := sc.V1PaymentIntents.Create(ctx, p)
	var se *stripe.Error
	if !errors.As(err, &se) {
		return
	}
	switch se.Type { // want `switch on stripe.ErrorType has no case for stripe.ErrorTypeCard`
	case stripe.ErrorTypeInvalidRequest, stripe.ErrorTypeTemporarySessionExpired:
		log.Print(se.Param)
	}
	switch se.Err.(type) { // want `no case for \*stripe.CardError` `no case for \*stripe.InvalidRequestError`
	case *stripe.IdempotencyError:
		log.Print("reuse a key only for the identical call")
	}
}

func complete(pi *stripe.PaymentIntent) {
	if pi.LastPaymentError == nil {
		return
	}
	switch pi.LastPaymentError.Type { // silent: both categories have a case
	case stripe.ErrorTypeCard, stripe.ErrorTypeInvalidRequest:
		log.Print(pi.LastPaymentError.Msg)
	}
}
