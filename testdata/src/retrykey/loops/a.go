// Package loops exercises retrykey on retry loops around the package-level
// API of stripe-go v72.
package loops

import (
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/google/uuid"
	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/customer"
	"github.com/stripe/stripe-go/v72/paymentintent"
	"github.com/stripe/stripe-go/v72/refund"
)

// --- Loop shapes that retry ---

func threeClause(charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		_, err = refund.New(p) // want `refund.New is retried without a stable idempotency key: set one with p.SetIdempotencyKey before the loop`
		if err == nil {
			break
		}
		time.Sleep(time.Second)
	}
	return err
}

func conditionOnly(amount int64) (*stripe.PaymentIntent, error) {
	p := &stripe.PaymentIntentParams{Amount: stripe.Int64(amount), Currency: stripe.String("eur")}
	pi, err := paymentintent.New(p) // first attempt, before the loop: not itself retried
	for err != nil {
		time.Sleep(time.Second)
		pi, err = paymentintent.New(p) // want `paymentintent.New is retried without a stable idempotency key`
	}
	return pi, nil
}

func conditionOnlyCounter(amount int64) error {
	p := &stripe.PaymentIntentParams{Amount: stripe.Int64(amount)}
	attempts := 0
	for attempts < 5 {
		if _, err := paymentintent.New(p); err == nil { // want `paymentintent.New is retried without a stable idempotency key`
			return nil
		}
		attempts++
	}
	return errors.New("gave up")
}

func bareForWithContinue(id string) error {
	params := &stripe.PaymentIntentCaptureParams{}
	tries := 0
	for {
		_, err := paymentintent.Capture(id, params) // want `paymentintent.Capture is retried without a stable idempotency key`
		if err != nil {
			tries++
			if tries > 3 {
				return err
			}
			continue
		}
		return nil
	}
}

func labeledLoop(charge string) {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
retry:
	for {
		_, err := refund.New(p) // want `refund.New is retried without a stable idempotency key`
		switch {
		case err == nil:
			break retry
		default:
			log.Print(err)
		}
	}
}

func structValue(charge string) error {
	var p stripe.RefundParams
	p.Charge = stripe.String(charge)
	for i := 0; i < 3; i++ {
		if _, err := refund.New(&p); err == nil { // want `refund.New is retried without a stable idempotency key`
			return nil
		}
	}
	return errors.New("gave up")
}

// --- Keys made anew on each attempt ---

func freshStripeKey(charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	for i := 0; i < 3; i++ {
		p.SetIdempotencyKey(stripe.NewIdempotencyKey())
		if _, err := refund.New(p); err == nil { // want `refund.New is retried with a new idempotency key from stripe.NewIdempotencyKey on each attempt: set the key once, before the loop`
			return nil
		}
	}
	return errors.New("gave up")
}

func freshUUIDField(charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	for i := 0; i < 3; i++ {
		key := uuid.NewString()
		p.IdempotencyKey = stripe.String(key)
		if _, err := refund.New(p); err == nil { // want `refund.New is retried with a new idempotency key from uuid.NewString on each attempt: set the key once, before the loop`
			return nil
		}
	}
	return errors.New("gave up")
}

func freshTimeInLiteral(charge string) error {
	for i := 0; i < 3; i++ {
		p := &stripe.RefundParams{
			Params: stripe.Params{IdempotencyKey: stripe.String(fmt.Sprint("refund-", time.Now().UnixNano()))},
			Charge: stripe.String(charge),
		}
		if _, err := refund.New(p); err == nil { // want `refund.New is retried with a new idempotency key from time.Now on each attempt: set the key once, before the loop`
			return nil
		}
	}
	return errors.New("gave up")
}

func keyFromAttempt(charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	for attempt := 0; attempt < 3; attempt++ {
		p.SetIdempotencyKey(fmt.Sprintf("refund-%s-%d", charge, attempt))
		if _, err := refund.New(p); err == nil { // want `refund.New is retried with a new idempotency key from the loop variable attempt on each attempt: set the key once, before the loop`
			return nil
		}
	}
	return errors.New("gave up")
}

// --- No key at all, or none we can set before the loop ---

func nilParams(id string) error {
	for i := 0; i < 3; i++ {
		if _, err := customer.Del(id, nil); err == nil { // want `customer.Del is retried with nil params, so no idempotency key is sent: pass params with a stable key`
			return nil
		}
	}
	return errors.New("gave up")
}

func inlineParams(charge string) error {
	for i := 0; i < 3; i++ {
		if _, err := refund.New(&stripe.RefundParams{Charge: stripe.String(charge)}); err == nil { // want `refund.New is retried without a stable idempotency key: build its params before the loop and set one with SetIdempotencyKey`
			return nil
		}
	}
	return errors.New("gave up")
}

