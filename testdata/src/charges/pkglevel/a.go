// Package pkglevel exercises charges on the stripe-go v72 stubs (the field
// exists only in v72 and v73), with the package-level API and client.API.
package pkglevel

import (
	"encoding/json"
	"errors"
	"log"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/client"
	"github.com/stripe/stripe-go/v72/paymentintent"
)

func firstCharge(id string) (string, error) {
	pi, err := paymentintent.Get(id, nil)
	if err != nil {
		return "", err
	}
	return pi.Charges.Data[0].ID, nil // want `stripe.PaymentIntent.Charges is gone from API version 2022-11-15: upgrade stripe-go and read LatestCharge` `stripe.PaymentIntent.Charges.Data\[0\] may be out of range: check len\(Charges.Data\) first`
}

func checked(pi *stripe.PaymentIntent) string {
	if len(pi.Charges.Data) > 0 {
		return pi.Charges.Data[0].ID // want `stripe.PaymentIntent.Charges is gone from API version 2022-11-15`
	}
	return ""
}

func earlyReturn(pi *stripe.PaymentIntent) *stripe.Charge {
	if len(pi.Charges.Data) == 0 {
		return nil
	}
	return pi.Charges.Data[0] // want `stripe.PaymentIntent.Charges is gone from API version 2022-11-15`
}

func conjunction(pi *stripe.PaymentIntent) bool {
	return pi.Charges != nil && len(pi.Charges.Data) != 0 && pi.Charges.Data[0].Paid // want `stripe.PaymentIntent.Charges is gone from API version 2022-11-15`
}

func tooShort(pi *stripe.PaymentIntent) string {
	if len(pi.Charges.Data) >= 1 {
		return pi.Charges.Data[1].ID // want `stripe.PaymentIntent.Charges is gone` `stripe.PaymentIntent.Charges.Data\[1\] may be out of range: check len\(Charges.Data\) first`
	}
	return ""
}

func mirrored(pi *stripe.PaymentIntent) string {
	if 1 < len(pi.Charges.Data) {
		return pi.Charges.Data[1].ID // want `stripe.PaymentIntent.Charges is gone from API version 2022-11-15`
	}
	return ""
}

func loop(pi *stripe.PaymentIntent) {
	for i := range pi.Charges.Data {
		log.Print(pi.Charges.Data[i].ID) // want `stripe.PaymentIntent.Charges is gone from API version 2022-11-15`
	}
	for _, ch := range pi.Charges.Data { // silent: ranging reads no element that is not there (and does not index)
		log.Print(ch.ID)
	}
}

func apiClient(sc *client.API, id string) {
	pi, err := sc.PaymentIntents.Get(id, nil)
	if err != nil {
		return
	}
	log.Print(pi.Charges.Data[0].Outcome) // want `stripe.PaymentIntent.Charges is gone from API version 2022-11-15` `stripe.PaymentIntent.Charges.Data\[0\] may be out of range: check len\(Charges.Data\) first`
}

func fromError(err error) {
	var se *stripe.Error
	if errors.As(err, &se) && se.PaymentIntent != nil && len(se.PaymentIntent.Charges.Data) > 0 {
		log.Print(se.PaymentIntent.Charges.Data[0].FailureCode) // want `stripe.PaymentIntent.Charges is gone from API version 2022-11-15`
	}
}

func webhook(raw []byte) {
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(raw, &pi); err != nil {
		return
	}
	log.Print(pi.Charges.Data[0].ID) // want `stripe.PaymentIntent.Charges is gone` `stripe.PaymentIntent.Charges.Data\[0\] may be out of range: check len\(Charges.Data\) first`
}

func reassigned(pi, other *stripe.PaymentIntent) string {
	if len(pi.Charges.Data) == 0 {
		return ""
	}
	pi = other
	return pi.Charges.Data[0].ID // want `stripe.PaymentIntent.Charges is gone` `stripe.PaymentIntent.Charges.Data\[0\] may be out of range: check len\(Charges.Data\) first`
}

func total(pi *stripe.PaymentIntent) uint32 {
	return pi.Charges.TotalCount // silent: no charge is indexed
}

func otherList(l *stripe.ChargeList) string {
	return l.Data[0].ID // silent: a charge list of its own, not a PaymentIntent's Charges
}

func suppressed(pi *stripe.PaymentIntent) string {
	//stripeerrlint:ignore charges pinned to API version 2020-08-27 everywhere, events included
	return pi.Charges.Data[0].ID // silent: both findings suppressed by the directive
}
