package hooks

import (
	"net/http"

	stripe "github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/refund"
)

// refundWith creates a refund with the params its caller passes.
func refundWith(p *stripe.RefundParams) error {
	_, err := refund.New(p)
	return err
}

// PassesParams passes its params to a wrapper: the key is the handler's
// to set.
func PassesParams(w http.ResponseWriter, r *http.Request) {
	event, err := verify(r)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	p := &stripe.RefundParams{Charge: stripe.String(event.GetObjectValue("charge"))}
	if err := refundWith(p); err != nil { // want `hooks.refundWith in a webhook handler has no stable idempotency key: Stripe redelivers events, set one from event.ID`
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	k := &stripe.RefundParams{Charge: stripe.String(event.GetObjectValue("charge"))}
	k.SetIdempotencyKey("refund-" + event.ID)
	if err := refundWith(k); err != nil { // silent: the handler keys the params it passes
		w.WriteHeader(http.StatusInternalServerError)
	}
}
