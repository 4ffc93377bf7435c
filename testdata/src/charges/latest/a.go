// Package latest is the v85 (client API) counterpart of charges/pkglevel:
// the field is gone, code reads LatestCharge, and the rule is silent.
package latest

import (
	"context"
	"log"

	stripe "github.com/stripe/stripe-go/v85"
)

func latestCharge(ctx context.Context, sc *stripe.Client, id string) error {
	pi, err := sc.V1PaymentIntents.Retrieve(ctx, id, nil)
	if err != nil {
		return err
	}
	if pi.LatestCharge != nil {
		log.Print(pi.LatestCharge.ID) // silent: LatestCharge replaces Charges
	}
	return nil
}

func otherList(l *stripe.ChargeList) string {
	return l.Data[0].ID // silent: not a PaymentIntent's Charges (v85 has none)
}
