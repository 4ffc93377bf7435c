// Package handlers holds the request-handler shapes of every framework the
// model knows, for TestHandlers: each handler, body read, body binder and
// status write is marked with what the model says of it.
package handlers

import (
	"encoding/json"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

type event struct{ ID string }

func netHTTP(w http.ResponseWriter, r *http.Request) { // want `handler net/http`
	b, _ := io.ReadAll(r.Body) // want `request body`
	_ = b
	w.WriteHeader(http.StatusOK)                // want `status arg 0`
	http.Error(w, "bad", http.StatusBadRequest) // want `status arg 2`
	http.NotFound(w, r)
}

type server struct{}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {} // want `handler net/http`

func ginHandler(c *gin.Context) { // want `handler gin`
	var e event
	if err := c.ShouldBindJSON(&e); err != nil { // want `binds arg 0`
		c.AbortWithStatus(http.StatusBadRequest) // want `status arg 0`
		return
	}
	_ = c.ShouldBindQuery(&e)
	raw, _ := c.GetRawData()                       // want `reads body`
	_ = json.NewDecoder(c.Request.Body).Decode(&e) // want `request body`
	_ = raw
	c.JSON(http.StatusOK, gin.H{}) // want `status arg 0`
	_ = c.Param("id")
}

func echoHandler(c echo.Context) error { // want `handler echo`
	var e event
	if err := c.Bind(&e); err != nil { // want `binds arg 0`
		return c.NoContent(http.StatusBadRequest) // want `status arg 0`
	}
	b, _ := io.ReadAll(c.Request().Body) // want `request body`
	_ = b
	_ = new(echo.DefaultBinder).BindBody(c, &e) // want `binds arg 1`
	return c.JSON(http.StatusOK, e)             // want `status arg 0`
}

func fiberHandler(c *fiber.Ctx) error { // want `handler fiber`
	var e event
	if err := c.BodyParser(&e); err != nil { // want `binds arg 0`
		return c.SendStatus(fiber.StatusBadRequest) // want `status arg 0`
	}
	_ = c.Body()                            // want `reads body`
	return c.Status(fiber.StatusOK).JSON(e) // want `status arg 0`
}

func register() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {}) // want `handler net/http`
	gin.Default().POST("/", func(c *gin.Context) {})                      // want `handler gin`
	echo.New().POST("/", func(c echo.Context) error { return nil })       // want `handler echo`
	fiber.New().Post("/", func(c *fiber.Ctx) error { return nil })        // want `handler fiber`
}

// Not handlers.
func notHandlers(
	_ func(w http.ResponseWriter, r http.Request),
	_ func(c *gin.Context) error,
	_ func(c echo.Context),
	_ func(c fiber.Ctx) error,
) {
}

func returnsError(w http.ResponseWriter, r *http.Request) error { return nil }

func helper(c *gin.Context, id string) {}
