// Package client exercises nilerror on the stripe-go v85 stubs, with the
// v82+ client API.
package client

import (
	"context"
	"errors"
	"log"

	stripe "github.com/stripe/stripe-go/v85"
)

func confirm(ctx context.Context, sc *stripe.Client, id string) error {
	pi, err := sc.V1PaymentIntents.Confirm(ctx, id, nil)
	if err != nil {
		var se *stripe.Error
		if errors.As(err, &se) && se.PaymentIntent != nil {
			log.Print(se.PaymentIntent.Status) // silent: checked by the condition
		}
		return err
	}
	if pi.Status == stripe.PaymentIntentStatusRequiresPaymentMethod {
		log.Print(pi.LastPaymentError.Code) // want `stripe.PaymentIntent.LastPaymentError is nil unless something failed: check it before reading Code`
	}
	return nil
}

func setup(ctx context.Context, sc *stripe.Client, id string) string {
	si, err := sc.V1SetupIntents.Retrieve(ctx, id, nil)
	if err != nil || si.LastSetupError == nil {
		return ""
	}
	return si.LastSetupError.Msg // silent: checked above (either failure returns)
}

func finalize(ctx context.Context, sc *stripe.Client, id string) {
	in, err := sc.V1Invoices.FinalizeInvoice(ctx, id, nil)
	if err != nil {
		return
	}
	msg := in.LastFinalizationError.Msg // want `stripe.Invoice.LastFinalizationError is nil unless something failed: check it before reading Msg`
	log.Print(msg)
}

func fromError(err error) {
	var se *stripe.Error
	if errors.As(err, &se) {
		log.Print(se.PaymentMethod.ID) // want `stripe.Error.PaymentMethod is nil when the error involves no PaymentMethod: check it before reading ID`
	}
}
