package gocode

import (
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

func TestTypeSwitchOperand(t *testing.T) {
	fn := parseFunc(t, `
	switch err.(type) {}
	switch e := (err).(type) {}
	switch x := y; x.f.(type) {}`)
	want := []string{"err", "err", "f"}
	for i, s := range fn.Body.List {
		x := TypeSwitchOperand(s.(*ast.TypeSwitchStmt))
		var got string
		switch x := ast.Unparen(x).(type) {
		case *ast.Ident:
			got = x.Name
		case *ast.SelectorExpr:
			got = x.Sel.Name
		}
		if got != want[i] {
			t.Errorf("switch %d: TypeSwitchOperand = %v, want %s", i, x, want[i])
		}
	}
	if x := TypeSwitchOperand(&ast.TypeSwitchStmt{}); x != nil {
		t.Errorf("TypeSwitchOperand of an empty switch = %v, want nil", x)
	}
}

func TestCaseValues(t *testing.T) {
	const src = `package p
const k = "b"
func f(s, t string) {
	switch s {
	case "a", k:
	default:
	}
	switch s {
	case "a", t:
	}
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
	body := f.Decls[1].(*ast.FuncDecl).Body.List
	values, all := CaseValues(info, body[0].(*ast.SwitchStmt))
	if len(values) != 2 || !all {
		t.Errorf("CaseValues of case \"a\", k = %v, %v; want two values, all constant", values, all)
	}
	if !ContainsValue(values, constant.MakeString("b")) || ContainsValue(values, constant.MakeString("c")) {
		t.Errorf("ContainsValue(%v): want \"b\" and not \"c\"", values)
	}
	values, all = CaseValues(info, body[1].(*ast.SwitchStmt))
	if len(values) != 1 || all {
		t.Errorf("CaseValues of case \"a\", t = %v, %v; want one value, not all constant", values, all)
	}
}
