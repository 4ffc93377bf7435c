// Package onlystripe runs errorsas' onlystripe category against the real
// stripe-go v72.
package onlystripe

import (
	"errors"
	"fmt"
	"log"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/paymentintent"
)

func cancel(id string) error {
	_, err := paymentintent.Cancel(id, nil)
	if err != nil {
		if se, ok := err.(*stripe.Error); ok { // want `errors other than \*stripe.Error go on as if the call succeeded: handle them after the if`
			return fmt.Errorf("cancel %s: %s", id, se.Msg)
		}
	}
	log.Printf("cancelled %s", id)
	return nil
}

func cancelHandled(id string) error {
	_, err := paymentintent.Cancel(id, nil)
	if err != nil {
		var se *stripe.Error
		if errors.As(err, &se) { // silent: the return after the block handles the other errors
			return fmt.Errorf("cancel %s: %s", id, se.Msg)
		}
		return err
	}
	return nil
}