func paramsBuiltInLoop(charge string) error {
	for i := 0; i < 3; i++ {
		p := &stripe.RefundParams{Charge: stripe.String(charge)} // built anew on each attempt: no fix before the loop
		if _, err := refund.New(p); err == nil {                 // want `refund.New is retried without a stable idempotency key`
			return nil
		}
	}
	return errors.New("gave up")
}

// --- Silent: stable keys ---

func keyBeforeLoop(charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	p.SetIdempotencyKey(stripe.NewIdempotencyKey()) // one key for every attempt
	for i := 0; i < 3; i++ {
		if _, err := refund.New(p); err == nil { // silent: the key was set before the loop
			return nil
		}
	}
	return errors.New("gave up")
}

func keyFieldBeforeLoop(charge, orderID string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	p.IdempotencyKey = stripe.String("refund-" + orderID)
	for i := 0; i < 3; i++ {
		if _, err := refund.New(p); err == nil { // silent: the key was set before the loop
			return nil
		}
	}
	return errors.New("gave up")
}

func keyInLiteralBeforeLoop(charge, orderID string) error {
	p := &stripe.RefundParams{Params: stripe.Params{IdempotencyKey: stripe.String("refund-" + orderID)}, Charge: stripe.String(charge)}
	for i := 0; i < 3; i++ {
		if _, err := refund.New(p); err == nil { // silent: the key is in the literal, before the loop
			return nil
		}
	}
	return errors.New("gave up")
}

func stableKeyInLoop(charge, orderID string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	for i := 0; i < 3; i++ {
		p.SetIdempotencyKey("refund-" + orderID) // the same value on every attempt
		if _, err := refund.New(p); err == nil { // silent: a key from stable data
			return nil
		}
	}
	return errors.New("gave up")
}

func nameBasedUUID(charge string, ns uuid.UUID) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	for i := 0; i < 3; i++ {
		p.SetIdempotencyKey(uuid.NewSHA1(ns, []byte(charge)).String()) // a name-based UUID is stable
		if _, err := refund.New(p); err == nil {                       // silent: a key from stable data
			return nil
		}
	}
	return errors.New("gave up")
}

// --- Silent: not a retry of a write ---

func readRetried(id string) (*stripe.PaymentIntent, error) {
	var err error
	for i := 0; i < 3; i++ {
		var pi *stripe.PaymentIntent
		pi, err = paymentintent.Get(id, nil) // silent: a read changes nothing
		if err == nil {
			return pi, nil
		}
	}
	return nil, err
}

func batchReturnOnError(charges []string) error {
	for i := 0; i < len(charges); i++ {
		_, err := refund.New(&stripe.RefundParams{Charge: stripe.String(charges[i])}) // silent: one refund per charge, an error ends the loop
		if err != nil {
			return err
		}
	}
	return nil
}

func batchRange(charges []string) {
	for _, ch := range charges {
		p := &stripe.RefundParams{Charge: stripe.String(ch)}
		if _, err := refund.New(p); err != nil { // silent: each iteration refunds another charge
			log.Print(err)
			continue
		}
	}
}

func firstCardThatWorks(cards []string, amount int64) error {
	p := &stripe.PaymentIntentParams{Amount: stripe.Int64(amount)}
	for _, card := range cards {
		p.PaymentMethod = stripe.String(card)
		if _, err := paymentintent.New(p); err == nil { // silent: each iteration is another payment method, not the same request
			return nil
		}
	}
	return errors.New("no card worked")
}

func logAndContinue(n int) {
	p := &stripe.CustomerParams{}
	for i := 0; i < n; i++ {
		if _, err := customer.New(p); err != nil { // silent: success does not leave the loop: n customers, not a retry
			log.Print(err)
			continue
		}
	}
}

func errorNotBound(charge string) {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	for i := 0; i < 2; i++ {
		refund.New(p) // silent here: the error is dropped (uncheckederr's business), nothing retries on it
	}
}

func paramsFromCaller(p *stripe.RefundParams) error { // want paramsFromCaller:"retriesParams\\(0 refund.New\\)"
	for i := 0; i < 3; i++ {
		if _, err := refund.New(p); err == nil { // silent: no caller in the package, and a caller may set a key
			return nil
		}
	}
	return errors.New("gave up")
}

func paramsEscape(charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	decorate(p) // may set a key
	for i := 0; i < 3; i++ {
		if _, err := refund.New(p); err == nil { // silent: decorate may have set a key
			return nil
		}
	}
	return errors.New("gave up")
}

func decorate(p *stripe.RefundParams) { p.AddMetadata("source", "loops") }

func suppressed(charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	for i := 0; i < 3; i++ {
		//stripeerrlint:ignore retrykey the refund endpoint is deduplicated by our proxy
		if _, err := refund.New(p); err == nil { // silent: suppressed by the directive above
			return nil
		}
	}
	return errors.New("gave up")
}
