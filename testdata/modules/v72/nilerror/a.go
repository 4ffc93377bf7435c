// Package nilerror runs the nilerror rule against the real stripe-go v72.
package nilerror

import (
	"encoding/json"
	"errors"
	"log"

	stripe "github.com/stripe/stripe-go/v72"
)

func webhook(raw []byte) {
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(raw, &pi); err != nil {
		return
	}
	log.Printf("failed: %s", pi.LastPaymentError.Msg) // want `stripe.PaymentIntent.LastPaymentError is nil unless something failed: check it before reading Msg`
	if pi.LastPaymentError != nil {
		log.Print(pi.LastPaymentError.Code) // silent: checked (and read above)
	}
}

func setup(si *stripe.SetupIntent, in *stripe.Invoice, sa *stripe.SetupAttempt) {
	if si.LastSetupError != nil {
		log.Print(si.LastSetupError.Code) // silent: checked
	}
	log.Print(in.LastFinalizationError.Msg) // want `stripe.Invoice.LastFinalizationError is nil unless something failed`
	log.Print(sa.SetupError.Type)           // want `stripe.SetupAttempt.SetupError is nil unless something failed`
}

func errorObject(err error) {
	var se *stripe.Error
	if errors.As(err, &se) {
		log.Print(se.PaymentIntent.ID) // want `stripe.Error.PaymentIntent is nil when the error involves no PaymentIntent`
		if se.SetupIntent != nil {
			log.Print(se.SetupIntent.ID) // silent: checked
		}
		log.Print(se.Source.ID) // want `stripe.Error.Source is nil when the error involves no PaymentSource`
	}
}
