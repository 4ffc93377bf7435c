// Package callers: functions that retry the params they receive, judged
// by what their callers in this package pass.
package callers

import (
	"errors"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/refund"
)

var shared = &stripe.RefundParams{}

// refundWithRetry retries the caller's params: some callers pass none.
func refundWithRetry(p *stripe.RefundParams) error { // want refundWithRetry:"retriesParams\\(0 refund.New\\)"
	for i := 0; i < 3; i++ {
		if _, err := refund.New(p); err == nil { // want `refund.New is retried without a stable idempotency key: callers of refundWithRetry pass params without one; set one before calling it`
			return nil
		}
		time.Sleep(time.Second)
	}
	return errors.New("gave up")
}

func noKey(charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	return refundWithRetry(p) // the caller named by the finding above
}

func inline(charge string) error {
	return refundWithRetry(&stripe.RefundParams{Charge: stripe.String(charge)}) // another
}

func keyed(orderID, charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	p.SetIdempotencyKey("refund-" + orderID)
	return refundWithRetry(p) // silent: a stable key
}

// retryWithHelper retries the caller's params with backoff; every caller
// sets a key.
func retryWithHelper(charge string, p *stripe.RefundParams) error { // want retryWithHelper:"retriesParams\\(1 refund.New\\)"
	return backoff.Retry(func() error {
		_, err := refund.New(p) // silent: every caller sets a stable key
		return err
	}, backoff.NewExponentialBackOff())
}

func keyedOnce(charge, orderID string) error {
	// A fresh value set once, before the call: the same key on every retry.
	p := &stripe.RefundParams{Params: stripe.Params{IdempotencyKey: stripe.String(uuid.NewString())}}
	_ = orderID
	return retryWithHelper(charge, p)
}

func keyedField(charge, orderID string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	p.IdempotencyKey = stripe.String("refund-" + orderID)
	return retryWithHelper(charge, p)
}

// passedOn passes its params on to a retrier: a retrier too.
func passedOn(charge string, p *stripe.RefundParams) error { // want passedOn:"retriesParams\\(1 refund.New\\)"
	return retryWithHelper(charge, p) // silent: the caller's own parameter, followed to its callers
}

// passedOnAgain passes them on to refundWithRetry: its caller below sets
// no key, reported at the retry in refundWithRetry.
func passedOnAgain(p *stripe.RefundParams) error { // want passedOnAgain:"retriesParams\\(0 refund.New\\)"
	return refundWithRetry(p)
}

func callPassedOnAgain(charge string) error {
	return passedOnAgain(&stripe.RefundParams{Charge: stripe.String(charge)})
}

func escapes(charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	decorate(p) // may set a key
	return retryWithHelper(charge, p)
}

func decorate(p *stripe.RefundParams) {}

// Exported and never called here: silent.
func RefundExported(p *stripe.RefundParams) error { // want RefundExported:"retriesParams\\(0 refund.New\\)"
	var err error
	for i := 0; i < 3; i++ {
		if _, err = refund.New(p); err == nil { // silent: no caller in the analysed packages
			return nil
		}
	}
	return err
}

// keyInFunc sets a stable key on the params it received: no fact.
func keyInFunc(orderID string, p *stripe.RefundParams) error {
	p.SetIdempotencyKey("refund-" + orderID)
	for i := 0; i < 3; i++ {
		if _, err := refund.New(p); err == nil { // silent: a stable key set before the loop
			return nil
		}
	}
	return errors.New("gave up")
}

func callKeyInFunc(charge string) error {
	return keyInFunc("o1", &stripe.RefundParams{Charge: stripe.String(charge)}) // silent
}

// freshOnParam sets a new key on every attempt on params it received:
// reported whatever its callers do.
func freshOnParam(p *stripe.RefundParams) error {
	for i := 0; i < 3; i++ {
		p.SetIdempotencyKey(uuid.NewString())
		if _, err := refund.New(p); err == nil { // want `refund.New is retried with a new idempotency key from uuid.NewString on each attempt: set the key once, before the loop`
			return nil
		}
	}
	return errors.New("gave up")
}

// freshOnShared does the same with a package-level variable.
func freshOnShared() error {
	for i := 0; i < 3; i++ {
		shared.IdempotencyKey = stripe.String(stripe.NewIdempotencyKey())
		if _, err := refund.New(shared); err == nil { // want `refund.New is retried with a new idempotency key from stripe.NewIdempotencyKey on each attempt: set the key once, before the loop`
			return nil
		}
	}
	return errors.New("gave up")
}

// reassigned builds its own params before the loop: judged as a local.
func reassigned(charge string, p *stripe.RefundParams) error {
	p = &stripe.RefundParams{Charge: stripe.String(charge)}
	for i := 0; i < 3; i++ {
		if _, err := refund.New(p); err == nil { // want `refund.New is retried without a stable idempotency key: set one with p.SetIdempotencyKey before the loop`
			return nil
		}
	}
	return errors.New("gave up")
}
