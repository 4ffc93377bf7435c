package suite_test

import (
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/stripeerrlint/stripeerrlint/analyzer/directive"
	"github.com/stripeerrlint/stripeerrlint/analyzer/suite"
	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
)

// TestStale builds the stale-directive analyzer as the drivers do for the
// whole suite: it requires every rule and nothing the suite does not run,
// and judges directives against the real rules' findings.
func TestStale(t *testing.T) {
	analyzers := directive.WithStale(suite.Analyzers())
	stale := analyzers[len(analyzers)-1]
	if stale.Name != directive.StaleName {
		t.Fatalf("WithStale(suite.Analyzers()) ends with %s, want %s", stale.Name, directive.StaleName)
	}
	rules := slices.DeleteFunc(suite.Analyzers(), func(a *analysis.Analyzer) bool { return a == directive.Analyzer })
	if want := append([]*analysis.Analyzer{directive.Analyzer}, rules...); !slices.Equal(stale.Requires, want) {
		t.Errorf("%s requires %d analyzers, want directive.Analyzer and the %d rules", stale.Name, len(stale.Requires), len(rules))
	}
	if err := analysis.Validate(analyzers); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, fixturetest.TestData(t), stale, "directive/stalesuite")
}
