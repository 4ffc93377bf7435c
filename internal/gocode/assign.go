package gocode

import (
	"go/ast"
	"go/token"
)

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
		lhs := make([]ast.Expr, len(n.Names))
		for i, id := range n.Names {
			lhs[i] = id
		}
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
