package hooks

import (
	"context"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/google/uuid"
	stripe "github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/customer"
	"github.com/stripe/stripe-go/v85/payout"
	"github.com/stripe/stripe-go/v85/refund"
	"github.com/stripe/stripe-go/v85/webhook"
)

func verify(r *http.Request) (stripe.Event, error) {
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		return stripe.Event{}, err
	}
	return webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), secret)
}

// createPayout creates a payout with no key: a wrapper that creates state.
func createPayout(amount int64) error {
	_, err := payout.New(&stripe.PayoutParams{Amount: stripe.Int64(amount)}) // silent here: not at-least-once code
	return err
}

// createPayoutKeyed sets the key its caller passes in.
func createPayoutKeyed(key string, amount int64) error { // want createPayoutKeyed:"keyedWrapper"
	p := &stripe.PayoutParams{Amount: stripe.Int64(amount)}
	p.SetIdempotencyKey(key)
	_, err := payout.New(p)
	return err
}

// Verified verifies through a helper and calls wrappers.
func Verified(w http.ResponseWriter, r *http.Request) {
	event, err := verify(r)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := createPayout(100); err != nil { // want `hooks.createPayout in a webhook handler has no stable idempotency key: Stripe redelivers events, set one from event.ID`
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if err := createPayoutKeyed("payout-"+event.ID, 100); err != nil { // silent: the wrapper sets the key its caller passes
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	// Inline params: reported, no fix.
	if _, err := sc.V1Customers.Create(r.Context(), &stripe.CustomerCreateParams{Email: stripe.String("a@b.c")}); err != nil { // want `\(\*stripe.Client\).V1Customers.Create in a webhook handler has no stable idempotency key`
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	// Nil params: no key at all.
	if _, err := sc.V1Customers.Create(r.Context(), nil); err != nil { // want `\(\*stripe.Client\).V1Customers.Create in a webhook handler has no stable idempotency key`
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
}

// Fresh sets a key that changes on every delivery.
func Fresh(c *gin.Context) {
	payload, _ := c.GetRawData()
	event, err := webhook.ConstructEvent(payload, c.GetHeader("Stripe-Signature"), secret)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	p := &stripe.RefundParams{Charge: stripe.String(event.GetObjectValue("charge"))}
	p.SetIdempotencyKey(uuid.NewString())
	if _, err := refund.New(p); err != nil { // want `refund.New in a webhook handler gets a new idempotency key from uuid.NewString on each delivery: set one from event.ID`
		c.AbortWithStatus(http.StatusInternalServerError)
	}
}

// Items creates one refund per item: each needs its own key, so no fix.
func Items(w http.ResponseWriter, r *http.Request) {
	event, err := verify(r)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	for _, charge := range []string{event.GetObjectValue("a"), event.GetObjectValue("b")} {
		p := &stripe.RefundParams{Charge: stripe.String(charge)}
		if _, err := refund.New(p); err != nil { // want `refund.New in a webhook handler has no stable idempotency key`
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
	}
}

// Two creates two refunds: one key from the event for both would be
// wrong, so no fix.
func Two(ctx context.Context, event stripe.Event) error {
	p1 := &stripe.RefundParams{Charge: stripe.String(event.GetObjectValue("a"))}
	p2 := &stripe.RefundParams{Charge: stripe.String(event.GetObjectValue("b"))}
	if _, err := refund.New(p1); err != nil { // want `refund.New in an event handler has no stable idempotency key`
		return err
	}
	_, err := refund.New(p2) // want `refund.New in an event handler has no stable idempotency key`
	return err
}

// Retried is retried in a loop too: reported once, as a retry.
func Retried(event stripe.Event) error {
	p := &stripe.CustomerParams{Email: stripe.String(event.GetObjectValue("email"))}
	var err error
	for i := 0; i < 3; i++ {
		if _, err = customer.New(p); err == nil { // want `customer.New is retried without a stable idempotency key`
			return nil
		}
	}
	return err
}

// Keyed handlers are silent.
func Keyed(ctx context.Context, event stripe.Event) error { // want Keyed:"keyedWrapper"
	p := &stripe.RefundParams{Charge: stripe.String(event.GetObjectValue("charge"))}
	p.SetIdempotencyKey("refund-" + event.ID)
	if _, err := refund.New(p); err != nil { // silent: keyed with the event's id
		return err
	}
	cp := &stripe.CustomerCreateParams{Params: stripe.Params{IdempotencyKey: stripe.String(event.GetObjectValue("id"))}}
	_, err := sc.V1Customers.Create(ctx, cp) // silent: keyed with the object's id
	return err
}
