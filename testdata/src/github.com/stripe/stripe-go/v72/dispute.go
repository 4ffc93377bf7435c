// Package stripe is a stub of github.com/stripe/stripe-go/v72 for analysistest fixtures: only what the fixtures use, with the real declarations.
package stripe

// A dispute occurs when a customer questions your charge with their card issuer.
type Dispute struct {
	APIResource
	// Disputed amount.
	Amount int64 `json:"amount"`
	// Unique identifier for the object.
	ID string `json:"id"`
}
