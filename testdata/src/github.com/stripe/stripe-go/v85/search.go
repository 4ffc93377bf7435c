// Package stripe is a stub of github.com/stripe/stripe-go/v85 for analysistest fixtures: only what the fixtures use, with the real declarations.
package stripe

import (
	"context"

	"github.com/stripe/stripe-go/v85/form"
)

// SearchIter provides a convenient interface
// for iterating over the elements
// returned from paginated search API calls.
// Successive calls to the Next method
// will step through each item in the search results,
// fetching pages of items as needed.
// Iterators are not thread-safe, so they should not be consumed
// across multiple goroutines.
type SearchIter struct {
	cur             interface{}
	err             error
	formValues      *form.Values
	searchContainer SearchContainer
	searchParams    SearchParams
	meta            *SearchMeta
	query           SearchQuery
	values          []interface{}
}

// Current returns the most recent item
// visited by a call to Next.
func (it *SearchIter) Current() interface{} {
	return it.cur
}

// Err returns the error, if any,
// that caused the SearchIter to stop.
// It must be inspected
// after Next returns false.
func (it *SearchIter) Err() error {
	return it.err
}

// SearchResult returns the current search result container which the iterator is currently using.
// Objects will change as new API calls are made to continue pagination.
func (it *SearchIter) SearchResult() SearchContainer {
	return it.searchContainer
}

// Meta returns the search metadata.
func (it *SearchIter) Meta() *SearchMeta {
	return it.meta
}

// Next advances the SearchIter to the next item in the search results,
// which will then be available
// through the Current method.
// It returns false when the iterator stops
// at the end of the search results.
func (it *SearchIter) Next() bool {
	return false
}

// SearchQuery is the function used to get search results.
type SearchQuery func(*Params, *form.Values) ([]interface{}, SearchContainer, error)

// GetSearchIter returns a new SearchIter for a given query and its options.
func GetSearchIter(container SearchParamsContainer, query SearchQuery) *SearchIter {
	return nil
}

// V1SearchList provides a convenient interface for iterating over the elements
// returned from paginated list API calls. It is meant to be an improvement
// over the SearchIter type, which was written before Go introduced generics and iter.Seq2.
// Calling the `All` allows you to iterate over all items in the list,
// with automatic pagination.
type V1SearchList[T any] struct {
	err          error
	formValues   *form.Values
	searchParams SearchParams
	query        v1SearchQuery[T]
	v1SearchPage *v1SearchPage[T]
}

// v1SearchPage represents a single page returned from a V1 Search API call.
// The internal state will be updated by the parent V1SearchList when the
// Page method is called.
type v1SearchPage[T any] struct {
	APIResource
	SearchMeta
	Data []T `json:"data"`
}

// v1SearchQuery is the function used to get search results.
type v1SearchQuery[T any] func(context.Context, *Params, *form.Values) (*v1SearchPage[T], error)

// Data returns the data for the current page.
func (l *V1SearchList[T]) Data() []T {
	return l.v1SearchPage.Data
}

// Err returns the error for the current page.
func (l *V1SearchList[T]) Err() error {
	return l.err
}

// Meta returns the metadata for the current page.
func (l *V1SearchList[T]) Meta() SearchMeta {
	return l.v1SearchPage.SearchMeta
}

// LastResponse returns the last response for the current page.
func (l *V1SearchList[T]) LastResponse() *APIResponse {
	return l.v1SearchPage.LastResponse
}

// All returns a Seq2 that will be evaluated on each item in a V1SearchList.
// The All function will continue to fetch pages of items as needed.
func (l *V1SearchList[T]) All(ctx context.Context) Seq2[T, error] {
	return nil
}

// newV1SearchList returns a new V1SearchList for a given query and its options, and initializes
// it by fetching the first page of items.
func newV1SearchList[T any](ctx context.Context, container SearchParamsContainer, query v1SearchQuery[T]) *V1SearchList[T] {
	return nil
}

