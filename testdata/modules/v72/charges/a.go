// Package charges runs the charges rule against the real stripe-go v72,
// which still declares PaymentIntent.Charges.
package charges

import (
	"log"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/paymentintent"
)

func first(id string) (string, error) {
	pi, err := paymentintent.Get(id, nil)
	if err != nil {
		return "", err
	}
	return pi.Charges.Data[0].ID, nil // want `stripe.PaymentIntent.Charges is gone from API version 2022-11-15: upgrade stripe-go and read LatestCharge` `stripe.PaymentIntent.Charges.Data\[0\] may be out of range: check len\(Charges.Data\) first`
}

func checked(pi *stripe.PaymentIntent) {
	if pi.Charges != nil && len(pi.Charges.Data) > 0 {
		log.Print(pi.Charges.Data[0].Outcome) // want `stripe.PaymentIntent.Charges is gone from API version 2022-11-15: upgrade stripe-go and read LatestCharge`
	}
}

func list(l *stripe.ChargeList) string {
	return l.Data[0].ID // silent: not a PaymentIntent's Charges
}
