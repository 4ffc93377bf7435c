// Package callers calls package classify, which asserts its parameter to
// *stripe.Error (real stripe-go v85).
package callers

import (
	"context"
	"fmt"
	"log"

	stripe "github.com/stripe/stripe-go/v85"

	"example.com/v85fixtures/errorsas/callers/classify"
)

func cancel(ctx context.Context, sc *stripe.Client, id string) {
	if err := classify.Cancel(ctx, sc, id); classify.IsDeclined(err) { // want `wrapped error passed to classify.IsDeclined, whose assertion to \*stripe.Error misses it: use errors.As there`
		log.Print("declined")
	}
	_, err := sc.V1PaymentIntents.Cancel(ctx, id, nil)
	if classify.IsDeclined(fmt.Errorf("cancel %s: %w", id, err)) { // want `wrapped error passed to classify.IsDeclined`
		log.Print("declined")
	}
	if classify.IsDeclined(err) { // silent: the SDK's own error, never wrapped
		log.Print("declined")
	}
}
