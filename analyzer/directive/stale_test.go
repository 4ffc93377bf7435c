package directive_test

import (
	"go/ast"
	"go/token"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/stripeerrlint/stripeerrlint/analyzer/directive"
	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
)

// fakeErrswitch is named like a rule; it reports every `_ = "s"` through
// directive.Report.
var fakeErrswitch = &analysis.Analyzer{
	Name:     "errswitch",
	Doc:      "report every blank assignment of a string literal",
	Requires: []*analysis.Analyzer{directive.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if as, ok := n.(*ast.AssignStmt); ok {
					if lit, ok := as.Rhs[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
						directive.Report(pass, analysis.Diagnostic{Pos: as.Pos(), End: as.End(), Category: "fake", Message: "assignment of " + lit.Value})
					}
				}
				return true
			})
		}
		return nil, nil
	},
}

// TestStale checks which directives the stale analyzer reports when the
// rules uncheckederr and errswitch ran (fakes) and fatal did not.
func TestStale(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, fixturetest.TestData(t), directive.NewStaleAnalyzer(fakeRule, fakeErrswitch), "directive/stale")
}

// TestStaleNotRun checks that a rule that did not run is not judged.
func TestStaleNotRun(t *testing.T) {
	analysistest.Run(t, fixturetest.TestData(t), directive.NewStaleAnalyzer(fakeErrswitch), "directive/stalesubset")
}

// TestWithStale checks that drivers get a stale analyzer for the rules
// they run and nothing else.
func TestWithStale(t *testing.T) {
	other := &analysis.Analyzer{Name: "other", Doc: "not a rule", Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	if got := directive.WithStale([]*analysis.Analyzer{other, directive.Analyzer}); len(got) != 2 {
		t.Errorf("no rule: WithStale added %s", got[len(got)-1].Name)
	}
	in := []*analysis.Analyzer{fakeErrswitch, other, directive.Analyzer}
	got := directive.WithStale(in)
	if len(got) != 4 || got[3].Name != directive.StaleName {
		t.Fatalf("WithStale: got %d analyzers, want the 3 given and %s", len(got), directive.StaleName)
	}
	if want := []*analysis.Analyzer{directive.Analyzer, fakeErrswitch}; !slices.Equal(got[3].Requires, want) {
		t.Errorf("stale analyzer requires %v, want directive and errswitch", got[3].Requires)
	}
	if err := analysis.Validate(got); err != nil {
		t.Error(err)
	}
}
