package notclassifying

// This file: the v82+ client API of stripe-go v85.

import (
	"context"
	"errors"
	"fmt"
	"log"

	sdk "github.com/stripe/stripe-go/v85"
)

var ErrClient = errors.New("client error")

// A generic translator: it marks the categories it maps and returns the
// rest as is (nothing is dropped).
func translate(err error) error {
	var se *sdk.Error
	if !errors.As(err, &se) {
		return err
	}
	switch se.Type { // silent: one clause, no default: the rest pass through unchanged
	case sdk.ErrorTypeInvalidRequest, sdk.ErrorTypeIdempotency:
		return fmt.Errorf("%w: %w", ErrClient, err)
	}
	return err
}

func deleteCustomer(ctx context.Context, sc *sdk.Client, id string) error {
	_, err := sc.V1Customers.Delete(ctx, id, nil)
	var se *sdk.Error
	if errors.As(err, &se) {
		switch se.Err.(type) { // silent: a type switch with one case is an if
		case *sdk.InvalidRequestError:
			if se.Code == sdk.ErrorCodeResourceMissing {
				return nil
			}
		}
	}
	return err
}

func clientTypeSwitchOneCaseDefault(se *sdk.Error) {
	switch se.Err.(type) { // silent: one Stripe error type and a default
	case *sdk.InvalidRequestError:
		log.Print(se.Param)
	default:
		log.Print(se.Msg)
	}
}
