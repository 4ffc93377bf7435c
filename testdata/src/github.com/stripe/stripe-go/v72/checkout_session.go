// Package stripe is a stub of github.com/stripe/stripe-go/v72 for analysistest fixtures: only what the fixtures use, with the real declarations.
package stripe

// A Checkout Session represents your customer's session as they pay for one-time purchases or subscriptions through Checkout or Payment Links.
type CheckoutSession struct {
	APIResource
	// Unique identifier for the object. Used to pass to `redirectToCheckout` in Stripe.js.
	ID string `json:"id"`
}
