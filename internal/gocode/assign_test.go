package gocode

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"testing"
)

func TestWritten(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "p.go", `package p
func f() {
	a, b.c = 1, 2
	d += 1
	e++
	var g, h = 1, 2
	const k = 1
	print(a)
}`, 0)
	if err != nil {
		t.Fatal(err)
	}
	body := f.Decls[0].(*ast.FuncDecl).Body.List
	want := [][]string{{"a", "b.c"}, {"d"}, {"e"}, {"g", "h"}, nil, nil}
	for i, s := range body {
		var got []string
		for _, e := range Written(s) {
			got = append(got, types.ExprString(e))
		}
		if !slices.Equal(got, want[i]) {
			t.Errorf("Written(statement %d) = %v, want %v", i, got, want[i])
		}
	}
	spec := body[3].(*ast.DeclStmt).Decl.(*ast.GenDecl).Specs[0]
	if got := len(Written(spec)); got != 2 {
		t.Errorf("Written(ValueSpec) has %d expressions, want 2", got)
	}
}
