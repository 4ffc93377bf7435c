// Package client is a stub of github.com/stripe/stripe-go/v72/client for analysistest fixtures: only what the fixtures use, with the real declarations.
package client

import (
	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/charge"
	"github.com/stripe/stripe-go/v72/customer"
	"github.com/stripe/stripe-go/v72/invoice"
	"github.com/stripe/stripe-go/v72/paymentintent"
	"github.com/stripe/stripe-go/v72/payout"
	"github.com/stripe/stripe-go/v72/refund"
	"github.com/stripe/stripe-go/v72/setupintent"
	"github.com/stripe/stripe-go/v72/sub"
)

// API is the Stripe client. It contains all the different resources available.
type API struct {
	// Charges is the client used to invoke /charges APIs.
	Charges *charge.Client

	// Customers is the client used to invoke /customers APIs.
	Customers *customer.Client

	// Invoices is the client used to invoke /invoices APIs.
	Invoices *invoice.Client

	// PaymentIntents is the client used to invoke /payment_intents APIs.
	PaymentIntents *paymentintent.Client

	// Payouts is the client used to invoke /payouts APIs.
	Payouts *payout.Client

	// Refunds is the client used to invoke /refunds APIs.
	Refunds *refund.Client

	// SetupIntents is the client used to invoke /setup_intents APIs.
	SetupIntents *setupintent.Client

	// Subscriptions is the client used to invoke /subscriptions APIs.
	Subscriptions *sub.Client
}

func (a *API) Init(key string, backends *stripe.Backends) {}

// New creates a new Stripe client with the appropriate secret key
// as well as providing the ability to override the backends as needed.
func New(key string, backends *stripe.Backends) *API {
	api := API{}
	api.Init(key, backends)
	return &api
}
