// Package helpers exercises retrykey on function literals passed to retry
// helpers: well-known libraries and the user's own (package retryutil).
package helpers

import (
	"errors"

	"github.com/avast/retry-go"
	"github.com/cenkalti/backoff/v4"
	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/paymentintent"
	"github.com/stripe/stripe-go/v72/refund"

	"retrykey/retryutil"
)

func backoffRetry(charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	err := backoff.Retry(func() error {
		_, err := refund.New(p) // want `refund.New is retried without a stable idempotency key: set one with p.SetIdempotencyKey before calling backoff.Retry`
		return err
	}, backoff.NewExponentialBackOff())
	return err
}

func backoffRetryWithData(amount int64) (*stripe.PaymentIntent, error) {
	p := &stripe.PaymentIntentParams{Amount: stripe.Int64(amount)}
	return backoff.RetryWithData(func() (*stripe.PaymentIntent, error) {
		return paymentintent.New(p) // want `paymentintent.New is retried without a stable idempotency key`
	}, backoff.NewExponentialBackOff())
}

func retryGoWithOpVariable(charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	op := func() error {
		if _, err := refund.New(p); err != nil { // want `refund.New is retried without a stable idempotency key: set one with p.SetIdempotencyKey before calling retry.Do`
			return err
		}
		return nil
	}
	return retry.Do(op, retry.Attempts(3))
}

func userHelper(charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	return retryutil.Do(3, func() error {
		_, err := refund.New(p) // want `refund.New is retried without a stable idempotency key: set one with p.SetIdempotencyKey before calling retryutil.Do`
		return err
	})
}

func userHelperForwarding(charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	return retryutil.WithBackoff(func() error {
		_, err := refund.New(p) // want `refund.New is retried without a stable idempotency key`
		return err
	})
}

func freshKeyInClosure(charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	return backoff.Retry(func() error {
		p.SetIdempotencyKey(stripe.NewIdempotencyKey())
		_, err := refund.New(p) // want `refund.New is retried with a new idempotency key from stripe.NewIdempotencyKey on each attempt: set the key once, before calling backoff.Retry`
		return err
	}, backoff.NewExponentialBackOff())
}

// --- Silent ---

func keyBeforeHelper(charge, orderID string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	p.SetIdempotencyKey("refund-" + orderID)
	return backoff.Retry(func() error {
		_, err := refund.New(p) // silent: the key was set before backoff.Retry
		return err
	}, backoff.NewExponentialBackOff())
}

func permanentError(charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	return backoff.Retry(func() error {
		if _, err := refund.New(p); err != nil { // silent: a failed refund is never retried
			return backoff.Permanent(err)
		}
		return nil
	}, backoff.NewExponentialBackOff())
}

func unrecoverable(charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	return retry.Do(func() error {
		_, err := refund.New(p) // silent: a failed refund is never retried
		if err != nil {
			return retry.Unrecoverable(err)
		}
		return nil
	})
}

func readInHelper(id string) error {
	return backoff.Retry(func() error {
		_, err := paymentintent.Get(id, nil) // silent: a read changes nothing
		return err
	}, backoff.NewExponentialBackOff())
}

func notAHelper(charges []string) error {
	return retryutil.ForEach(charges, func(ch string) error {
		_, err := refund.New(&stripe.RefundParams{Charge: stripe.String(ch)}) // silent: ForEach calls it once per item
		return err
	})
}

func errorSwallowed(charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	var refundErr error
	err := backoff.Retry(func() error {
		_, refundErr = refund.New(p) // silent: the literal returns nil, so the refund is not retried
		return nil
	}, backoff.NewExponentialBackOff())
	return errors.Join(err, refundErr)
}
