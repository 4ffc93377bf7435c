package gocode

import "go/ast"

// Assignment returns the left-hand sides and the values of an assignment
// statement or of a value spec (whose names it returns as expressions),
// and false for any other node. The values are empty in a declaration
// without initialiser (var x T) and are one call in a tuple assignment
// (a, err := f()).
func Assignment(n ast.Node) (lhs, rhs []ast.Expr, ok bool) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		return n.Lhs, n.Rhs, true
	case *ast.ValueSpec:
		lhs = make([]ast.Expr, len(n.Names))
		for i, id := range n.Names {
			lhs[i] = id
		}
		return lhs, n.Values, true
	}
	return nil, nil, false
}

// AssignedValue returns the value that the assignment statement or value
// spec n gives to its left-hand side x, or nil: x is none of n's left-hand
// sides, or n assigns the results of one call to several (a, err := f()).
func AssignedValue(n ast.Node, x ast.Expr) ast.Expr {
	lhs, rhs, ok := Assignment(n)
	if !ok || len(lhs) != len(rhs) {
		return nil
	}
	for i, l := range lhs {
		if l == x {
			return rhs[i]
		}
	}
	return nil
}
