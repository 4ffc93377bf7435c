// Package stripe is a stub of github.com/stripe/stripe-go/v85 for analysistest fixtures: only what the fixtures use, with the real declarations.
package stripe

import (
	"crypto/hmac"
	"crypto/sha256"
	"errors"
	"fmt"
	"time"
)

const (
	// DefaultTolerance indicates that signatures older than this will be rejected by ConstructEvent.
	WebhookDefaultTolerance time.Duration = 300 * time.Second
)

// This block represents the list of errors that could be raised when using the webhook package.
var (
	ErrWebhookInvalidHeader    = errors.New("webhook has invalid Stripe-Signature header")
	ErrWebhookNoValidSignature = errors.New("webhook had no valid signature")
	ErrWebhookNotSigned        = errors.New("webhook has no Stripe-Signature header")
	ErrWebhookTooOld           = errors.New("timestamp wasn't within tolerance")
)

// ComputeSignature computes a webhook signature using Stripe's v1 signing
// method.
//
// See https://stripe.com/docs/webhooks#signatures for more information.
func ComputeSignature(t time.Time, payload []byte, secret string) []byte {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(fmt.Sprintf("%d", t.Unix())))
	mac.Write([]byte("."))
	mac.Write(payload)
	return mac.Sum(nil)
}

// ConstructEvent initializes an Event object from a JSON webhook payload, validating
// the Stripe-Signature header using the specified signing secret. Returns an error
// if the body or Stripe-Signature header provided are unreadable, if the
// signature doesn't match, or if the timestamp for the signature is older than
// DefaultTolerance.
//
// NOTE: Stripe will only send Webhook signing headers after you have retrieved
// your signing secret from the Stripe dashboard:
// https://dashboard.stripe.com/webhooks
//
// This will return an error if the event API version does not match the
// APIVersion constant.
func ConstructEvent(payload []byte, header string, secret string, opts ...WebhookOption) (Event, error) {
	cfg := webhookConfig{
		Tolerance: WebhookDefaultTolerance,
	}
	for _, opt := range opts {
		if opt == nil {
			continue
		}
		opt(&cfg)
	}
	return constructEvent(payload, header, secret, cfg)
}

// ValidatePayload validates the payload against the Stripe-Signature header
// using the specified signing secret. Returns an error if the body or
// Stripe-Signature header provided are unreadable, if the signature doesn't
// match, or if the timestamp for the signature is older than DefaultTolerance.
//
// NOTE: Stripe will only send Webhook signing headers after you have retrieved
// your signing secret from the Stripe dashboard:
// https://dashboard.stripe.com/webhooks
func ValidatePayload(payload []byte, header string, secret string, opts ...WebhookOption) error {
	cfg := webhookConfig{
		Tolerance: WebhookDefaultTolerance,
	}
	for _, opt := range opts {
		if opt == nil {
			continue
		}
		opt(&cfg)
	}
	return validatePayload(payload, header, secret, cfg)
}

type WebhookOption func(*webhookConfig)

// WithTolerance validates event timestamps using a custom Tolerance window. If this is
// not set and `IgnoreTolerance` is false, will default to
// `WebhookDefaultTolerance`.
func WithTolerance(tolerance time.Duration) WebhookOption {
	return func(w *webhookConfig) {
		w.Tolerance = tolerance
	}
}

// WithIgnoreTolerance will ignore the the event signature's timestamp.
func WithIgnoreTolerance() WebhookOption {
	return func(w *webhookConfig) {
		w.IgnoreTolerance = true
	}
}

// WithIgnoreAPIVersionMismatch will ignore validating whether an event's API version
// matches the stripe-go API version. This is currently only used for ConstructEvent.
func WithIgnoreAPIVersionMismatch() WebhookOption {
	return func(w *webhookConfig) {
		w.IgnoreAPIVersionMismatch = true
	}
}

type webhookConfig struct {
	Tolerance                time.Duration
	IgnoreTolerance          bool
	IgnoreAPIVersionMismatch bool
}

func constructEvent(payload []byte, sigHeader string, secret string, cfg webhookConfig) (Event, error) {
	return Event{}, nil
}

func validatePayload(payload []byte, sigHeader string, secret string, cfg webhookConfig) error {
	return nil
}

// For mocking webhook events
type UnsignedPayload struct {
	Payload   []byte
	Secret    string
	Timestamp time.Time
	Scheme    string
}

type SignedPayload struct {
	UnsignedPayload

	Signature []byte
	Header    string
}

func GenerateTestSignedPayload(options *UnsignedPayload) *SignedPayload {
	return nil
}
