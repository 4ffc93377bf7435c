// Package paramobject reproduces a missed finding seen on a real service
// (docs/real-world.md): the webhook handler decodes the event's object and
// passes it by pointer to a helper, which reads through a field that
// events never expand. The helper's read is always empty. unexpanded does
// not follow the object into the helper ("What it ignores": objects passed
// in as parameters); the want below is what it should say.
package paramobject

import (
	"encoding/json"
	"log"
	"net/http"

	stripe "github.com/stripe/stripe-go/v85"
)

// Handle decodes a payment_intent.succeeded event (verified by the caller).
func Handle(w http.ResponseWriter, event stripe.Event) {
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(event.Data.Raw, &pi); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	succeeded(&pi)
	w.WriteHeader(http.StatusOK)
}

func succeeded(pi *stripe.PaymentIntent) {
	if pi.Customer != nil {
		log.Print(pi.Customer.Email) // want `stripe.PaymentIntent.Customer is never expanded in an event, so Customer.Email is always empty: retrieve the object with AddExpand\("customer"\)`
		log.Print(pi.Customer.ID)
	}
}
