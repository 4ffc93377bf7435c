// Package stripe is a stub of github.com/stripe/stripe-go/v85 for analysistest fixtures: only what the fixtures use, with the real declarations.
package stripe

// Each customer has a [`balance`](https://docs.stripe.com/api/customers/object#customer_object-balance) that is
// automatically applied to future invoices and payments using the `customer_balance` payment method.
// Customers can fund this balance by initiating a bank transfer to any account in the
// `financial_addresses` field.
// Related guide: [Customer balance funding instructions](https://docs.stripe.com/payments/customer-balance/funding-instructions)
type FundingInstructions struct {
	APIResource

	// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
	Currency Currency `json:"currency"`

	// If the object exists in live mode, the value is `true`. If the object exists in test mode, the value is `false`.
	Livemode bool `json:"livemode"`

	// String representing the object's type. Objects of the same type share the same value.
	Object string `json:"object"`
}
