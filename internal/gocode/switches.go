package gocode

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
)

// TypeSwitchOperand returns x of a type switch "switch x.(type)" or
// "switch v := x.(type)", or nil when the switch is malformed.
func TypeSwitchOperand(sw *ast.TypeSwitchStmt) ast.Expr {
	var x ast.Expr
	switch a := sw.Assign.(type) {
	case *ast.ExprStmt:
		x = a.X
	case *ast.AssignStmt:
		if len(a.Rhs) == 1 {
			x = a.Rhs[0]
		}
	}
	if ta, ok := ast.Unparen(x).(*ast.TypeAssertExpr); ok {
		return ta.X
	}
	return nil
}

// CaseValues returns the constant values of the case expressions of sw, in
// source order, and whether every case expression is a constant.
func CaseValues(info *types.Info, sw *ast.SwitchStmt) (values []constant.Value, allConst bool) {
	allConst = true
	for _, stmt := range sw.Body.List {
		for _, x := range stmt.(*ast.CaseClause).List {
			if v := info.Types[x].Value; v != nil {
				values = append(values, v)
			} else {
				allConst = false
			}
		}
	}
	return values, allConst
}

// ContainsValue reports whether values holds a constant equal to v (of
// the same kind: values of a switch's cases and of a candidate case).
func ContainsValue(values []constant.Value, v constant.Value) bool {
	return slices.ContainsFunc(values, func(w constant.Value) bool { return constant.Compare(w, token.EQL, v) })
}
