// Package charges proves the charges rule silent on the real stripe-go
// v85: PaymentIntent.Charges does not exist there, LatestCharge does.
package charges

import (
	"context"
	"log"

	stripe "github.com/stripe/stripe-go/v85"
)

func latest(ctx context.Context, sc *stripe.Client, id string) error {
	pi, err := sc.V1PaymentIntents.Retrieve(ctx, id, nil)
	if err != nil {
		return err
	}
	if pi.LatestCharge != nil {
		log.Print(pi.LatestCharge.ID) // silent: LatestCharge replaces Charges
	}
	return nil
}

func list(l *stripe.ChargeList) string {
	return l.Data[0].ID // silent: a charge list, not a PaymentIntent's Charges
}
