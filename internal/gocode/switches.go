package gocode

import "go/ast"

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
