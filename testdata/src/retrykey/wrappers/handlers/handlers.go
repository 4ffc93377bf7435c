// Package handlers retries the wrappers of package billing.
package handlers

import (
	"errors"

	stripe "github.com/stripe/stripe-go/v72"

	"retrykey/wrappers/billing"
)

func retryWrapper(charge string) error {
	for i := 0; i < 3; i++ {
		if err := billing.Refund(charge); err == nil { // want `billing.Refund is retried without a stable idempotency key: set one from stable data inside it, or pass it params with a key`
			return nil
		}
	}
	return errors.New("gave up")
}

func retryFreshWrapper(charge string) error {
	for i := 0; i < 3; i++ {
		if err := billing.RefundFresh(charge); err == nil { // want `billing.RefundFresh is retried without a stable idempotency key: set one from stable data inside it, or pass it params with a key`
			return nil
		}
	}
	return errors.New("gave up")
}

func retryParamsWrapper(charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	for i := 0; i < 3; i++ {
		if err := billing.RefundWith(p); err == nil { // want `billing.RefundWith is retried without a stable idempotency key: set one with p.SetIdempotencyKey before the loop`
			return nil
		}
	}
	return errors.New("gave up")
}

// --- Silent ---

func retryKeyedWrapper(orderID, charge string) error {
	for i := 0; i < 3; i++ {
		if err := billing.RefundKeyed(orderID, charge); err == nil { // silent: the wrapper sets a key from the order ID
			return nil
		}
	}
	return errors.New("gave up")
}

func retryIndirectlyKeyed(orderID, charge string) error {
	for i := 0; i < 3; i++ {
		if err := billing.RefundVia(orderID, charge); err == nil { // silent: RefundVia calls RefundKeyed
			return nil
		}
	}
	return errors.New("gave up")
}

func retryParamsWrapperKeyed(charge, orderID string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	p.SetIdempotencyKey("refund-" + orderID)
	for i := 0; i < 3; i++ {
		if err := billing.RefundWith(p); err == nil { // silent: the key was set before the loop
			return nil
		}
	}
	return errors.New("gave up")
}
