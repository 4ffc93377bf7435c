// Package userpkg calls a retry helper of a user package named stripe.
package userpkg

import (
	sdk "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/refund"

	"retrykey/userpkg/stripe"
)

func refundWithRetry(charge string) error {
	p := &sdk.RefundParams{Charge: sdk.String(charge)}
	return stripe.Do(func() error {
		_, err := refund.New(p) // want `refund.New is retried without a stable idempotency key: set one with p.SetIdempotencyKey before calling retrykey/userpkg/stripe.Do`
		return err
	})
}
