package uncheckederr_test

import (
	"testing"

	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
	"github.com/stripeerrlint/stripeerrlint/rules/uncheckederr"
)

// TestOwnError: a function that reports a failed Stripe call with an
// error of its own is a wrapper; callers that drop its error are reported,
// in its package and in another (issue 14).
func TestOwnError(t *testing.T) {
	fixturetest.Run(t, uncheckederr.Analyzer,
		"uncheckederr/ownerror/catalog",
		"uncheckederr/ownerror/shop",
	)
}

// TestOwnErrorRealSDK runs the own-error fixtures against the real
// stripe-go v85.
func TestOwnErrorRealSDK(t *testing.T) {
	fixturetest.RunModule(t, uncheckederr.Analyzer, "v85", "./uncheckederr_ownerror/...")
}
