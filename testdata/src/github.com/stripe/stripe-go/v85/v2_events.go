// Package stripe is a stub of github.com/stripe/stripe-go/v85 for analysistest fixtures: only what the fixtures use, with the real declarations.
package stripe

import "encoding/json"

// V2CoreRawEvent is the raw event type for V2 events. It is used to unmarshal the
// event data into a generic structure, and can also be used a default event
// type when the event type is not known.
type V2CoreRawEvent struct {
	V2BaseEvent
	Data          *json.RawMessage          `json:"data"`
	RelatedObject *V2CoreEventRelatedObject `json:"related_object"`
}
