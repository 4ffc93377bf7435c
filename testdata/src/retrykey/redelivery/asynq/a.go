// Package asynq exercises retrykey's redelivery category in asynq task
// handlers (stub SDK v72).
package asynq

import (
	"context"
	"encoding/json"
	"time"

	"github.com/hibiken/asynq"
	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/customer"
	"github.com/stripe/stripe-go/v72/refund"
)

type refundPayload struct {
	OrderID  string
	ChargeID string
}

// HandleRefund is registered with a ServeMux below.
func HandleRefund(ctx context.Context, t *asynq.Task) error {
	var p refundPayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return err
	}
	params := &stripe.RefundParams{Charge: stripe.String(p.ChargeID)}
	_, err := refund.New(params) // want `refund.New in an asynq task handler has no stable idempotency key: tasks are retried, set one from the task's id`
	return err
}

// HandleKeyed keys the refund with the payload's order id.
func HandleKeyed(ctx context.Context, t *asynq.Task) error { // want HandleKeyed:"keyedWrapper"
	var p refundPayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return err
	}
	params := &stripe.RefundParams{Charge: stripe.String(p.ChargeID)}
	params.SetIdempotencyKey("refund-" + p.OrderID)
	_, err := refund.New(params) // silent: keyed with the payload's id
	return err
}

// HandleTaskID keys the refund with the task's id.
func HandleTaskID(ctx context.Context, t *asynq.Task) error { // want HandleTaskID:"keyedWrapper"
	params := &stripe.RefundParams{Charge: stripe.String(string(t.Payload()))}
	params.IdempotencyKey = stripe.String(t.ResultWriter().TaskID())
	_, err := refund.New(params) // silent: keyed with the task's id
	return err
}

// HandleTime keys the refund with the time: new on every attempt.
func HandleTime(ctx context.Context, t *asynq.Task) error {
	params := &stripe.RefundParams{Charge: stripe.String(string(t.Payload()))}
	params.SetIdempotencyKey(time.Now().String())
	_, err := refund.New(params) // want `refund.New in an asynq task handler gets a new idempotency key from time.Now on each attempt: set one from the task's id`
	return err
}

// HandleUpdate only updates: doing it again changes nothing more.
func HandleUpdate(ctx context.Context, t *asynq.Task) error {
	_, err := customer.Update(string(t.Payload()), &stripe.CustomerParams{Email: stripe.String("a@b.c")}) // silent: an update
	return err
}

// worker is a Handler: its ProcessTask is a task handler.
type worker struct{}

func (worker) ProcessTask(ctx context.Context, t *asynq.Task) error {
	_, err := customer.New(&stripe.CustomerParams{Email: stripe.String(string(t.Payload()))}) // want `customer.New in an asynq task handler has no stable idempotency key`
	return err
}

func register() *asynq.ServeMux {
	mux := asynq.NewServeMux()
	mux.HandleFunc("refund", HandleRefund)
	mux.Handle("customer", worker{})
	mux.HandleFunc("inline", func(ctx context.Context, t *asynq.Task) error {
		_, err := customer.New(nil) // want `customer.New in an asynq task handler has no stable idempotency key`
		return err
	})
	return mux
}

// notAHandler takes a task but is no handler: it returns nothing.
func notAHandler(t *asynq.Task) {
	customer.New(&stripe.CustomerParams{}) // silent: not a task handler
}
