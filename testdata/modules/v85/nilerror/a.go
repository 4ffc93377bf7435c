// Package nilerror runs the nilerror rule against the real stripe-go v85.
package nilerror

import (
	"context"
	"errors"
	"log"

	stripe "github.com/stripe/stripe-go/v85"
)

func confirm(ctx context.Context, sc *stripe.Client, id string) {
	pi, err := sc.V1PaymentIntents.Confirm(ctx, id, nil)
	if err != nil {
		var se *stripe.Error
		if errors.As(err, &se) && se.PaymentIntent != nil {
			log.Print(se.PaymentIntent.Status) // silent: checked by the condition
		}
		return
	}
	log.Print(pi.LastPaymentError.Code) // want `stripe.PaymentIntent.LastPaymentError is nil unless something failed: check it before reading Code`
}

func setup(ctx context.Context, sc *stripe.Client, id string) string {
	si, err := sc.V1SetupIntents.Retrieve(ctx, id, nil)
	if err != nil || si.LastSetupError == nil {
		return ""
	}
	return si.LastSetupError.Msg // silent: checked above
}

func invoice(in *stripe.Invoice) string {
	lfe := in.LastFinalizationError
	return lfe.Msg // want `lfe \(stripe.Invoice.LastFinalizationError\) is nil unless something failed: check it before reading Msg`
}
