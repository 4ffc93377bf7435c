// Package stalesuite holds //stripeerrlint:ignore directives judged by the
// stale analyzer built for the whole suite, over the real rules.
package stalesuite

import "github.com/stripe/stripe-go/v72/customer"

func used(id string) {
	//stripeerrlint:ignore uncheckederr best-effort cleanup; the nightly job retries // silent: suppresses the finding below
	customer.Del(id, nil)
}

func fixed(id string) error {
	//stripeerrlint:ignore uncheckederr the error is checked now // want `^//stripeerrlint:ignore uncheckederr suppressed nothing \(remove it\)$`
	_, err := customer.Del(id, nil)
	return err
}

func partly(id string) {
	customer.Del(id, nil) //stripeerrlint:ignore errswitch,uncheckederr covered by the reconciler // want `^//stripeerrlint:ignore errswitch,uncheckederr suppressed nothing for errswitch \(remove errswitch from it\)$`
}
