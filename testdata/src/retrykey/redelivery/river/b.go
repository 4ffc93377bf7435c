package river

import (
	"context"

	"github.com/riverqueue/river"
	stripe "github.com/stripe/stripe-go/v85"
)

type RefundArgs struct {
	Charge string
}

func (RefundArgs) Kind() string { return "refund" }

// RefundWorker's file does not import strconv: the fix adds it.
type RefundWorker struct {
	river.WorkerDefaults[RefundArgs]
}

func (w *RefundWorker) Work(ctx context.Context, job *river.Job[RefundArgs]) error {
	params := &stripe.RefundCreateParams{Charge: stripe.String(job.Args.Charge)}
	_, err := sc.V1Refunds.Create(ctx, params) // want `\(\*stripe.Client\).V1Refunds.Create in a river worker has no stable idempotency key: jobs are retried, set one from job.ID`
	return err
}
