// Package frameworks exercises webhooksig on gin, echo and fiber handlers.
package frameworks

import (
	"encoding/json"
	"io"
	"log"
	"net/http"
	"os"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
	stripe "github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/webhook"
)

func fulfil(stripe.Event) {}

var secret = os.Getenv("STRIPE_WEBHOOK_SECRET")

// gin

func GinBind(c *gin.Context) {
	var event stripe.Event
	if err := c.ShouldBindJSON(&event); err != nil { // want `stripe.Event decoded by \(\*gin.Context\).ShouldBindJSON without signature verification: verify it with webhook.ConstructEvent`
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	fulfil(event)
}

func GinBindAny(c *gin.Context) {
	var event stripe.Event
	_ = c.Bind(&event) // want `stripe.Event decoded by \(\*gin.Context\).Bind without signature verification`
	fulfil(event)
}

func GinRawUnmarshal(c *gin.Context) {
	payload, _ := c.GetRawData()
	var event stripe.Event
	if err := json.Unmarshal(payload, &event); err != nil { // want `stripe.Event decoded by json.Unmarshal without signature verification`
		return
	}
	fulfil(event)
}

type checkoutRequest struct {
	PriceID  string `json:"price_id"`
	Quantity int64  `json:"quantity"`
}

// GinOwnJSON binds its own request JSON: silent.
func GinOwnJSON(c *gin.Context) {
	var req checkoutRequest
	if err := c.ShouldBindJSON(&req); err != nil { // silent: not an event
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusOK, req)
}

// GinVerified is the verified handler: silent.
func GinVerified(c *gin.Context) {
	payload, err := c.GetRawData()
	if err != nil {
		c.AbortWithStatus(http.StatusServiceUnavailable)
		return
	}
	event, err := webhook.ConstructEvent(payload, c.GetHeader("Stripe-Signature"), secret) // silent
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	fulfil(event)
	c.Status(http.StatusOK)
}

func GinBlank(c *gin.Context) {
	payload, _ := c.GetRawData()
	event, _ := webhook.ConstructEvent(payload, c.GetHeader("Stripe-Signature"), secret) // want `signature verification error of webhook.ConstructEvent is assigned to _: answer 400 and return when it fails`
	fulfil(event)
}

func GinSuccessOnFailure(c *gin.Context) {
	payload, _ := c.GetRawData()
	event, err := webhook.ConstructEvent(payload, c.GetHeader("Stripe-Signature"), secret) // want `the handler answers success after webhook.ConstructEvent failed: answer 400 when it fails`
	if err != nil {
		log.Print(err)
		c.JSON(http.StatusOK, gin.H{"received": true})
		return
	}
	fulfil(event)
	c.JSON(http.StatusOK, gin.H{"received": true})
}

func GinUseOnFailure(c *gin.Context) {
	payload, _ := c.GetRawData()
	event, err := webhook.ConstructEvent(payload, c.GetHeader("Stripe-Signature"), secret) // want `the handler uses the event after webhook.ConstructEvent failed`
	if err != nil {
		log.Print(err)
	}
	fulfil(event)
}

// echo

func EchoBind(c echo.Context) error {
	var event stripe.Event
	if err := c.Bind(&event); err != nil { // want `stripe.Event decoded by echo.Context.Bind without signature verification`
		return c.NoContent(http.StatusBadRequest)
	}
	fulfil(event)
	return c.NoContent(http.StatusOK)
}

func EchoDecoder(c echo.Context) error {
	var event stripe.Event
	if err := json.NewDecoder(c.Request().Body).Decode(&event); err != nil { // want `stripe.Event decoded by \(\*json.Decoder\).Decode without signature verification`
		return err
	}
	fulfil(event)
	return nil
}

// EchoVerified is the verified handler: silent.
func EchoVerified(c echo.Context) error {
	payload, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return c.NoContent(http.StatusServiceUnavailable)
	}
	event, err := webhook.ConstructEvent(payload, c.Request().Header.Get("Stripe-Signature"), secret) // silent
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	fulfil(event)
	return c.NoContent(http.StatusOK)
}

func EchoNilOnFailure(c echo.Context) error {
	payload, _ := io.ReadAll(c.Request().Body)
	event, err := webhook.ConstructEvent(payload, c.Request().Header.Get("Stripe-Signature"), secret) // want `the handler answers success after webhook.ConstructEvent failed`
	if err != nil {
		log.Print(err)
		return nil
	}
	fulfil(event)
	return nil
}

