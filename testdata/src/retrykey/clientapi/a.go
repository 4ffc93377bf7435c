// Package clientapi exercises retrykey on the v82+ client API
// (sc.V1Refunds.Create) of stripe-go v85.
package clientapi

import (
	"context"
	"errors"
	"time"

	"github.com/google/uuid"
	"github.com/stripe/stripe-go/v85"
)

func retryCreate(ctx context.Context, sc *stripe.Client, charge string) (*stripe.Refund, error) {
	params := &stripe.RefundCreateParams{Charge: stripe.String(charge)}
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		r, err := sc.V1Refunds.Create(ctx, params) // want `\(\*stripe.Client\).V1Refunds.Create is retried without a stable idempotency key: set one with params.SetIdempotencyKey before the loop`
		if err == nil {
			return r, nil
		}
		lastErr = err
		time.Sleep(time.Duration(attempt) * time.Second)
	}
	return nil, lastErr
}

func retryConfirmWithContinue(ctx context.Context, sc *stripe.Client, id string) error {
	params := &stripe.PaymentIntentConfirmParams{}
	for tries := 0; ; tries++ {
		_, err := sc.V1PaymentIntents.Confirm(ctx, id, params) // want `\(\*stripe.Client\).V1PaymentIntents.Confirm is retried without a stable idempotency key`
		if err != nil && tries < 3 {
			continue
		}
		return err
	}
}

func nilParams(ctx context.Context, sc *stripe.Client, id string) error {
	var err error
	for i := 0; i < 3; i++ {
		_, err = sc.V1PaymentIntents.Cancel(ctx, id, nil) // want `\(\*stripe.Client\).V1PaymentIntents.Cancel is retried with nil params, so each attempt gets a new idempotency key: pass params with a stable key`
		if err == nil {
			break
		}
	}
	return err
}

func freshUUID(ctx context.Context, sc *stripe.Client, charge string) error {
	params := &stripe.RefundCreateParams{Charge: stripe.String(charge)}
	for i := 0; i < 3; i++ {
		params.SetIdempotencyKey(uuid.New().String())
		if _, err := sc.V1Refunds.Create(ctx, params); err == nil { // want `\(\*stripe.Client\).V1Refunds.Create is retried with a new idempotency key from uuid.New on each attempt: set the key once, before the loop`
			return nil
		}
	}
	return errors.New("gave up")
}

func keyBeforeLoop(ctx context.Context, sc *stripe.Client, charge, orderID string) error {
	params := &stripe.RefundCreateParams{Charge: stripe.String(charge)}
	params.SetIdempotencyKey("refund-" + orderID)
	for i := 0; i < 3; i++ {
		if _, err := sc.V1Refunds.Create(ctx, params); err == nil { // silent: the key was set before the loop
			return nil
		}
	}
	return errors.New("gave up")
}

func retrieveRetried(ctx context.Context, sc *stripe.Client, id string) (*stripe.Refund, error) {
	for i := 0; ; i++ {
		r, err := sc.V1Refunds.Retrieve(ctx, id, nil) // silent: a read changes nothing
		if err == nil || i == 3 {
			return r, err
		}
	}
}
