// Package directives exercises //stripeerrlint:ignore with uncheckederr.
package directives

import (
	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/customer"
)

func suppressedAbove(id string) {
	//stripeerrlint:ignore uncheckederr best-effort cleanup; the nightly job retries
	customer.Del(id, nil)
}

func suppressedOnLine(id string) {
	customer.Del(id, nil) //stripeerrlint:ignore uncheckederr best-effort cleanup
}

func suppressedList(id string) {
	customer.Del(id, nil) //stripeerrlint:ignore errswitch,uncheckederr covered by the reconciler
}

func otherRule(id string) {
	//stripeerrlint:ignore errswitch wrong rule named: the finding stays
	customer.Del(id, nil) // want `error returned by customer.Del is not checked`
}

func tooFarAbove(id string) {
	//stripeerrlint:ignore uncheckederr two lines above does not count

	customer.Del(id, nil) // want `error returned by customer.Del is not checked`
}

func noReason(id string) {
	//stripeerrlint:ignore uncheckederr
	customer.Del(id, nil) // want `error returned by customer.Del is not checked`
}

var _ = stripe.String
