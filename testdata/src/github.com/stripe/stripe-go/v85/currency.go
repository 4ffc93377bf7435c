// Package stripe is a stub of github.com/stripe/stripe-go/v85 for analysistest fixtures: only what the fixtures use, with the real declarations.
package stripe

// Currency is the list of supported currencies.
// For more details see https://support.stripe.com/questions/which-currencies-does-stripe-support.
type Currency string

// List of values that Currency can take.
const (
	CurrencyEUR Currency = "eur" // Euro
	CurrencyGBP Currency = "gbp" // British Pound
	CurrencyUSD Currency = "usd" // United States Dollar
)
