// Package stubcheck imports every package of the real Stripe SDKs that
// testdata/src stubs, so that this module's go.mod and go.sum hold what
// internal/stubcheck needs to load them and compare them with the stubs.
// Add an import here when you add a stub package.
package stubcheck

import (
	_ "github.com/stripe/stripe-go/v72"
	_ "github.com/stripe/stripe-go/v72/charge"
	_ "github.com/stripe/stripe-go/v72/client"
	_ "github.com/stripe/stripe-go/v72/customer"
	_ "github.com/stripe/stripe-go/v72/form"
	_ "github.com/stripe/stripe-go/v72/invoice"
	_ "github.com/stripe/stripe-go/v72/paymentintent"
	_ "github.com/stripe/stripe-go/v72/payout"
	_ "github.com/stripe/stripe-go/v72/refund"
	_ "github.com/stripe/stripe-go/v72/setupintent"
	_ "github.com/stripe/stripe-go/v72/sub"
	_ "github.com/stripe/stripe-go/v72/webhook"

	_ "github.com/stripe/stripe-go/v85"
	_ "github.com/stripe/stripe-go/v85/charge"
	_ "github.com/stripe/stripe-go/v85/customer"
	_ "github.com/stripe/stripe-go/v85/form"
	_ "github.com/stripe/stripe-go/v85/invoice"
	_ "github.com/stripe/stripe-go/v85/paymentintent"
	_ "github.com/stripe/stripe-go/v85/payout"
	_ "github.com/stripe/stripe-go/v85/refund"
	_ "github.com/stripe/stripe-go/v85/setupintent"
	_ "github.com/stripe/stripe-go/v85/subscription"
	_ "github.com/stripe/stripe-go/v85/webhook"
)
