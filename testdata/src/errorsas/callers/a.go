// Package callers calls package classify's exported functions, which
// assert their error parameter to *stripe.Error: a call that passes a
// wrapped error is reported here, at the call, since this package's pass
// cannot report in classify's files.
package callers

import (
	"context"
	"fmt"
	"log"

	stripe "github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/refund"

	"errorsas/callers/classify"
)

func pay(ctx context.Context, sc *stripe.Client, p *stripe.PaymentIntentCreateParams) {
	_, err := classify.Charge(ctx, sc, p)
	if classify.IsDeclined(err) { // want `wrapped error passed to classify.IsDeclined, whose assertion to \*stripe.Error misses it: use errors.As there`
		log.Print("declined")
	}
}

func refundOrder(id, charge string) error {
	_, err := refund.New(&stripe.RefundParams{Charge: stripe.String(charge)})
	if err != nil && classify.IsDeclined(fmt.Errorf("order %s: %w", id, err)) { // want `wrapped error passed to classify.IsDeclined`
		return nil
	}
	if classify.IsDeclined(err) { // silent: the SDK's own error, never wrapped
		return nil
	}
	return err
}
