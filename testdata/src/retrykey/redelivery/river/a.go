// Package river exercises retrykey's redelivery category in river
// workers (stub SDK v85).
package river

import (
	"context"
	"strconv"

	"github.com/riverqueue/river"
	stripe "github.com/stripe/stripe-go/v85"
)

var sc = stripe.NewClient("sk_test")

type PayoutArgs struct {
	Amount int64
	Key    string
}

func (PayoutArgs) Kind() string { return "payout" }

type PayoutWorker struct {
	river.WorkerDefaults[PayoutArgs]
}

func (w *PayoutWorker) Work(ctx context.Context, job *river.Job[PayoutArgs]) error {
	params := &stripe.PayoutCreateParams{Amount: stripe.Int64(job.Args.Amount)}
	_, err := sc.V1Payouts.Create(ctx, params) // want `\(\*stripe.Client\).V1Payouts.Create in a river worker has no stable idempotency key: jobs are retried, set one from job.ID`
	return err
}

type KeyedWorker struct {
	river.WorkerDefaults[PayoutArgs]
}

func (w *KeyedWorker) Work(ctx context.Context, job *river.Job[PayoutArgs]) error { // want Work:"keyedWrapper"
	params := &stripe.PayoutCreateParams{Amount: stripe.Int64(job.Args.Amount)}
	params.SetIdempotencyKey("payout-" + strconv.FormatInt(job.ID, 10))
	_, err := sc.V1Payouts.Create(ctx, params) // silent: keyed with the job's id
	return err
}

type ArgsKeyedWorker struct {
	river.WorkerDefaults[PayoutArgs]
}

func (w *ArgsKeyedWorker) Work(ctx context.Context, job *river.Job[PayoutArgs]) error { // want Work:"keyedWrapper"
	params := &stripe.PayoutCreateParams{Amount: stripe.Int64(job.Args.Amount)}
	params.SetIdempotencyKey(job.Args.Key)
	_, err := sc.V1Payouts.Create(ctx, params) // silent: keyed with the job's args
	return err
}

type CancelWorker struct {
	river.WorkerDefaults[PayoutArgs]
}

func (w *CancelWorker) Work(ctx context.Context, job *river.Job[PayoutArgs]) error {
	_, err := sc.V1Payouts.Cancel(ctx, job.Args.Key, nil) // silent: acts on an existing payout
	return err
}

func workers() *river.Workers {
	ws := river.NewWorkers()
	river.AddWorker(ws, &PayoutWorker{})
	river.AddWorker(ws, river.WorkFunc(func(ctx context.Context, job *river.Job[PayoutArgs]) error {
		_, err := sc.V1Customers.Create(ctx, &stripe.CustomerCreateParams{}) // want `\(\*stripe.Client\).V1Customers.Create in a river worker has no stable idempotency key: jobs are retried, set one from job.ID`
		return err
	}))
	return ws
}
