package gocode

import (
	"go/ast"
	"go/types"
)

// Conversion reports whether x (in parentheses or not) is a conversion
// T(y), and returns y and T.
func Conversion(info *types.Info, x ast.Expr) (operand ast.Expr, to types.Type, ok bool) {
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return nil, nil, false
	}
	tv, ok := info.Types[call.Fun]
	if !ok || !tv.IsType() {
		return nil, nil, false
	}
	return call.Args[0], tv.Type, true
}
