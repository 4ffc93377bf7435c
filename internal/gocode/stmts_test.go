package gocode

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"

	"golang.org/x/tools/go/ast/inspector"
)

func TestListStmt(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "p.go", `package p
var v = g()
func f() {
	if x := g(); x {
		h(func() { g() })
	}
}`, 0)
	if err != nil {
		t.Fatal(err)
	}
	in := inspector.New([]*ast.File{f})
	var got []string
	for cur := range in.Root().Preorder((*ast.CallExpr)(nil)) {
		s, ok := ListStmt(cur)
		switch {
		case !ok:
			got = append(got, "none")
		default:
			got = append(got, map[bool]string{true: "if", false: "expr"}[isIf(s.Node())])
		}
	}
	// g() at package level; g() in the if's init: the if statement;
	// h(...): its expression statement; g() in the literal: its own.
	want := []string{"none", "if", "expr", "expr"}
	if len(got) != len(want) {
		t.Fatalf("ListStmt: %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("ListStmt of call %d: %s, want %s", i, got[i], want[i])
		}
	}
}

func isIf(n ast.Node) bool {
	_, ok := n.(*ast.IfStmt)
	return ok
}
