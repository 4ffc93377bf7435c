// Package echo is a stub of github.com/labstack/echo/v4 v4.16.5 for the
// fixtures: a subset of its declarations, with the real signatures.
package echo

import "net/http"

// HandlerFunc defines a function to serve HTTP requests.
type HandlerFunc func(c Context) error

// Context is a subset of echo's Context.
type Context interface {
	Request() *http.Request
	Param(name string) string
	Bind(i any) error
	String(code int, s string) error
	JSON(code int, i any) error
	NoContent(code int) error
}

// Echo is a subset of echo's Echo.
type Echo struct{}

// New creates an Echo.
func New() *Echo { return &Echo{} }

// POST registers a POST route.
func (e *Echo) POST(path string, h HandlerFunc) {}

// DefaultBinder is a subset of echo's DefaultBinder.
type DefaultBinder struct{}

func (b *DefaultBinder) BindBody(c Context, i interface{}) (err error) { return nil }
func (b *DefaultBinder) Bind(i interface{}, c Context) (err error)     { return nil }

// HTTPError is a subset of echo's HTTPError.
type HTTPError struct {
	Code    int
	Message interface{}
}

func (he *HTTPError) Error() string { return "" }

// NewHTTPError creates an HTTPError.
func NewHTTPError(code int, message ...interface{}) *HTTPError { return &HTTPError{Code: code} }
