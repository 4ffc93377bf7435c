// Package client exercises errorsas -strict on the v82+ client API of
// stripe-go v85, with errors already imported: the errors come straight
// from the SDK, reported only with -strict.
package client

import (
	"context"
	"errors"
	"log"

	stripe "github.com/stripe/stripe-go/v85"
)

var errNotFound = errors.New("not found")

func create(ctx context.Context, sc *stripe.Client, p *stripe.PaymentIntentCreateParams) error {
	_, err := sc.V1PaymentIntents.Create(ctx, p)
	// No fix for the next one: se is declared later in the block.
	if se, ok := err.(*stripe.Error); ok { // want `type assertion to \*stripe.Error misses wrapped errors: use errors.As`
		log.Print(se.RequestLogURL)
	}
	if rl, ok := err.(*stripe.RateLimitError); ok { // want `type assertion to \*stripe.RateLimitError misses wrapped errors: use errors.As`
		log.Print(rl.Code) // a v2 error: returned at the top level, not in Err
	}
	switch err.(type) {
	case *stripe.IdempotencyError: // want `type switch case \*stripe.IdempotencyError never matches the \*stripe.Error the SDK returns: use errors.As`
		return errNotFound
	}
	var se *stripe.Error
	if errors.As(err, &se) { // silent: the right way
		return se
	}
	return err
}
