// Package stripe is a stub of github.com/stripe/stripe-go/v85 for analysistest fixtures: only what the fixtures use, with the real declarations.
package stripe

import (
	"context"
)

// v2CoreEventService is used to invoke event related APIs.
type v2CoreEventService struct {
	B   Backend
	Key string
}

// Retrieves the details of an event.
func (c v2CoreEventService) Retrieve(ctx context.Context, id string, params *V2CoreEventRetrieveParams) (V2CoreEvent, error) {
	return nil, nil
}

// List events, going back up to 30 days.
func (c v2CoreEventService) List(ctx context.Context, listParams *V2CoreEventListParams) *V2List[V2CoreEvent] {
	return nil
}

// List events, going back up to 30 days.
type V2CoreEventListParams struct {
	Params `form:"*"`
	// Set of filters to query events within a range of `created` timestamps.
	Created *RangeQueryParams `form:"created" json:"created,omitempty"`
	// The page size.
	Limit *int64 `form:"limit" json:"limit,omitempty"`
	// Primary object ID used to retrieve related events.
	ObjectID *string `form:"object_id" json:"object_id,omitempty"`
	// An array of up to 20 strings containing specific event names.
	Types []*string `form:"types" json:"types,omitempty"`
}

// Retrieves the details of an event.
type V2CoreEventRetrieveParams struct {
	Params `form:"*"`
}
