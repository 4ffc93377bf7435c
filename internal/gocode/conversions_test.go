package gocode

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

func TestConversion(t *testing.T) {
	const src = `package p
type T string
func f(s string) {
	_ = (T(s))
	_ = string(s)
	_ = len(s)
	_ = s
}`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: make(map[ast.Expr]types.TypeAndValue)}
	if _, err := new(types.Config).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	want := []string{"p.T", "string", "", ""}
	for i, s := range f.Decls[1].(*ast.FuncDecl).Body.List {
		x := s.(*ast.AssignStmt).Rhs[0]
		y, to, ok := Conversion(info, x)
		got := ""
		if ok {
			got = to.String()
			if id, isID := y.(*ast.Ident); !isID || id.Name != "s" {
				t.Errorf("statement %d: Conversion operand = %v, want s", i, y)
			}
		}
		if got != want[i] {
			t.Errorf("statement %d: Conversion to %q, want %q", i, got, want[i])
		}
	}
}
