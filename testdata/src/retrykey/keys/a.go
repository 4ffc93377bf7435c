// Package keys exercises retrykey's checks of constant idempotency keys:
// too long, and one key for two requests.
package keys

import (
	"context"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/customer"
	"github.com/stripe/stripe-go/v72/paymentintent"
	"github.com/stripe/stripe-go/v72/refund"
	stripe85 "github.com/stripe/stripe-go/v85"
)

const longKey = "order-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789"

func tooLong(p *stripe.RefundParams) {
	p.SetIdempotencyKey(longKey)                         // want `idempotency key is 258 characters long, over the limit of 255: use a shorter key`
	p.IdempotencyKey = stripe.String(longKey + "-again") // want `idempotency key is 264 characters long`
}

func tooLongInLiteral() *stripe85.RefundCreateParams {
	return &stripe85.RefundCreateParams{Params: stripe85.Params{IdempotencyKey: stripe85.String(longKey)}} // want `idempotency key is 258 characters long`
}

func shortEnough(p *stripe.RefundParams) {
	p.SetIdempotencyKey("order-42") // silent: 8 characters
}

func reused(charge string, amount int64) error { // want reused:"keyedWrapper"
	pi := &stripe.PaymentIntentParams{Amount: stripe.Int64(amount)}
	pi.SetIdempotencyKey("order-42")
	if _, err := paymentintent.New(pi); err != nil {
		return err
	}
	r := &stripe.RefundParams{Charge: stripe.String(charge)}
	r.SetIdempotencyKey("order-42")
	_, err := refund.New(r) // want `refund.New reuses the idempotency key "order-42" of paymentintent.New: give each request its own key`
	return err
}

func reusedTwoRequestsSameCall(a, b string) error { // want reusedTwoRequestsSameCall:"keyedWrapper"
	first := &stripe.RefundParams{Params: stripe.Params{IdempotencyKey: stripe.String("refund")}, Charge: stripe.String(a)}
	second := &stripe.RefundParams{Params: stripe.Params{IdempotencyKey: stripe.String("refund")}, Charge: stripe.String(b)}
	if _, err := refund.New(first); err != nil {
		return err
	}
	_, err := refund.New(second) // want `refund.New reuses the idempotency key "refund" of refund.New`
	return err
}

func reusedClient(ctx context.Context, sc *stripe85.Client, id string) error { // want reusedClient:"keyedWrapper"
	c := &stripe85.CustomerCreateParams{}
	c.SetIdempotencyKey("signup")
	if _, err := sc.V1Customers.Create(ctx, c); err != nil {
		return err
	}
	u := &stripe85.PaymentIntentCreateParams{}
	u.SetIdempotencyKey("signup")
	_, err := sc.V1PaymentIntents.Create(ctx, u) // want `\(\*stripe.Client\).V1PaymentIntents.Create reuses the idempotency key "signup" of \(\*stripe.Client\).V1Customers.Create`
	return err
}

// --- Silent ---

func sameRequestTwoBranches(charge string, fast bool) error { // want sameRequestTwoBranches:"keyedWrapper"
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	p.SetIdempotencyKey("refund-once")
	var err error
	if fast {
		_, err = refund.New(p) // silent: the same params for the same call
	} else {
		_, err = refund.New(p) // silent: the same params for the same call
	}
	return err
}

func differentKeys(charge string) error { // want differentKeys:"keyedWrapper"
	c := &stripe.CustomerParams{}
	c.SetIdempotencyKey("customer-1")
	if _, err := customer.New(c); err != nil {
		return err
	}
	r := &stripe.RefundParams{Charge: stripe.String(charge)}
	r.SetIdempotencyKey("refund-1")
	_, err := refund.New(r) // silent: its own key
	return err
}

func otherFunction(charge string) error { // want otherFunction:"keyedWrapper"
	r := &stripe.RefundParams{Charge: stripe.String(charge)}
	r.SetIdempotencyKey("order-42") // silent: reused() is another function
	_, err := refund.New(r)
	return err
}

func readsDoNotCount(id string) error { // want readsDoNotCount:"keyedWrapper"
	p := &stripe.PaymentIntentParams{}
	p.SetIdempotencyKey("order-7")
	if _, err := paymentintent.Get(id, p); err != nil { // silent: a read
		return err
	}
	q := &stripe.PaymentIntentParams{}
	q.SetIdempotencyKey("order-7")
	_, err := paymentintent.New(q) // silent: the only write with this key
	return err
}
