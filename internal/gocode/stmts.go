package gocode

import (
	"go/ast"

	"golang.org/x/tools/go/ast/inspector"
)

// ListStmt returns the innermost statement at or around cur that is an
// element of a statement list (a block, case clause or select clause), in
// the innermost function around cur: the statement before which code that
// runs first can be inserted. It reports false when there is none (cur is
// at package level, or in a function literal's parameters).
func ListStmt(cur inspector.Cursor) (inspector.Cursor, bool) {
	for s := cur; s.Node() != nil; s = s.Parent() {
		switch s.Node().(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return inspector.Cursor{}, false
		case ast.Stmt:
			if InBlock(s) {
				return s, true
			}
		}
	}
	return inspector.Cursor{}, false
}

// Stmts returns the statement list of n when it is a block, a case clause
// or a select clause, and nil for any other node.
func Stmts(n ast.Node) []ast.Stmt {
	switch n := n.(type) {
	case *ast.BlockStmt:
		return n.List
	case *ast.CaseClause:
		return n.Body
	case *ast.CommClause:
		return n.Body
	}
	return nil
}
