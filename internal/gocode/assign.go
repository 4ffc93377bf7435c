package gocode

import (
	"go/ast"
	"go/token"
)

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

// Written returns the expressions that the statement or spec n assigns
// to: the left side of an assignment (:=, = or an operation such as +=),
// the operand of x++ and x--, the names of a ValueSpec, and those of the
// ValueSpecs of a var declaration. It returns nil for anything else.
func Written(n ast.Node) []ast.Expr {
	switch n := n.(type) {
	case *ast.AssignStmt:
		return n.Lhs
	case *ast.IncDecStmt:
		return []ast.Expr{n.X}
	case *ast.ValueSpec:
		lhs, _, _ := Assignment(n)
		return lhs
	case *ast.DeclStmt:
		gd, ok := n.Decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			return nil
		}
		var lhs []ast.Expr
		for _, spec := range gd.Specs {
			lhs = append(lhs, Written(spec)...)
		}
		return lhs
	}
	return nil
}
