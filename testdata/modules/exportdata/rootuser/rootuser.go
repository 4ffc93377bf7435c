// Package rootuser imports the SDK's root package, so that the standalone
// driver, loading ./..., reads the root package's export data in full.
package rootuser

import stripe "github.com/stripe/stripe-go/v72"

// Amount returns the params of a PaymentIntent of amount.
func Amount(amount int64) *stripe.PaymentIntentParams {
	return &stripe.PaymentIntentParams{Amount: stripe.Int64(amount)}
}
