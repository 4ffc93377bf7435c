package stripesdk_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
)

// TestOwnErrorWrappers: a function that reports a failed Stripe call with
// an error of its own is a wrapper that does not wrap (issue 14).
func TestOwnErrorWrappers(t *testing.T) {
	analysistest.Run(t, fixturetest.TestData(t), stripesdk.Analyzer, "stripesdk/ownerror")
}
