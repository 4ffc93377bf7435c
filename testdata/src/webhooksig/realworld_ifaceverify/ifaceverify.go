// Package ifaceverify reproduces a false positive seen on a real service
// (docs/real-world.md): the handler verifies through a method of an
// interface (so that tests can swap in a fake), and the one implementation
// in the program calls webhook.ConstructEvent and returns its failure.
package ifaceverify

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/webhook"
)

// Payments is what the handler needs of the payment provider.
type Payments interface {
	CheckSignature(payload []byte, header, secret string) error
}

// errBadSignature hides the SDK's error from callers.
var errBadSignature = errors.New("bad signature")

// provider is the Stripe implementation of Payments.
type provider struct{}

// CheckSignature verifies on every path and returns the failure.
func (provider) CheckSignature(payload []byte, header, secret string) error {
	if secret == "" {
		return errBadSignature
	}
	if _, err := webhook.ConstructEvent(payload, header, secret); err != nil {
		return errBadSignature
	}
	return nil
}

var _ Payments = provider{}

// Hooks serves the webhook endpoint.
type Hooks struct {
	pay    Payments
	secret string
}

func handle(stripe.Event) {}

// Serve verifies through the interface, stops on failure, then decodes.
func (h *Hooks) Serve(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := h.pay.CheckSignature(payload, r.Header.Get("Stripe-Signature"), h.secret); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var event stripe.Event
	if err := json.Unmarshal(payload, &event); err != nil { // silent: verified through the interface on every path
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	handle(event)
	w.WriteHeader(http.StatusOK)
}

// Auditor is implemented only by a type that does not verify.
type Auditor interface {
	CheckSignature(payload []byte, header string) error
}

type logOnly struct{}

func (logOnly) CheckSignature(payload []byte, header string) error { return nil }

var _ Auditor = logOnly{}

// Audits serves an endpoint that checks through an interface none of
// whose implementations verify.
type Audits struct{ a Auditor }

// Serve trusts what the Auditor let through.
func (h Audits) Serve(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	if err := h.a.CheckSignature(payload, r.Header.Get("Stripe-Signature")); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var event stripe.Event
	if err := json.Unmarshal(payload, &event); err != nil { // want `stripe.Event decoded by json.Unmarshal without signature verification`
		return
	}
	handle(event)
}
