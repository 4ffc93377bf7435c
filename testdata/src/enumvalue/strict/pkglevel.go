// Package strict runs enumvalue with -strict: every undeclared value is
// reported, also those that no declared value is clearly close to (which,
// by default, may be values newer than the SDK major). This file: the
// package-level API of stripe-go v72.
package strict

import (
	"log"

	stripe "github.com/stripe/stripe-go/v72"
)

func classify(se *stripe.Error) {
	if se.Type == stripe.ErrorType("card") { // want `"card" is not a declared stripe.ErrorType value \(compare with one of the stripe.ErrorType constants\)`
		log.Print("too far from card_error to suggest it")
	}
	if se.Type == stripe.ErrorTypeCard { // silent: the SDK constant
		log.Print("card")
	}
	if se.Code == "card_declined" { // silent: a literal with a declared value
		log.Print(se.DeclineCode)
	}
	if se.Code == "" { // silent: the empty string means "no code"
		log.Print("no code")
	}
}

func isAsyncMethod(t stripe.PaymentMethodType) bool {
	return t == stripe.PaymentMethodType("upi") // want `"upi" is not a declared stripe.PaymentMethodType value \(compare with one of the stripe.PaymentMethodType constants\)`
}

func suppressed(se *stripe.Error) {
	//stripeerrlint:ignore enumvalue a code our proxy adds
	if se.Code == "proxy_timeout" {
		log.Print("proxy")
	}
}
