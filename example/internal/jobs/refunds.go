package jobs

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/stripe/stripe-go/v85"

	"example.com/checkout/internal/orders"
)

// RetryRefunds refunds every order whose refund failed during the day.
func (r *Runner) RetryRefunds(ctx context.Context) error {
	var errs []error
	for _, o := range r.orders.ByStatus(ctx, orders.StatusRefundPending) {
		// One refund per order; a failure is collected and the batch goes on.
		if _, err := r.refund(ctx, o); err != nil {
			errs = append(errs, fmt.Errorf("order %s: %w", o.ID, err))
			continue
		}
		if err := r.orders.SetStatus(ctx, o.ID, orders.StatusRefunded, ""); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// refund refunds one order, retrying while Stripe does not answer.
func (r *Runner) refund(ctx context.Context, o orders.Order) (*stripe.Refund, error) {
	params := &stripe.RefundCreateParams{
		PaymentIntent: stripe.String(o.PaymentIntentID),
		Amount:        stripe.Int64(o.Amount),
	}
	var lastErr error
	for attempt := 1; attempt <= maxAttempts; attempt++ {
		// Mistake (retrykey): no idempotency key is set on params before the loop, so each attempt sends a fresh key and a refund that timed out can be made twice.
		re, err := r.sc.V1Refunds.Create(ctx, params)
		if err != nil {
			lastErr = err
			log.Printf("jobs: refund %s attempt %d: %v", o.ID, attempt, err)
			time.Sleep(backoff(attempt))
			continue
		}
		return re, nil
	}
	return nil, fmt.Errorf("refund after %d attempts: %w", maxAttempts, lastErr)
}

// CancelAbandoned cancels the PaymentIntents of checkouts left pending for
// more than a day, so that their authorisations are released.
func (r *Runner) CancelAbandoned(ctx context.Context) error {
	cutoff := time.Now().Add(-24 * time.Hour)
	for _, o := range r.orders.ByStatus(ctx, orders.StatusPending) {
		if o.CreatedAt.After(cutoff) {
			continue
		}
		if err := r.cancel(ctx, o.PaymentIntentID); err != nil {
			return fmt.Errorf("cancel order %s: %w", o.ID, err)
		}
		if err := r.orders.SetStatus(ctx, o.ID, orders.StatusFailed, "abandoned"); err != nil {
			return err
		}
	}
	return nil
}

// cancel cancels one PaymentIntent, retrying while the outcome is unknown.
func (r *Runner) cancel(ctx context.Context, paymentIntentID string) error {
	params := &stripe.PaymentIntentCancelParams{CancellationReason: stripe.String("abandoned")}
	// Correct: one stable key, set before the loop, for every attempt.
	params.SetIdempotencyKey("cancel-" + paymentIntentID)
	var err error
	for attempt := 1; attempt <= maxAttempts; attempt++ {
		if _, err = r.sc.V1PaymentIntents.Cancel(ctx, paymentIntentID, params); err == nil {
			return nil
		}
		if !retryable(err) || ctx.Err() != nil {
			return err
		}
		time.Sleep(backoff(attempt))
	}
	return err
}

// retryable reports whether a failed call may succeed when repeated: no
// answer from Stripe, a problem on Stripe's side, or too many requests.
func retryable(err error) bool {
	var stripeErr *stripe.Error
	if !errors.As(err, &stripeErr) {
		return true
	}
	return stripeErr.Type == stripe.ErrorTypeAPI ||
		stripeErr.Code == stripe.ErrorCodeRateLimit ||
		stripeErr.Code == stripe.ErrorCodeLockTimeout
}
