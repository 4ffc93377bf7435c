// Package retrykey runs retrykey against the real stripe-go v72.
package retrykey

import (
	"errors"
	"time"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/client"
	"github.com/stripe/stripe-go/v72/customer"
	"github.com/stripe/stripe-go/v72/refund"
)

func retryRefund(charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if _, err = refund.New(p); err == nil { // want `refund.New is retried without a stable idempotency key`
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

func retryClientAPI(sc *client.API, charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	for {
		_, err := sc.Refunds.New(p) // want `refund.Client.New is retried without a stable idempotency key`
		if err != nil {
			continue
		}
		return nil
	}
}

func retryNil(id string) error {
	for i := 0; i < 3; i++ {
		if _, err := customer.Del(id, nil); err == nil { // want `customer.Del is retried with nil params, so no idempotency key is sent: pass params with a stable key`
			return nil
		}
	}
	return errors.New("gave up")
}

func retryFresh(charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	return attempt(func() error {
		p.SetIdempotencyKey(stripe.NewIdempotencyKey())
		_, err := refund.New(p) // want `refund.New is retried with a new idempotency key from stripe.NewIdempotencyKey on each attempt: set the key once, before `
		return err
	})
}

// attempt is a retry helper of this package.
func attempt(fn func() error) error { // want attempt:"retryHelper\\(0\\)"
	var err error
	for i := 0; i < 3; i++ {
		if err = fn(); err == nil {
			break
		}
	}
	return err
}

func keyed(charge, orderID string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	p.SetIdempotencyKey("refund-" + orderID)
	return attempt(func() error {
		_, err := refund.New(p) // silent: the key was set before the helper call
		return err
	})
}

func readRetried(id string) (*stripe.Refund, error) {
	for {
		r, err := refund.Get(id, nil) // silent: a read
		if err == nil {
			return r, nil
		}
	}
}
