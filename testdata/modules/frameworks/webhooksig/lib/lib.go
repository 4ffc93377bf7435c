// Package lib holds webhook helpers written against stripe-go v72.
package lib

import (
	"encoding/json"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/webhook"
)

// BindEvent binds the request into an event without verification.
func BindEvent(c *gin.Context) (stripe.Event, error) { // want BindEvent:`unverifiedEvent\(\(\*gin.Context\).ShouldBindJSON\)`
	var event stripe.Event
	err := c.ShouldBindJSON(&event)
	return event, err
}

// Handle decodes the body it is given.
func Handle(body []byte) error { // want Handle:`unverifiedEvent\(json.Unmarshal\)`
	var event stripe.Event
	return json.Unmarshal(body, &event)
}

// Verify verifies on every path: silent, a verifier.
func Verify(r *http.Request, payload []byte) (stripe.Event, error) {
	return webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), os.Getenv("STRIPE_WEBHOOK_SECRET"))
}

// DevOrVerify skips verification in development: fails open.
func DevOrVerify(payload []byte, header string) (stripe.Event, error) {
	if os.Getenv("APP_ENV") == "development" {
		var event stripe.Event
		err := json.Unmarshal(payload, &event) // want `stripe.Event decoded by json.Unmarshal on a path that skips signature verification: the helper fails open, return an error instead`
		return event, err
	}
	return webhook.ConstructEvent(payload, header, os.Getenv("STRIPE_WEBHOOK_SECRET"))
}

// Blank drops the verification error outside any handler.
func Blank(payload []byte, header string) stripe.Event {
	event, _ := webhook.ConstructEvent(payload, header, os.Getenv("STRIPE_WEBHOOK_SECRET")) // want `signature verification error of webhook.ConstructEvent is assigned to _: return it when it fails`
	return event
}
