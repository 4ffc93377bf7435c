// Package errorsname has a local errors that the fix must not capture
// (run with -strict: err is a parameter).
package errorsname

import (
	"log"

	stripe "github.com/stripe/stripe-go/v72"
)

type errs struct{}

func check(err error) {
	errors := errs{}
	if se, ok := err.(*stripe.Error); ok { // want `type assertion to \*stripe.Error misses`
		log.Print(se.Msg, errors)
	}
}
