// Command fatal exercises fatal in real gin, echo and fiber handlers with
// the v85 client.
package main

import (
	"context"
	"log"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
	"github.com/stripe/stripe-go/v85"
)

func main() {
	sc := stripe.NewClient(os.Getenv("STRIPE_KEY"))
	if _, err := sc.V1Customers.Retrieve(context.Background(), "cus_check", nil); err != nil {
		log.Fatal(err) // silent: a start-up check in main
	}

	r := gin.Default()
	r.POST("/customer", func(c *gin.Context) {
		cu, err := sc.V1Customers.Retrieve(c, c.Param("id"), nil)
		if err != nil {
			log.Fatal(err) // want `log.Fatal on the error of \(\*stripe.Client\).V1Customers.Retrieve stops the service: return the error`
		}
		c.JSON(http.StatusOK, cu)
	})

	e := echo.New()
	e.POST("/customer", func(c echo.Context) error {
		cu, err := sc.V1Customers.Retrieve(c.Request().Context(), c.Param("id"), nil)
		if err != nil {
			panic(err) // want `panic on the error of \(\*stripe.Client\).V1Customers.Retrieve can stop the service: return the error`
		}
		return c.JSON(http.StatusOK, cu)
	})

	app := fiber.New()
	app.Post("/customer", func(c *fiber.Ctx) error {
		cu, err := sc.V1Customers.Retrieve(c.Context(), c.Params("id"), nil)
		if err != nil {
			log.Fatalln(err) // want `log.Fatalln on the error of \(\*stripe.Client\).V1Customers.Retrieve stops the service: return the error`
		}
		return c.JSON(cu)
	})
}
