// Package retryutil holds retry helpers of the user's own code. It does
// not import the SDK: its helpers are found anyway, and exported as facts.
package retryutil

import (
	"errors"
	"time"

	"github.com/cenkalti/backoff/v4"
)

// Do calls fn until it succeeds, at most attempts times.
func Do(attempts int, fn func() error) error { // want Do:"retryHelper\\(1\\)"
	var err error
	for i := 0; i < attempts; i++ {
		if err = fn(); err == nil {
			return nil
		}
		time.Sleep(time.Second << i)
	}
	return err
}

// Forever calls fn until it succeeds.
func Forever(fn func() error) { // want Forever:"retryHelper\\(0\\)"
	for {
		err := fn()
		if err != nil {
			continue
		}
		break
	}
}

// WithBackoff forwards its operation to backoff.Retry.
func WithBackoff(op func() error) error { // want WithBackoff:"retryHelper\\(0\\)"
	return backoff.Retry(op, backoff.NewExponentialBackOff())
}

// Value retries a function that returns a value.
func Value[T any](fn func() (T, error)) (T, error) { // want Value:"retryHelper\\(0\\)"
	for {
		v, err := fn()
		if err == nil {
			return v, nil
		}
	}
}

// ForEach is not a retry helper: it calls fn once per item and stops at
// the first error.
func ForEach(items []string, fn func(string) error) error {
	for _, it := range items {
		if err := fn(it); err != nil {
			return err
		}
	}
	return nil
}

// Once is not a retry helper: it calls fn once.
func Once(fn func() error) error {
	if err := fn(); err != nil {
		return errors.Join(errors.New("once"), err)
	}
	return nil
}
