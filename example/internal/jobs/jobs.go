// Package jobs holds the checkout service's background work.
package jobs

import (
	"context"
	"log"
	"time"

	"github.com/stripe/stripe-go/v85"

	"example.com/checkout/internal/billing"
	"example.com/checkout/internal/orders"
)

// maxAttempts bounds the hand-written retry loops below.
const maxAttempts = 4

// Runner runs the nightly jobs.
type Runner struct {
	sc      *stripe.Client
	billing *billing.Service
	orders  *orders.Store
}

// New returns a Runner.
func New(b *billing.Service, o *orders.Store) *Runner {
	return &Runner{sc: b.Client(), billing: b, orders: o}
}

// Nightly runs every job once a day until ctx is done. A failing job is
// logged and tried again the next night.
func (r *Runner) Nightly(ctx context.Context) {
	t := time.NewTicker(24 * time.Hour)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if err := r.RetryRefunds(ctx); err != nil {
			log.Printf("jobs: refunds: %v", err)
		}
		if err := r.CancelAbandoned(ctx); err != nil {
			log.Printf("jobs: abandoned checkouts: %v", err)
		}
		log.Printf("jobs: %d past-due subscriptions flagged", r.FlagPastDue(ctx))
	}
}

// backoff returns the pause before the next attempt: 1s, 2s, 4s, ...
func backoff(attempt int) time.Duration {
	return time.Second << (attempt - 1)
}

// FlagPastDue tags the customers of past-due subscriptions, so that support
// sees it, and returns how many it tagged.
func (r *Runner) FlagPastDue(ctx context.Context) int {
	params := &stripe.SubscriptionListParams{Status: stripe.String(string(stripe.SubscriptionStatusPastDue))}
	n := 0
	for sub, err := range r.sc.V1Subscriptions.List(ctx, params).All(ctx) {
		if err != nil {
			// Mistake (fatal): one Stripe error (a rate limit, a blip) in a background job exits the whole server, in-flight checkouts included.
			log.Fatalf("jobs: list past-due subscriptions: %v", err)
		}
		// Correct: the wrapper's error is checked; a failed tag is logged and the next customer is tried.
		if err := r.billing.TagCustomer(ctx, sub.Customer.ID, "past_due_subscription", sub.ID); err != nil {
			log.Printf("jobs: tag customer %s: %v", sub.Customer.ID, err)
			continue
		}
		n++
	}
	return n
}
