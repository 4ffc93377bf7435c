// Package directive holds a suppressed finding and malformed
// //stripeerrlint: directives in a module against the real stripe-go v72,
// so that the tests over the whole suite on this module
// (analyzer/suite's unitchecker comparison, cmd/stripeerrlint's
// determinism test) see the directive analyzer report too.
package directive

import (
	"github.com/stripe/stripe-go/v72/customer"
)

// Delete drops the error of a Stripe call on purpose, with a directive
// that gives the reason: nothing is reported.
func Delete(id string) {
	//stripeerrlint:ignore uncheckederr the customer may already be gone, and a nightly job retries
	customer.Del(id, nil)
}

// Bad holds directives that the directive analyzer reports.
func Bad(id string) {
	//stripeerrlint:ignore uncheckederr
	customer.Del(id, nil)

	//stripeerrlint:ignore uncheckederrs typo in the rule name
	customer.Del(id, nil)
}
