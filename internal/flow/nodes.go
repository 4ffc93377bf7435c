package flow

import (
	"go/ast"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
)

// GraphNode returns the body of the innermost function around cur and the
// node of that body's control-flow graph that contains cur (the statement,
// condition, switch tag or case expression, range operand or ValueSpec
// go/cfg keeps in its blocks), so that Solution.Before can answer for it.
// It reports false at package level. (Graphs.At and Solver.At answer the
// same with the graph.)
func GraphNode(cur inspector.Cursor) (*ast.BlockStmt, ast.Node, bool) {
	fn, node, ok := graphNode(cur)
	if !ok {
		return nil, nil, false
	}
	switch fn := fn.(type) {
	case *ast.FuncLit:
		return fn.Body, node, true
	case *ast.FuncDecl:
		return fn.Body, node, true
	}
	return nil, nil, false
}

// graphNode returns the innermost function declaration or literal around
// cur (one with a body) and the node of its graph that contains cur.
func graphNode(cur inspector.Cursor) (ast.Node, ast.Node, bool) {
	var node ast.Node
	for p := range cur.Enclosing() {
		switch n := p.Node().(type) {
		case *ast.FuncLit:
			if node == nil {
				return nil, nil, false
			}
			return n, node, true
		case *ast.FuncDecl:
			if node == nil || n.Body == nil {
				return nil, nil, false
			}
			return n, node, true
		}
		if node == nil && isGraphNode(p) {
			node = p.Node()
		}
	}
	return nil, nil, false
}

// isGraphNode reports whether the node at cur is one go/cfg lists in its
// blocks.
func isGraphNode(cur inspector.Cursor) bool {
	n := cur.Node()
	switch parent := cur.Parent().Node().(type) {
	case *ast.IfStmt:
		if n == parent.Cond {
			return true
		}
	case *ast.ForStmt:
		if n == parent.Cond {
			return true
		}
	case *ast.SwitchStmt:
		if n == parent.Tag {
			return true
		}
	case *ast.TypeSwitchStmt:
		if n == parent.Assign {
			return true
		}
	case *ast.CaseClause:
		if e, ok := n.(ast.Expr); ok && slices.Contains(parent.List, e) {
			return true
		}
	case *ast.RangeStmt:
		if n == parent.X {
			return true
		}
	}
	switch n.(type) {
	case *ast.ReturnStmt, *ast.ExprStmt, *ast.AssignStmt, *ast.IncDecStmt, *ast.SendStmt, *ast.GoStmt, *ast.DeferStmt, *ast.ValueSpec:
		return true
	}
	return false
}