// SearchContainer is a general interface for which all search result object structs
// should comply. They achieve this by embedding a SearchMeta struct and
// inheriting its implementation of this interface.
type SearchContainer interface {
	GetSearchMeta() *SearchMeta
}

// SearchMeta is the structure that contains the common properties of the search iterators
type SearchMeta struct {
	HasMore  bool    `json:"has_more"`
	NextPage *string `json:"next_page"`
	URL      string  `json:"url"`
	// TotalCount is the total number of objects in the search result (beyond just
	// on the current page).
	// The value is returned only when `total_count` is specified in `expand` parameter.
	TotalCount *uint32 `json:"total_count"`
}

// GetSearchMeta returns a SearchMeta struct (itself). It exists because any
// structs that embed SearchMeta will inherit it, and thus implement the
// SearchContainer interface.
func (l *SearchMeta) GetSearchMeta() *SearchMeta {
	return l
}

// SearchParams is the structure that contains the common properties
// of any *SearchParams structure.
type SearchParams struct {
	// Context used for request. It may carry deadlines, cancelation signals,
	// and other request-scoped values across API boundaries and between
	// processes.
	//
	// Note that a cancelled or timed out context does not provide any
	// guarantee whether the operation was or was not completed on Stripe's API
	// servers. For certainty, you must either retry with the same idempotency
	// key or query the state of the API.
	Context context.Context `form:"-"`

	Query string  `form:"query"`
	Limit *int64  `form:"limit"`
	Page  *string `form:"page"`
	// Deprecated: Please use Expand in the surrounding struct instead.
	Expand []*string `form:"expand"`

	// Single specifies whether this is a single page iterator. By default,
	// listing through an iterator will automatically grab additional pages as
	// the query progresses. To change this behavior and just load a single
	// page, set this to true.
	Single bool `form:"-"` // Not an API parameter

	// StripeAccount may contain the ID of a connected account. By including
	// this field, the request is made as if it originated from the connected
	// account instead of under the account of the owner of the configured
	// Stripe key.
	StripeAccount *string `form:"-"` // Passed as header

	// StripeContext is used to set the Stripe-Context header on a request.
	// The Stripe-Context header can be used to set the account with which
	// the request is made. It is preferred to using StripeAccount in new code.
	StripeContext *string `form:"-" json:"-"` // Passed as header
}

// AddExpand on the embedded SearchParams struct is deprecated
// Deprecated: please use .AddExpand of the surrounding struct instead.
func (p *SearchParams) AddExpand(f string) {
	p.Expand = append(p.Expand, &f)
}

// GetSearchParams returns a SearchParams struct (itself). It exists because any
// structs that embed SearchParams will inherit it, and thus implement the
// SearchParamsContainer interface.
func (p *SearchParams) GetSearchParams() *SearchParams {
	return p
}

// GetParams returns SearchParams as a Params struct. It exists because any
// structs that embed Params will inherit it, and thus implement the
// ParamsContainer interface.
func (p *SearchParams) GetParams() *Params {
	return p.ToParams()
}

// SetStripeAccount sets a value for the Stripe-Account header.
func (p *SearchParams) SetStripeAccount(val string) {
	p.StripeAccount = &val
}

// ToParams converts a SearchParams to a Params by moving over any fields that
// have valid targets in the new type. This is useful because fields in
// Params can be injected directly into an http.Request while generally
// SearchParams is only used to build a set of parameters.
func (p *SearchParams) ToParams() *Params {
	return &Params{
		Context:       p.Context,
		StripeAccount: p.StripeAccount,
		StripeContext: p.StripeContext,
	}
}

// SearchParamsContainer is a general interface for which all search parameter
// structs should comply. They achieve this by embedding a SearchParams struct
// and inheriting its implementation of this interface.
type SearchParamsContainer interface {
	GetSearchParams() *SearchParams
}
