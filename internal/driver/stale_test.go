package driver

import (
	"go/ast"
	"go/token"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/stripeerrlint/stripeerrlint/analyzer/directive"
)

// TestVetAnalyzers checks that under go vet the stale-directive analyzer
// is built for the rules the enable flags select.
func TestVetAnalyzers(t *testing.T) {
	rule := func(name string) *analysis.Analyzer {
		return &analysis.Analyzer{Name: name, Doc: name + ": a rule", Requires: []*analysis.Analyzer{directive.Analyzer},
			Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	}
	a, b := rule("a"), rule("b")
	suite := []*analysis.Analyzer{a, b, directive.Analyzer}
	for _, tc := range []struct {
		args []string
		want string // the rules the stale analyzer requires
	}{
		{[]string{"unit.cfg"}, "a b"},
		{[]string{"-flags"}, "a b"},
		{[]string{"-a=false", "-json", "unit.cfg"}, "b"},
		{[]string{"--b=0", "unit.cfg"}, "a"},
		{[]string{"-b", "-a.flag=x", "unit.cfg"}, "b"},
		{[]string{"-a", "-b=true", "-c", "3", "unit.cfg"}, "a b"},
		{[]string{"-stripeerrlint=false", "--", "-a=false"}, "a b"},
	} {
		got := vetAnalyzers(suite, tc.args)
		if len(got) != len(suite)+1 || !slices.Equal(got[:len(suite)], suite) || got[len(suite)].Name != directive.StaleName {
			t.Errorf("%q: got %d analyzers, want the suite and %s", tc.args, len(got), directive.StaleName)
			continue
		}
		var names []string
		for _, r := range got[len(suite)].Requires {
			if r != directive.Analyzer {
				names = append(names, r.Name)
			}
		}
		if strings.Join(names, " ") != tc.want {
			t.Errorf("%q: stale analyzer requires %v, want %s", tc.args, names, tc.want)
		}
	}
	if got := vetAnalyzers(suite, []string{"-stripeerrlint", "unit.cfg"}); !slices.Equal(got, suite) {
		t.Errorf("no rule selected: got %d analyzers, want the suite", len(got))
	}
}

// fakeRule returns an analyzer named like a rule that reports, through
// directive.Report, every blank assignment of a literal of the given kind.
func fakeRule(name string, kind token.Token) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     name,
		Doc:      name + ": report blank assignments of literals",
		Requires: []*analysis.Analyzer{directive.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			for _, f := range pass.Files {
				ast.Inspect(f, func(n ast.Node) bool {
					if as, ok := n.(*ast.AssignStmt); ok {
						if lit, ok := as.Rhs[0].(*ast.BasicLit); ok && lit.Kind == kind {
							directive.Report(pass, analysis.Diagnostic{Pos: as.Pos(), Message: "assignment of " + lit.Value})
						}
					}
					return true
				})
			}
			return nil, nil
		},
	}
}

// TestRunStale checks that the standalone driver reports stale directives
// for the rules it runs, and only for those.
func TestRunStale(t *testing.T) {
	needGo(t)
	dir := writeModule(t, map[string]string{
		"go.mod": "module example.com/stale\n\ngo 1.26\n",
		"app/app.go": `package app

func F(x int) {
	//stripeerrlint:ignore uncheckederr used
	_ = 1
	//stripeerrlint:ignore uncheckederr stale
	_ = x
	//stripeerrlint:ignore errswitch stale
	_ = x
}
`,
	})
	rules := []*analysis.Analyzer{fakeRule("uncheckederr", token.INT), fakeRule("errswitch", token.STRING), directive.Analyzer}
	const (
		staleUnchecked = "app/app.go:6:2: //stripeerrlint:ignore uncheckederr suppressed nothing (remove it)"
		staleErrswitch = "app/app.go:8:2: //stripeerrlint:ignore errswitch suppressed nothing (remove it)"
	)
	for _, tc := range []struct {
		flags []string
		want  []string
	}{
		{nil, []string{staleUnchecked, staleErrswitch}},
		{[]string{"-errswitch=false"}, []string{staleUnchecked}},
		{[]string{"-errswitch"}, []string{staleErrswitch}},
		{[]string{"-stripeerrlint"}, nil}, // no rule runs
	} {
		args := append(tc.flags, "-C", dir, "./...")
		stdout, stderr, code := runDriver(t, rules, args...)
		if got := lines(stdout); !slices.Equal(got, tc.want) || stderr != "" {
			t.Errorf("%q: exit %d, stderr %q, stdout:\n%s\nwant:\n%s", tc.flags, code, stderr, stdout, strings.Join(tc.want, "\n"))
		}
	}
}
