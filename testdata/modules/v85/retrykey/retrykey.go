// Package retrykey runs retrykey against the real stripe-go v85.
package retrykey

import (
	"context"
	"errors"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/refund"
)

func retryCreate(ctx context.Context, sc *stripe.Client, charge string) error {
	params := &stripe.RefundCreateParams{Charge: stripe.String(charge)}
	for i := 0; i < 3; i++ {
		if _, err := sc.V1Refunds.Create(ctx, params); err == nil { // want `\(\*stripe.Client\).V1Refunds.Create is retried without a stable idempotency key`
			return nil
		}
	}
	return errors.New("gave up")
}

func retryNil(ctx context.Context, sc *stripe.Client, id string) error {
	var err error
	for i := 0; i < 3; i++ {
		_, err = sc.V1PaymentIntents.Cancel(ctx, id, nil) // want `\(\*stripe.Client\).V1PaymentIntents.Cancel is retried with nil params, so each attempt gets a new idempotency key: pass params with a stable key`
		if err == nil {
			break
		}
	}
	return err
}

func retryPackageLevel(charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	for {
		if _, err := refund.New(p); err != nil { // want `refund.New is retried without a stable idempotency key`
			continue
		}
		return nil
	}
}

func keyedBeforeLoop(ctx context.Context, sc *stripe.Client, charge, orderID string) error {
	params := &stripe.RefundCreateParams{Charge: stripe.String(charge)}
	params.IdempotencyKey = stripe.String("refund-" + orderID)
	for i := 0; i < 3; i++ {
		if _, err := sc.V1Refunds.Create(ctx, params); err == nil { // silent: the key was set before the loop
			return nil
		}
	}
	return errors.New("gave up")
}

func tooLong(params *stripe.RefundCreateParams) {
	params.SetIdempotencyKey("order-0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789") // want `idempotency key is 256 characters long`
}
