// Package decode exercises eventdata's decode category: the error of
// decoding an event's data, lost, against the v85 stubs.
package decode

import (
	"bytes"
	"encoding/json"
	"errors"
	"log"
	"net/http"

	stripe "github.com/stripe/stripe-go/v85"
)

func fulfil(id string) error { return nil }

// discarded: the error is dropped; the function returns one, so the fix
// returns it.
func discarded(event stripe.Event) error {
	var pi stripe.PaymentIntent
	json.Unmarshal(event.Data.Raw, &pi) // want `error decoding event data is not checked`
	return fulfil(pi.ID)
}

// blank: assigned to _.
func blank(event *stripe.Event) error {
	var c stripe.Charge
	_ = json.Unmarshal(event.Data.Raw, &c) // want `error decoding event data is not checked \(assigned to _\)`
	return fulfil(c.ID)
}

// decoder: json.NewDecoder over the raw bytes.
func decoder(event stripe.Event) (string, error) {
	var inv stripe.Invoice
	json.NewDecoder(bytes.NewReader(event.Data.Raw)).Decode(&inv) // want `error decoding event data is not checked`
	return inv.ID, nil
}

// overwritten: err is stored, then overwritten before anyone reads it.
func overwritten(event stripe.Event) error {
	var c stripe.Charge
	err := json.Unmarshal(event.Data.Raw, &c) // want `error decoding event data is not checked \(err is never read\)`
	err = fulfil(c.ID)
	return err
}

// handler: a net/http handler answers 400.
func handler(w http.ResponseWriter, r *http.Request) {
	var event stripe.Event
	if err := json.NewDecoder(r.Body).Decode(&event); err != nil { // not event data: the event itself
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var sub stripe.Subscription
	json.Unmarshal(event.Data.Raw, &sub) // want `error decoding event data is not checked`
	log.Print(sub.ID)
}

// handlerBlank: the same, assigned to _.
func handlerBlank(w http.ResponseWriter, r *http.Request) {
	event := parse(r)
	var pi struct {
		ID     string `json:"id"`
		Amount int64  `json:"amount"`
	}
	_ = json.Unmarshal(event.Data.Raw, &pi) // want `error decoding event data is not checked \(assigned to _\)`
	log.Print(pi.ID, pi.Amount)
}

type JSON map[string]interface{}

// untyped: decoding valid JSON into a map of any, or an any, cannot fail.
func untyped(event stripe.Event) {
	var m map[string]any
	_ = json.Unmarshal(event.Data.Raw, &m) // silent: cannot fail
	stored := JSON{}
	json.Unmarshal(event.Data.Raw, &stored) // silent: cannot fail
	var v any
	json.Unmarshal(event.Data.Raw, &v) // silent: cannot fail
	var counts map[string]int
	json.Unmarshal(event.Data.Raw, &counts) // want `error decoding event data is not checked`
	log.Print(m, stored, v, counts)
}

func parse(r *http.Request) stripe.Event { return stripe.Event{} }

// shadowed: w is not the handler's writer where the decode is: no fix.
func shadowed(w http.ResponseWriter, r *http.Request) {
	event := parse(r)
	{
		w := 1
		var c stripe.Charge
		json.Unmarshal(event.Data.Raw, &c) // want `error decoding event data is not checked`
		log.Print(c.ID, w)
	}
}

// inCase: a statement of a case clause is fixed in place.
func inCase(w http.ResponseWriter, r *http.Request) {
	event := parse(r)
	switch event.Type {
	case stripe.EventTypeInvoicePaid:
		var inv stripe.Invoice
		json.Unmarshal(event.Data.Raw, &inv) // want `error decoding event data is not checked`
		log.Print(inv.ID)
	}
}

// unnamedWriter: a handler whose ResponseWriter has no name: no fix.
func unnamedWriter(_ http.ResponseWriter, r *http.Request) {
	var event stripe.Event
	var c stripe.Charge
	json.Unmarshal(event.Data.Raw, &c) // want `error decoding event data is not checked`
	log.Print(c.ID)
}

// noError: the function neither returns an error nor serves a request:
// no fix.
func noError(event stripe.Event) string {
	var c stripe.Charge
	json.Unmarshal(event.Data.Raw, &c) // want `error decoding event data is not checked`
	return c.ID
}

// data: the event data without the event in sight.
func data(d *stripe.EventData) error {
	var c stripe.Charge
	json.Unmarshal(d.Raw, &c) // want `error decoding event data is not checked`
	return fulfil(c.ID)
}

// goroutine: the go statement drops the error.
func goroutine(event stripe.Event, c *stripe.Charge) {
	go json.Unmarshal(event.Data.Raw, c) // want `error decoding event data is not checked`
}

// Silent: every error below is read.

func checked(event stripe.Event) error {
	var c stripe.Charge
	if err := json.Unmarshal(event.Data.Raw, &c); err != nil {
		return err
	}
	return fulfil(c.ID)
}

func returned(event stripe.Event, c *stripe.Charge) error {
	return json.Unmarshal(event.Data.Raw, c) // silent: the caller gets it
}

func joined(event stripe.Event, c *stripe.Charge) error {
	err := json.Unmarshal(event.Data.Raw, c)
	return errors.Join(err, fulfil(c.ID)) // silent: read
}

type holder struct{ err error }

func stored(event stripe.Event, c *stripe.Charge, h *holder) {
	h.err = json.Unmarshal(event.Data.Raw, c) // silent: stored in a field, it outlives the function
}

type payload struct{ Raw json.RawMessage }

func notEventData(p payload) {
	var c stripe.Charge
	json.Unmarshal(p.Raw, &c) // silent: not an event's data (uncheckederr's business is Stripe calls; this is no Stripe data)
}
