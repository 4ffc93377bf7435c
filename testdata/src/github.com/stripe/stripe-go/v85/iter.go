// Package stripe is a stub of github.com/stripe/stripe-go/v85 for analysistest fixtures: only what the fixtures use, with the real declarations.
package stripe

import (
	"context"

	"github.com/stripe/stripe-go/v85/form"
)

// Iter provides a convenient interface
// for iterating over the elements
// returned from paginated list API calls.
// Successive calls to the Next method
// will step through each item in the list,
// fetching pages of items as needed.
// Iterators are not thread-safe, so they should not be consumed
// across multiple goroutines.
type Iter struct {
	cur        interface{}
	err        error
	formValues *form.Values
	list       ListContainer
	listParams ListParams
	meta       *ListMeta
	query      Query
	values     []interface{}
}

// Current returns the most recent item
// visited by a call to Next.
func (it *Iter) Current() interface{} {
	return it.cur
}

// Err returns the error, if any,
// that caused the Iter to stop.
// It must be inspected
// after Next returns false.
func (it *Iter) Err() error {
	return it.err
}

// List returns the current list object which the iterator is currently using.
// List objects will change as new API calls are made to continue pagination.
func (it *Iter) List() ListContainer {
	return it.list
}

// Meta returns the list metadata.
func (it *Iter) Meta() *ListMeta {
	return it.meta
}

// Next advances the Iter to the next item in the list,
// which will then be available
// through the Current method.
// It returns false when the iterator stops
// at the end of the list.
func (it *Iter) Next() bool {
	return false
}

// Query is the function used to get a page listing.
type Query func(*Params, *form.Values) ([]interface{}, ListContainer, error)

// GetIter returns a new Iter for a given query and its options.
func GetIter(container ListParamsContainer, query Query) *Iter {
	return nil
}

// V1List provides a convenient interface for iterating over the elements
// returned from paginated list API calls. It is meant to be an improvement
// over the Iter type, which was written before Go introduced generics and iter.Seq2.
// Calling the `All` allows you to iterate over all items in the list,
// with automatic pagination.
type V1List[T any] struct {
	err        error
	formValues *form.Values
	listParams ListParams
	query      v1Query[T]
	backward   bool
	v1Page     *v1Page[T]
}

// v1Page represents a single page returned from a V1 List API call.
// The internal state will be updated by the parent V1List when the
// Page method is called.
type v1Page[T any] struct {
	APIResource
	ListMeta
	Data []T `json:"data"`
}

// v1Query is the function used to get a page listing.
type v1Query[T any] func(context.Context, *Params, *form.Values) (*v1Page[T], error)

// All returns a Seq2 that will be evaluated on each item in a V1List.
// The All function will continue to fetch pages of items as needed.
func (l *V1List[T]) All(ctx context.Context) Seq2[T, error] {
	return nil
}

// Data returns the data for the current page.
func (l *V1List[T]) Data() []T {
	return l.v1Page.Data
}

// Err returns the error for the current page.
func (l *V1List[T]) Err() error {
	return l.err
}

// Meta returns the metadata for the current page.
func (l *V1List[T]) Meta() ListMeta {
	return l.v1Page.ListMeta
}

// LastResponse returns the last response for the current page.
func (l *V1List[T]) LastResponse() *APIResponse {
	return l.v1Page.LastResponse
}

// newV1List returns a new v1List for a given query and its options, and initializes
// it by fetching the first page of items.
func newV1List[T any](ctx context.Context, container ListParamsContainer, query v1Query[T]) *V1List[T] {
	return nil
}

// Seq2 is the same as the iter.Seq2 type in Go 1.23+. It is used as the return type
// of List methods. If you are using Go 1.23+, you can just range over the an List
// method directly, e.g.,
//
//	for event, err := range sc.V2CoreEvents.List(...) {
//		// check err and do something with event
//	}
//
// For older versions of Go, the yield function should return false
// to stop iteration or true to continue.
type Seq2[K, V any] func(yield func(K, V) bool)

// V2List contains a page of data received from a List API call,
// and the means to paginate to the next page of data via the fetch function.
type V2List[T any] struct {
	fetch       v2Query[T]
	params      ParamsContainer
	initialized bool
	err         error
	// Page contains the items returned from the last API call.
	v2Page *V2Page[T]
}

// V2Page is represents a single page returned from a V2 List API call.
type V2Page[T any] struct {
	APIResource
	V2ListMeta
	Data []T `json:"data"`
}

// v2Query is a function that fetches a page of items.
type v2Query[T any] func(ctx context.Context, path string, p ParamsContainer) (*V2Page[T], error)

// Data returns the data for the current page.
func (l *V2List[T]) Data() []T {
	return l.v2Page.Data
}

// Err returns the error for the current page.
func (l *V2List[T]) Err() error {
	return l.err
}

// Meta returns the metadata for the current page.
func (l *V2List[T]) Meta() V2ListMeta {
	return l.v2Page.V2ListMeta
}

// LastResponse returns the last response for the current page.
func (l *V2List[T]) LastResponse() *APIResponse {
	return l.v2Page.LastResponse
}

// All returns a Seq2 that will be evaluated on each item in a V2List.
// The All function will continue to fetch pages of items as needed.
func (l *V2List[T]) All(ctx context.Context) Seq2[T, error] {
	return nil
}
