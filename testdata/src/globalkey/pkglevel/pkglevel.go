// Package pkglevel exercises globalkey with the package-level API of v72:
// the process-wide key written per request, and the writes that are fine.
package pkglevel

import (
	"net/http"
	"os"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/client"
	"github.com/stripe/stripe-go/v72/customer"
	"github.com/stripe/stripe-go/v72/paymentintent"

	"github.com/gin-gonic/gin"
)

type tenant struct{ SecretKey string }

func tenantOf(r *http.Request) tenant { return tenant{} }

// A handler that switches the key to the tenant's.
func pay(w http.ResponseWriter, r *http.Request) {
	stripe.Key = tenantOf(r).SecretKey // want `stripe.Key set in a request handler races with concurrent requests; use a client per key \(client.New\(key, nil\)\)`
	_, _ = paymentintent.New(&stripe.PaymentIntentParams{})
}

// The same key every time is still a write per request.
func refund(c *gin.Context) {
	stripe.Key = os.Getenv("STRIPE_KEY") // want `stripe.Key set in a request handler races with concurrent requests; set it once at start-up`
	_, _ = customer.Get(c.Param("id"), nil)
}

// A function that switches the key before its calls, on each invocation.
func Charge(t tenant, amount int64) error {
	stripe.Key = t.SecretKey // want `stripe.Key set in Charge before its API calls races with concurrent requests; use a client per key`
	_, err := paymentintent.New(&stripe.PaymentIntentParams{Amount: stripe.Int64(amount)})
	return err
}

// A helper that only sets the key, called from a handler.
func useTenant(t tenant) {
	stripe.Key = t.SecretKey // want `stripe.Key set in useTenant, which a request handler calls races with concurrent requests`
}

func lookup(w http.ResponseWriter, r *http.Request) {
	useTenant(tenantOf(r))
	_, _ = customer.Get(r.FormValue("id"), nil)
}

func backend(w http.ResponseWriter, r *http.Request) {
	stripe.SetBackend(stripe.APIBackend, nil) // want `stripe.SetBackend called in a request handler races with concurrent requests`
}

var shared client.API

type server struct{ sc *client.API }

func (s *server) handle(w http.ResponseWriter, r *http.Request) {
	shared.Init(tenantOf(r).SecretKey, nil) // want `a shared client's Init called in a request handler races with concurrent requests; use a client per key`
	s.sc.Init(tenantOf(r).SecretKey, nil)   // want `a shared client's Init called in a request handler races`
	_, _ = s.sc.Customers.Get("cus_1", nil)
}

// Silent: a client per request is the remedy.
func perRequest(w http.ResponseWriter, r *http.Request) {
	sc := &client.API{}
	sc.Init(tenantOf(r).SecretKey, nil)
	_, _ = sc.Customers.Get("cus_1", nil)
	sc2 := client.New(tenantOf(r).SecretKey, nil)
	_, _ = sc2.Customers.Get("cus_2", nil)
}

// Silent: set once in init.
func init() {
	stripe.Key = os.Getenv("STRIPE_KEY")
}

// Silent: a constructor that makes no calls.
func NewService(key string) *server {
	stripe.Key = key
	return &server{}
}

// Silent: a setter no handler of this package calls.
func Configure(key string) {
	stripe.Key = key
}
