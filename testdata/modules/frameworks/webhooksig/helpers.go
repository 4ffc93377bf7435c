package webhooksig

import (
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"

	"example.com/frameworks/webhooksig/lib"
)

func GinHelper(c *gin.Context) {
	event, err := lib.BindEvent(c) // want `lib.BindEvent returns an event decoded without signature verification: verify it with webhook.ConstructEvent`
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	_ = event
}

func EchoBodyToHelper(c echo.Context) error {
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return err
	}
	return lib.Handle(body) // want `lib.Handle returns an event decoded without signature verification`
}

// EchoVerifiedHelper verifies through a helper, then hands the body on: silent.
func EchoVerifiedHelper(c echo.Context) error {
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return err
	}
	if _, err := lib.Verify(c.Request(), body); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "bad signature")
	}
	return lib.Handle(body) // silent: verified first
}
