// Package globalkey checks globalkey in handlers of the real gin, echo and
// fiber.
package globalkey

import (
	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/customer"
)

func Routes(r *gin.Engine, e *echo.Echo, app *fiber.App) {
	r.POST("/pay", func(c *gin.Context) {
		stripe.Key = c.GetHeader("X-Key") // want `stripe.Key set in a request handler races`
		_, _ = customer.Get("cus_1", nil)
	})
	e.POST("/pay", func(c echo.Context) error {
		stripe.Key = c.Request().Header.Get("X-Key") // want `stripe.Key set in a request handler races`
		_, err := customer.Get("cus_1", nil)
		return err
	})
	app.Post("/pay", func(c *fiber.Ctx) error {
		stripe.Key = c.Get("X-Key") // want `stripe.Key set in a request handler races`
		_, err := customer.Get("cus_1", nil)
		return err
	})
}

// Silent: a client per request.
func perTenant(c *gin.Context) {
	sc := stripe.NewClient(c.GetHeader("X-Key"))
	_, _ = sc.V1Customers.Retrieve(c, "cus_1", nil)
}
