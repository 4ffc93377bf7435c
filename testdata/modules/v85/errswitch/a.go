// Package errswitch runs errswitch against the real stripe-go v85.
package errswitch

import (
	"context"
	"errors"
	"fmt"
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
	case stripe.ErrorTypeInvalidRequest:
		log.Print(se.Param)
	case stripe.ErrorTypeTemporarySessionExpired:
		log.Print("start a new session")
	default:
		log.Print(se.Msg)
	}
	switch se.Err.(type) { // want `no case for \*stripe.CardError` `no case for \*stripe.InvalidRequestError`
	case *stripe.IdempotencyError:
		log.Print("reuse a key only for the identical call")
	case *stripe.APIError:
		log.Print("indeterminate")
	default:
		log.Print(se.Msg)
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

// --- Silent: switches that are not classifications ---

var errClient = errors.New("client error")

// A translator that marks the categories it maps and returns the rest.
func translate(err error) error {
	var se *stripe.Error
	if !errors.As(err, &se) {
		return err
	}
	switch se.Type { // silent: one clause, no default: the rest pass through unchanged
	case stripe.ErrorTypeInvalidRequest, stripe.ErrorTypeIdempotency:
		return fmt.Errorf("%w: %w", errClient, err)
	}
	return err
}

func deleteCustomer(ctx context.Context, sc *stripe.Client, id string) error {
	_, err := sc.V1Customers.Delete(ctx, id, nil)
	var se *stripe.Error
	if errors.As(err, &se) {
		switch se.Err.(type) { // silent: one Stripe error type and a default is an if
		case *stripe.InvalidRequestError:
			return nil
		default:
			return err
		}
	}
	return err
}

// --- Two clauses without default: every other category falls through ---

func translateTwo(err error) error {
	var se *stripe.Error
	if !errors.As(err, &se) {
		return err
	}
	switch se.Type { // want `switch on stripe.ErrorType has no case for stripe.ErrorTypeCard`
	case stripe.ErrorTypeInvalidRequest:
		return fmt.Errorf("%w: %w", errClient, err)
	case stripe.ErrorTypeRateLimit:
		return fmt.Errorf("retry later: %w", err)
	}
	return err
}

func typeSwitchNoDefault(se *stripe.Error) {
	switch se.Err.(type) { // silent: both typed errors have a case
	case *stripe.CardError:
		log.Print("declined")
	case *stripe.InvalidRequestError:
		log.Print(se.Param)
	}
}
