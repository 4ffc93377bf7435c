// Package strict runs enumvalue -strict against the real stripe-go v72.
package strict

import stripe "github.com/stripe/stripe-go/v72"

// v72.122.0 declares no PaymentMethodTypeUpi: with -strict, "upi" is
// reported like any undeclared value.
func isAsyncMethod(t stripe.PaymentMethodType) bool {
	return t == stripe.PaymentMethodTypeSepaDebit || t == stripe.PaymentMethodType("upi") // want `"upi" is not a declared stripe.PaymentMethodType value \(compare with one of the stripe.PaymentMethodType constants\)`
}
