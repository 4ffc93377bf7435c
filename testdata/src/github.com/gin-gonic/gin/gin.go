// Package gin is a stub of github.com/gin-gonic/gin v1.12.0 for the
// fixtures: a subset of its declarations, with the real signatures.
package gin

import "net/http"

// HandlerFunc defines the handler used by gin middleware as return value.
type HandlerFunc func(*Context)

// ResponseWriter is a subset of gin's ResponseWriter.
type ResponseWriter interface {
	http.ResponseWriter
	Status() int
}

// Context is a subset of gin's Context.
type Context struct {
	Request *http.Request
	Writer  ResponseWriter
}

// H is a shortcut for map[string]any.
type H map[string]any

// Engine is a subset of gin's Engine.
type Engine struct{}

// Default returns an Engine.
func Default() *Engine { return &Engine{} }

// POST registers a POST handler.
func (engine *Engine) POST(relativePath string, handlers ...HandlerFunc) {}

func (c *Context) Abort()                                        {}
func (c *Context) AbortWithStatus(code int)                      {}
func (c *Context) AbortWithStatusJSON(code int, jsonObj any)     {}
func (c *Context) AbortWithError(code int, err error) *Error     { return nil }
func (c *Context) Bind(obj any) error                            { return nil }
func (c *Context) BindJSON(obj any) error                        { return nil }
func (c *Context) BindQuery(obj any) error                       { return nil }
func (c *Context) ShouldBind(obj any) error                      { return nil }
func (c *Context) ShouldBindJSON(obj any) error                  { return nil }
func (c *Context) ShouldBindQuery(obj any) error                 { return nil }
func (c *Context) Status(code int)                               {}
func (c *Context) GetRawData() ([]byte, error)                   { return nil, nil }
func (c *Context) GetHeader(key string) string                   { return "" }
func (c *Context) JSON(code int, obj any)                        {}
func (c *Context) String(code int, format string, values ...any) {}
func (c *Context) Param(key string) string                       { return "" }

// Error is a subset of gin's Error.
type Error struct{ Err error }

func (msg Error) Error() string { return "" }
