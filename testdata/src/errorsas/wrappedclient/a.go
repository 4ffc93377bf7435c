// Package wrappedclient exercises errorsas (without -strict) on the v82+
// client API of stripe-go v85, with errors already imported and wrappers
// of another package (facts).
package wrappedclient

import (
	"context"
	"errors"
	"log"

	stripe "github.com/stripe/stripe-go/v85"

	"errorsas/wrappedclient/billing"
)

func fromOtherPackage(ctx context.Context, sc *stripe.Client, p *stripe.PaymentIntentCreateParams) {
	_, err := billing.Charge(ctx, sc, p)
	if se, ok := err.(*stripe.Error); ok && se.Type == stripe.ErrorTypeCard { // want `type assertion to \*stripe.Error misses wrapped errors: use errors.As`
		log.Print(se.DeclineCode)
	}
	if rl, ok := err.(*stripe.RateLimitError); ok { // want `type assertion to \*stripe.RateLimitError misses wrapped errors: use errors.As`
		log.Print(rl.Code)
	}
}

func joined(ctx context.Context, sc *stripe.Client, id string) {
	_, err := sc.V1PaymentIntents.Cancel(ctx, id, nil)
	err = errors.Join(errors.New("cancel"), err)
	switch err.(type) {
	case *stripe.Error: // want `type switch case \*stripe.Error misses wrapped errors: use errors.As`
		log.Print("stripe")
	}
}

func directCall(ctx context.Context, sc *stripe.Client, p *stripe.PaymentIntentCreateParams) {
	_, err := sc.V1PaymentIntents.Create(ctx, p)
	if ce, ok := err.(*stripe.CardError); ok { // want `type assertion to \*stripe.CardError never matches the \*stripe.Error the SDK returns: use errors.As`
		log.Print(ce.DeclineCode)
	}
}

// --- Silent: the nearest correct code ---

func fromSDK(ctx context.Context, sc *stripe.Client, p *stripe.PaymentIntentCreateParams) {
	_, err := sc.V1PaymentIntents.Create(ctx, p)
	if se, ok := err.(*stripe.Error); ok { // silent: straight from the SDK
		log.Print(se.RequestLogURL)
	}
	if rl, ok := err.(*stripe.RateLimitError); ok { // silent: a v2 error, returned at the top level, straight from the SDK
		log.Print(rl.Code)
	}
}

func fromNonWrapping(ctx context.Context, sc *stripe.Client, id string) {
	_, err := billing.Customer(ctx, sc, id)
	if se, ok := err.(*stripe.Error); ok { // silent: billing.Customer returns the SDK's error as is
		log.Print(se.Code)
	}
}

func withErrorsAs(ctx context.Context, sc *stripe.Client, p *stripe.PaymentIntentCreateParams) {
	_, err := billing.Charge(ctx, sc, p)
	var se *stripe.Error
	if errors.As(err, &se) { // silent: the right way
		log.Print(se.Code)
	}
}
