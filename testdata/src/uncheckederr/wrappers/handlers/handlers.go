// Package handlers calls the billing wrappers of another package.
package handlers

import (
	"context"
	"log"

	stripe "github.com/stripe/stripe-go/v85"

	"uncheckederr/wrappers/billing"
)

func checkout(ctx context.Context, c *billing.Client, p *stripe.PaymentIntentCreateParams) error {
	c.Charge(ctx, p) // want `error returned by \(\*billing.Client\).Charge is not checked`
	return nil
}

func refundAll(ctx context.Context, c *billing.Client, ids []string) {
	for _, id := range ids {
		_ = billing.Refund(ctx, c, id) // want `error returned by billing.Refund is not checked \(assigned to _\)`
	}
}

func describe(ctx context.Context, c *billing.Client, id string) {
	c.Describe(ctx, id) // want `error returned by \(\*billing.Client\).Describe is not checked`
}

func forward(ctx context.Context, c *billing.Client, id string) error {
	return billing.Refund(ctx, c, id) // returned: handled, and forward is a wrapper too
}

// --- Silent. ---

func validate(ctx context.Context, c *billing.Client, id string) {
	billing.Validate(id)                               // not a wrapper
	if err := billing.Refund(ctx, c, id); err != nil { // checked
		log.Print(err)
	}
}
