package gocode

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"testing"
)

// parseFunc parses the statements body as the body of a function.
func parseFunc(t *testing.T, body string) *ast.FuncDecl {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "p.go", "package p\nfunc f() {\n"+body+"\n}\n", 0)
	if err != nil {
		t.Fatal(err)
	}
	return f.Decls[0].(*ast.FuncDecl)
}

func TestAssignment(t *testing.T) {
	fn := parseFunc(t, `
	a, b := 1, 2
	var c, d = 3, 4
	var e int
	g, err := h()
	a++`)
	tests := []struct {
		lhs, rhs int
		ok       bool
	}{{2, 2, true}, {2, 2, true}, {1, 0, true}, {2, 1, true}, {0, 0, false}}
	for i, s := range fn.Body.List {
		n := ast.Node(s)
		if d, ok := s.(*ast.DeclStmt); ok {
			n = d.Decl.(*ast.GenDecl).Specs[0]
		}
		lhs, rhs, ok := Assignment(n)
		if len(lhs) != tests[i].lhs || len(rhs) != tests[i].rhs || ok != tests[i].ok {
			t.Errorf("statement %d: Assignment = %d, %d, %v; want %v", i, len(lhs), len(rhs), ok, tests[i])
		}
		if vs, isSpec := n.(*ast.ValueSpec); isSpec && lhs[0] != vs.Names[0] {
			t.Errorf("statement %d: Assignment does not return the spec's names", i)
		}
	}
}

func TestAssignedValue(t *testing.T) {
	fn := parseFunc(t, `
	a, b := 1, 2
	var c, d = 3, 4
	g, err := h()`)
	pair := fn.Body.List[0].(*ast.AssignStmt)
	if got := AssignedValue(pair, pair.Lhs[1]); got != pair.Rhs[1] {
		t.Errorf("AssignedValue(a, b := 1, 2; b) = %v, want 2", got)
	}
	if got := AssignedValue(pair, pair.Rhs[0]); got != nil {
		t.Errorf("AssignedValue of a right-hand side = %v, want nil", got)
	}
	spec := fn.Body.List[1].(*ast.DeclStmt).Decl.(*ast.GenDecl).Specs[0].(*ast.ValueSpec)
	if got := AssignedValue(spec, spec.Names[0]); got != spec.Values[0] {
		t.Errorf("AssignedValue(var c, d = 3, 4; c) = %v, want 3", got)
	}
	tuple := fn.Body.List[2].(*ast.AssignStmt)
	if got := AssignedValue(tuple, tuple.Lhs[0]); got != nil {
		t.Errorf("AssignedValue of a tuple assignment = %v, want nil", got)
	}
	if got := AssignedValue(fn.Body, pair.Lhs[0]); got != nil {
		t.Errorf("AssignedValue of a block = %v, want nil", got)
	}
}
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
