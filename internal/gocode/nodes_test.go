package gocode_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"

	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

func TestFuncBody(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "p.go", "package p\nfunc f() { _ = func() {} }\nfunc g()\nvar x = 1", 0)
	if err != nil {
		t.Fatal(err)
	}
	decl := f.Decls[0].(*ast.FuncDecl)
	if gocode.FuncBody(decl) != decl.Body {
		t.Error("FuncBody(f) is not f's body")
	}
	lit := decl.Body.List[0].(*ast.AssignStmt).Rhs[0].(*ast.FuncLit)
	if gocode.FuncBody(lit) != lit.Body {
		t.Error("FuncBody(literal) is not the literal's body")
	}
	if gocode.FuncBody(f.Decls[1]) != nil || gocode.FuncBody(f.Decls[2]) != nil {
		t.Error("FuncBody of a bodiless declaration or a var is not nil")
	}
}

func TestNameOccurs(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "p.go", "package p\nfunc f() { err := g(); _ = err }", 0)
	if err != nil {
		t.Fatal(err)
	}
	body := f.Decls[0].(*ast.FuncDecl).Body
	if !gocode.NameOccurs(body, "err") || !gocode.NameOccurs(body, "g") || gocode.NameOccurs(body, "se") {
		t.Error("NameOccurs: wrong answer for err, g or se")
	}
}
