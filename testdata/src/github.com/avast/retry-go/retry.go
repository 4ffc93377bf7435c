// Package retry is a stub of github.com/avast/retry-go
// (v3.0.0+incompatible) for analysistest fixtures: only what the fixtures
// use, with the real declarations.
package retry

// Function signature of retryable function
type RetryableFunc func() error

// Config holds the retry configuration.
type Config struct {
	attempts uint
}

// Option represents an option for retry.
type Option func(*Config)

// Attempts set count of retry
// default is 10
func Attempts(attempts uint) Option {
	return func(c *Config) {
		c.attempts = attempts
	}
}

func Do(retryableFunc RetryableFunc, opts ...Option) error {
	return nil
}

type unrecoverableError struct {
	error
}

// Unrecoverable wraps an error in `unrecoverableError` struct
func Unrecoverable(err error) error {
	return unrecoverableError{err}
}
