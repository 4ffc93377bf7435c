// Package helpers exercises webhooksig on handlers that decode or verify
// events through helpers, in their package and in another.
package helpers

import (
	"encoding/json"
	"io"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	stripe "github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/webhook"

	"webhooksig/helpers/lib"
)

func fulfil(stripe.Event) {}

func Parse(w http.ResponseWriter, r *http.Request) {
	event, err := lib.ParseEvent(r) // want `lib.ParseEvent returns an event decoded without signature verification: verify it with webhook.ConstructEvent`
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	fulfil(event)
}

func Body(c *gin.Context) {
	body, _ := c.GetRawData()
	if err := lib.Process(body); err != nil { // want `lib.Process returns an event decoded without signature verification`
		c.AbortWithStatus(http.StatusBadRequest)
	}
}

func Indirect(w http.ResponseWriter, r *http.Request) {
	_ = lib.ReadAndProcess(r) // want `lib.ReadAndProcess returns an event decoded without signature verification`
}

// local is a helper of this package.
func local(c *gin.Context) (stripe.Event, error) { // want local:`unverifiedEvent\(\(\*gin.Context\).ShouldBindJSON\)`
	var event stripe.Event
	err := c.ShouldBindJSON(&event)
	return event, err
}

func Local(c *gin.Context) {
	event, err := local(c) // want `helpers.local returns an event decoded without signature verification`
	if err != nil {
		return
	}
	fulfil(event)
}

// Verified uses the helper that verifies on every path: silent.
func Verified(w http.ResponseWriter, r *http.Request) {
	event, err := lib.Verify(r) // silent
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	fulfil(event)
}

// VerifiedThenProcess verifies, then hands the body to a helper that
// decodes it: silent.
func VerifiedThenProcess(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	if err := webhook.ValidatePayload(payload, r.Header.Get("Stripe-Signature"), os.Getenv("STRIPE_WEBHOOK_SECRET")); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	_ = lib.Process(payload) // silent: verified before
}

// FailOpen calls a fail-open helper: the helper is reported, not counted
// as verification here, and the handler itself decodes nothing.
func FailOpen(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	event, err := lib.NoSecret(payload, r.Header.Get("Stripe-Signature")) // silent: reported in lib.NoSecret
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	fulfil(event)
}

// FailOpenThenDecode would be verified if lib.Fallback were a verifier.
func FailOpenThenDecode(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	if _, err := lib.Fallback(payload, r.Header.Get("Stripe-Signature"), os.Getenv("STRIPE_WEBHOOK_SECRET")); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var event stripe.Event
	_ = json.Unmarshal(payload, &event) // want `stripe.Event decoded by json.Unmarshal without signature verification`
	fulfil(event)
}

// Replay is an admin endpoint that replays a stored event: silent.
func Replay(w http.ResponseWriter, r *http.Request) {
	event, err := lib.Load(r.URL.Query().Get("id")) // silent: lib.Load decodes no request
	if err != nil {
		w.WriteHeader(http.StatusNotFound)
		return
	}
	fulfil(event)
}
