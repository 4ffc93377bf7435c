package directive_test

import (
	"fmt"
	"go/ast"
	"reflect"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/stripeerrlint/stripeerrlint/analyzer/directive"
	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
)

// fakeRule is named like a rule so that directives can name it; it
// reports every "_ = N" through directive.Report and returns the
// suppressions recorded for its package.
var fakeRule = &analysis.Analyzer{
	Name:       "uncheckederr",
	Doc:        "report every blank assignment of a literal",
	Requires:   []*analysis.Analyzer{directive.Analyzer},
	ResultType: reflect.TypeFor[[]directive.Suppression](),
	Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if as, ok := n.(*ast.AssignStmt); ok {
					if lit, ok := as.Rhs[0].(*ast.BasicLit); ok {
						directive.Report(pass, analysis.Diagnostic{Pos: as.Pos(), End: as.End(), Category: "fake", Message: "assignment of " + lit.Value})
					}
				}
				return true
			})
		}
		return directive.From(pass).Suppressions(), nil
	},
}

// TestSuppressions checks that Report drops suppressed findings and
// records those a directive suppressed, with the directive's reason and
// position, and not those dropped because their file is generated.
func TestSuppressions(t *testing.T) {
	results := analysistest.Run(t, fixturetest.TestData(t), fakeRule, "directive/suppressed")
	if len(results) != 1 {
		t.Fatalf("%d results", len(results))
	}
	pass := results[0].Pass
	var got []string
	for _, s := range results[0].Result.([]directive.Suppression) {
		got = append(got, fmt.Sprintf("%s %s %q at %d: %q (directive on line %d)", s.Analyzer, s.Diagnostic.Category, s.Diagnostic.Message,
			pass.Fset.Position(s.Diagnostic.Pos).Line, s.Reason, pass.Fset.Position(s.Directive).Line))
	}
	want := []string{
		`uncheckederr fake "assignment of 1" at 7: "the refund job retries it" (directive on line 6)`,
		`uncheckederr fake "assignment of 2" at 9: "checked by the caller" (directive on line 9)`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("suppressions:\n%q\nwant:\n%q", got, want)
	}
}
