package nodefault

// This file: the v82+ client API of stripe-go v85.

import (
	"errors"
	"fmt"

	sdk "github.com/stripe/stripe-go/v85"
)

var ErrClient = errors.New("client error")

func translateTwo(err error) error {
	var se *sdk.Error
	if !errors.As(err, &se) {
		return err
	}
	switch se.Type { // want `switch on stripe.ErrorType has no case for stripe.ErrorTypeCard`
	case sdk.ErrorTypeInvalidRequest:
		return fmt.Errorf("%w: %w", ErrClient, err)
	case sdk.ErrorTypeRateLimit:
		return fmt.Errorf("retry later: %w", err)
	}
	return err
}

func translateBoth(err error) error {
	var se *sdk.Error
	if !errors.As(err, &se) {
		return err
	}
	switch se.Type { // silent: both categories have a case
	case sdk.ErrorTypeInvalidRequest:
		return fmt.Errorf("%w: %w", ErrClient, err)
	case sdk.ErrorTypeCard:
		return fmt.Errorf("declined: %w", err)
	}
	return err
}
