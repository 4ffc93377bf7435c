// Package legacy exercises eventdata against the v72 stubs, whose
// Event.Type is a plain string and which declare no EventType constants.
package legacy

import (
	"encoding/json"
	"net/http"

	stripe "github.com/stripe/stripe-go/v72"
)

func handle(w http.ResponseWriter, event stripe.Event) {
	switch event.Type {
	case "charge.refunded":
		var r stripe.Refund
		if err := json.Unmarshal(event.Data.Raw, &r); err != nil { // want `charge.refunded carries a stripe.Charge, not a stripe.Refund`
			w.WriteHeader(http.StatusBadRequest)
			return
		}
	case "checkout.session.completed":
		var s stripe.CheckoutSession
		if err := json.Unmarshal(event.Data.Raw, &s); err != nil { // silent: v72 declares CheckoutSession in package stripe too
			w.WriteHeader(http.StatusBadRequest)
			return
		}
	case "customer.subscription.deleted":
		var sub stripe.Subscription
		json.Unmarshal(event.Data.Raw, &sub) // want `error decoding event data is not checked`
	}
}
