// Package smoke only makes the module require every framework.
package smoke

import (
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
	stripe72 "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v85"
)

var (
	_ gin.HandlerFunc
	_ echo.HandlerFunc
	_ fiber.Handler
	_ chi.Router
	_ stripe72.Event
	_ stripe.Event
)
