// Package client exercises errswitch on the v82+ client API of
// stripe-go v85, with the SDK imported under another name.
package client

import (
	"context"
	"errors"
	"log"

	sdk "github.com/stripe/stripe-go/v85"
)

func create(ctx context.Context, sc *sdk.Client, p *sdk.PaymentIntentCreateParams) error {
	_, err := sc.V1PaymentIntents.Create(ctx, p)
	var se *sdk.Error
	if !errors.As(err, &se) {
		return err
	}
	switch se.Type { // want `switch on stripe.ErrorType has no case for stripe.ErrorTypeInvalidRequest`
	case sdk.ErrorTypeCard:
		return errors.New("ask for another payment method")
	case sdk.ErrorTypeRateLimit: // a v2 type, declared in v85 only
		return err
	default:
		return err
	}
}

func typeSwitch(se *sdk.Error) {
	switch se.Err.(type) { // want `type switch on \(\*stripe.Error\).Err has no case for \*stripe.CardError`
	case *sdk.InvalidRequestError:
		log.Print(se.Param)
	case *sdk.APIError:
		log.Print("indeterminate")
	case *sdk.IdempotencyError:
		log.Print("reuse a key only for the identical call")
	}
}

func v2Type(e *sdk.V2RawError) {
	switch e.Type { // silent: a *stripe.ErrorType compares pointers
	case nil:
		log.Print("no type")
	}
}

func complete(se *sdk.Error) {
	switch se.Type { // silent: both categories have a case
	case sdk.ErrorTypeCard:
		log.Print("card")
	case sdk.ErrorTypeInvalidRequest:
		log.Print("invalid")
	}
}
