// Package flagjobs exercises -retrykey.jobs: job entry points of the
// user's own queue (stub SDK v72).
package flagjobs

import (
	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/customer"
)

type Outbox struct{}

// Deliver is named by the flag as Outbox.Deliver.
func (o *Outbox) Deliver(email string) error {
	_, err := customer.New(&stripe.CustomerParams{Email: stripe.String(email)}) // want `customer.New in a job handler has no stable idempotency key: jobs are retried, set one from the job's id`
	return err
}

// Run is named by the flag.
func Run(email string) error {
	_, err := customer.New(&stripe.CustomerParams{Email: stripe.String(email)}) // want `customer.New in a job handler has no stable idempotency key`
	return err
}

// Other is not named.
func Other(email string) error {
	_, err := customer.New(&stripe.CustomerParams{Email: stripe.String(email)}) // silent: not a job entry point
	return err
}