// EchoErrorOnFailure returns the error: echo answers 500, not success. Silent.
func EchoErrorOnFailure(c echo.Context) error {
	payload, _ := io.ReadAll(c.Request().Body)
	event, err := webhook.ConstructEvent(payload, c.Request().Header.Get("Stripe-Signature"), secret) // silent
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	fulfil(event)
	return nil
}

// fiber

func FiberBodyParser(c *fiber.Ctx) error {
	var event stripe.Event
	if err := c.BodyParser(&event); err != nil { // want `stripe.Event decoded by \(\*fiber.Ctx\).BodyParser without signature verification`
		return c.SendStatus(fiber.StatusBadRequest)
	}
	fulfil(event)
	return c.SendStatus(fiber.StatusOK)
}

func FiberUnmarshal(c *fiber.Ctx) error {
	var event stripe.Event
	if err := json.Unmarshal(c.Body(), &event); err != nil { // want `stripe.Event decoded by json.Unmarshal without signature verification`
		return err
	}
	fulfil(event)
	return nil
}

// FiberVerified is the verified handler: silent.
func FiberVerified(c *fiber.Ctx) error {
	event, err := webhook.ConstructEvent(c.Body(), c.Get("Stripe-Signature"), secret) // silent
	if err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	fulfil(event)
	return c.SendStatus(fiber.StatusOK)
}

func FiberOKOnFailure(c *fiber.Ctx) error {
	event, err := webhook.ConstructEvent(c.Body(), c.Get("Stripe-Signature"), secret) // want `the handler answers success after webhook.ConstructEvent failed`
	if err != nil {
		log.Print(err)
		return c.SendStatus(fiber.StatusOK)
	}
	fulfil(event)
	return c.SendStatus(fiber.StatusOK)
}

func FiberDiscarded(c *fiber.Ctx) error {
	webhook.ValidatePayload(c.Body(), c.Get("Stripe-Signature"), secret) // want `signature verification error of webhook.ValidatePayload is discarded`
	var event stripe.Event
	if err := json.Unmarshal(c.Body(), &event); err != nil {
		return err
	}
	fulfil(event)
	return nil
}

// Register registers literal handlers: checked as handlers too.
func Register(r *gin.Engine) {
	r.POST("/webhook", func(c *gin.Context) {
		var event stripe.Event
		_ = c.ShouldBindJSON(&event) // want `stripe.Event decoded by \(\*gin.Context\).ShouldBindJSON without signature verification`
		fulfil(event)
	})
}

// FiberVersionFallback decodes the body unverified when verification fails
// on an API version mismatch (a pattern seen in public services).
func FiberVersionFallback(c *fiber.Ctx) error {
	event, err := webhook.ConstructEvent(c.Body(), c.Get("Stripe-Signature"), secret) // want `the handler uses the event after webhook.ConstructEvent failed: answer 400 and return when it fails`
	if err != nil {
		if !strings.Contains(err.Error(), "API version") {
			return c.SendStatus(fiber.StatusBadRequest)
		}
		if err := json.Unmarshal(c.Body(), &event); err != nil {
			return c.SendStatus(fiber.StatusBadRequest)
		}
	}
	fulfil(event)
	return c.SendStatus(fiber.StatusOK)
}

// FiberFactory returns a literal handler: checked as a handler.
func FiberFactory() fiber.Handler {
	return func(c *fiber.Ctx) error {
		event, err := webhook.ConstructEvent(c.Body(), c.Get("Stripe-Signature"), secret) // want `the handler answers success after webhook.ConstructEvent failed`
		if err != nil {
			log.Print(err)
			return nil
		}
		fulfil(event)
		return c.SendStatus(fiber.StatusOK)
	}
}

// FiberErrorOnFailure answers through fiber's error: silent.
func FiberErrorOnFailure(c *fiber.Ctx) error {
	event, err := webhook.ConstructEvent(c.Body(), c.Get("Stripe-Signature"), secret) // silent
	if err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "bad signature")
	}
	fulfil(event)
	return c.SendStatus(fiber.StatusOK)
}

// EchoWroteThenNil writes 400, then returns nil: echo answers 400. Silent.
func EchoWroteThenNil(c echo.Context) error {
	payload, _ := io.ReadAll(c.Request().Body)
	event, err := webhook.ConstructEvent(payload, c.Request().Header.Get("Stripe-Signature"), secret) // silent
	if err != nil {
		_ = c.String(http.StatusBadRequest, "bad signature")
		return nil
	}
	fulfil(event)
	return nil
}
