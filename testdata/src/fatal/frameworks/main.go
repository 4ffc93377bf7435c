// Command frameworks exercises fatal in the handlers of gin, echo and
// fiber: literals registered in main serve requests, like net/http ones.
package main

import (
	"log"
	"net/http"
	"os"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/customer"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

func main() {
	stripe.Key = os.Getenv("STRIPE_KEY")
	if _, err := customer.Get("cus_check", nil); err != nil {
		log.Fatal(err) // silent: a start-up check in main
	}

	r := gin.Default()
	r.POST("/customer", func(c *gin.Context) {
		cu, err := customer.Get(c.Param("id"), nil)
		if err != nil {
			log.Fatal(err) // want `log.Fatal on the error of customer.Get stops the service: return the error`
		}
		c.JSON(http.StatusOK, cu)
	})

	e := echo.New()
	e.POST("/customer", func(c echo.Context) error {
		cu, err := customer.Get(c.Param("id"), nil)
		if err != nil {
			log.Fatalf("customer: %v", err) // want `log.Fatalf on the error of customer.Get stops the service: return the error`
		}
		return c.JSON(http.StatusOK, cu)
	})

	app := fiber.New()
	app.Post("/customer", func(c *fiber.Ctx) error {
		cu, err := customer.Get(c.Get("id"), nil)
		if err != nil {
			panic(err) // want `panic on the error of customer.Get can stop the service: return the error`
		}
		return c.JSON(cu)
	})

	go func() {
		if _, err := customer.Get("cus_warm", nil); err != nil {
			log.Fatal(err) // silent: a start-up literal in main that is not a handler
		}
	}()
}

// A named gin handler: any function but main, init and TestMain serves.
func refund(c *gin.Context) {
	if _, err := customer.Get(c.Param("id"), nil); err != nil {
		os.Exit(1) // want `os.Exit on the error of customer.Get stops the service: return the error`
	}
	c.Status(http.StatusOK)
}
