package stripesdk_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
)

// TestWrapperFacts checks the Wrapper and WrapperPackage facts the model
// exports, with // want name:"fact" comments.
func TestWrapperFacts(t *testing.T) {
	analysistest.Run(t, fixturetest.TestData(t), stripesdk.Analyzer,
		"stripesdk/facts/billing", "stripesdk/facts/handlers", "stripesdk/facts/inactive")
}
