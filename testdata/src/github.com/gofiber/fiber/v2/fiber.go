// Package fiber is a stub of github.com/gofiber/fiber/v2 v2.52.15 for the
// fixtures: a subset of its declarations, with the real signatures.
package fiber

// Handler defines a function to serve HTTP requests.
type Handler = func(*Ctx) error

// Map is a shortcut for map[string]interface{}.
type Map map[string]interface{}

// Ctx is a subset of fiber's Ctx.
type Ctx struct{}

// App is a subset of fiber's App.
type App struct{}

// New creates an App.
func New() *App { return &App{} }

// Post registers a POST route.
func (app *App) Post(path string, handlers ...Handler) {}

func (c *Ctx) Body() []byte                                  { return nil }
func (c *Ctx) BodyRaw() []byte                               { return nil }
func (c *Ctx) BodyParser(out interface{}) error              { return nil }
func (c *Ctx) Get(key string, defaultValue ...string) string { return "" }
func (c *Ctx) JSON(data interface{}, ctype ...string) error  { return nil }
func (c *Ctx) SendStatus(status int) error                   { return nil }
func (c *Ctx) SendString(body string) error                  { return nil }
func (c *Ctx) Status(status int) *Ctx                        { return c }

// Error is a subset of fiber's Error.
type Error struct {
	Code    int
	Message string
}

func (e *Error) Error() string { return e.Message }

// NewError creates an Error.
func NewError(code int, message ...string) *Error { return &Error{Code: code} }

// Status codes.
const (
	StatusOK         = 200
	StatusBadRequest = 400
)
