package directive

import (
	"go/token"
	"testing"

	"golang.org/x/tools/go/analysis"
)

func TestApplicableFixes(t *testing.T) {
	fset := token.NewFileSet()
	a := fset.AddFile("a.go", -1, 100)
	b := fset.AddFile("b.go", -1, 100)
	at := func(f *token.File, off int) token.Pos { return token.Pos(f.Base() + off) }
	fix := func(msg string, edits ...analysis.TextEdit) analysis.SuggestedFix {
		return analysis.SuggestedFix{Message: msg, TextEdits: edits}
	}
	d := analysis.Diagnostic{Pos: at(a, 10), SuggestedFixes: []analysis.SuggestedFix{
		fix("in file", analysis.TextEdit{Pos: at(a, 10), End: at(a, 20)}, analysis.TextEdit{Pos: at(a, 100), End: at(a, 100)}),
		fix("other file", analysis.TextEdit{Pos: at(b, 1), End: at(b, 2)}),
		fix("past the end", analysis.TextEdit{Pos: at(a, 90), End: at(a, 90) + 50}),
		fix("no position", analysis.TextEdit{Pos: token.NoPos, End: token.NoPos}),
		fix("insertion", analysis.TextEdit{Pos: at(a, 5)}),
	}}
	var got []string
	for _, f := range applicableFixes(fset, d) {
		got = append(got, f.Message)
	}
	want := []string{"in file", "insertion"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("applicableFixes kept %q, want %q", got, want)
	}
	if fixes := applicableFixes(fset, analysis.Diagnostic{Pos: at(a, 1)}); fixes != nil {
		t.Errorf("no fixes: got %v, want nil", fixes)
	}
}
