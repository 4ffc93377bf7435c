package stripesdk_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
)

// TestVerifierFacts checks the Verifier facts of webhook verification
// wrappers (and that functions that swallow the failure get none).
func TestVerifierFacts(t *testing.T) {
	analysistest.Run(t, fixturetest.TestData(t), stripesdk.Analyzer, "stripesdk/facts/verifiers")
}
