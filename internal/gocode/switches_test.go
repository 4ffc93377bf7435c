package gocode

import (
	"go/ast"
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
