// Package temporal exercises retrykey's redelivery category in Temporal
// activities (stub SDK v72).
package temporal

import (
	"context"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/payout"
	"github.com/stripe/stripe-go/v72/refund"
	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/worker"
)

// Payout is registered as an activity function.
func Payout(ctx context.Context, amount int64) error {
	_, err := payout.New(&stripe.PayoutParams{Amount: stripe.Int64(amount)}) // want `payout.New in a temporal activity has no stable idempotency key: activities are retried, set one from activity.GetInfo`
	return err
}

// Activities are registered as a struct: each exported method is one.
type Activities struct{}

func (a *Activities) Refund(ctx context.Context, charge string) error {
	_, err := refund.New(&stripe.RefundParams{Charge: stripe.String(charge)}) // want `refund.New in a temporal activity has no stable idempotency key`
	return err
}

func (a *Activities) KeyedRefund(ctx context.Context, charge string) error { // want KeyedRefund:"keyedWrapper"
	info := activity.GetInfo(ctx)
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	p.SetIdempotencyKey(info.WorkflowExecution.ID + "-" + info.ActivityID)
	_, err := refund.New(p) // silent: keyed with the workflow's and activity's ids
	return err
}

// helper is an unexported method: not an activity.
func (a *Activities) helper(ctx context.Context, amount int64) error {
	_, err := payout.New(&stripe.PayoutParams{Amount: stripe.Int64(amount)}) // silent: not an activity
	return err
}

// Heartbeating is not registered here, but only an activity calls the
// activity package with its own context.
func Heartbeating(ctx context.Context, amount int64) error {
	activity.RecordHeartbeat(ctx)
	_, err := payout.New(&stripe.PayoutParams{Amount: stripe.Int64(amount)}) // want `payout.New in a temporal activity has no stable idempotency key`
	return err
}

// NotAnActivity is neither registered nor calls the activity package.
func NotAnActivity(ctx context.Context, amount int64) error {
	_, err := payout.New(&stripe.PayoutParams{Amount: stripe.Int64(amount)}) // silent: not an activity
	return err
}

func register(w worker.Worker) {
	w.RegisterActivity(Payout)
	w.RegisterActivity(&Activities{})
}
