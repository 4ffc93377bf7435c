// Package readyprobe reproduces a false positive seen on a real service
// (docs/real-world.md): a test bench waits for a Stripe mock server to
// come up by creating a customer in a retry loop, and reads a field of the
// result before returning the call's error. The SDK returns an empty
// customer when the call fails, so the read sees "" and the closure
// returns an error either way: the read only decides which error, and the
// loop retries on both. Nothing is used that Stripe did not send. Silent
// shape (nilresult reports it today).
package readyprobe

import (
	"errors"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/customer"
)

var errNotReady = errors.New("stripe mock not ready")

// retry calls f until it returns nil or attempts run out.
func retry(attempts int, f func() error) error {
	var err error
	for i := 0; i < attempts; i++ {
		if err = f(); err == nil {
			return nil
		}
	}
	return err
}

// WaitReady creates a probe customer until the mock answers with one; the
// idempotency key is the same on every attempt.
func WaitReady(sc customer.Client, key string) error {
	params := &stripe.CustomerParams{Email: stripe.String("probe@example.com")}
	params.SetIdempotencyKey(key)
	return retry(30, func() error {
		c, err := sc.New(params)
		if c.Email == "" {
			return errNotReady
		}
		return err
	})
}

// UseAfterGuard reads the result again after the guard: that read is one.
func UseAfterGuard(sc customer.Client) (string, error) {
	c, err := sc.New(&stripe.CustomerParams{})
	if c.Email == "" {
		return "", errNotReady
	}
	name := c.Name // want `c.Name read before the error of customer.Client.New is checked: check err first`
	return name, err
}
