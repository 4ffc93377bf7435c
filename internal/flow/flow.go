package flow

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/cfg"

	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// Func answers questions about the values stored in the local variables
// of one function body.
type Func struct {
	Body *ast.BlockStmt
	info *types.Info
	g    *Graph
	// captured holds the local variables that function literals in Body
	// refer to: their reads and writes cannot be placed on the graph.
	captured map[*types.Var]bool
}

// New returns the flow view of body, the body of a function declaration or
// literal, on a graph it builds itself (see Solve). An analyzer that
// requires ctrlflow.Analyzer should use Graph.Func instead.
func New(info *types.Info, body *ast.BlockStmt) *Func {
	return build(info, body).Func()
}

// Func returns the flow view of g.
func (g *Graph) Func() *Func {
	f := &Func{Body: g.Body, info: g.info, g: g}
	f.captured = make(map[*types.Var]bool)
	ast.Inspect(g.Body, func(n ast.Node) bool {
		lit, ok := n.(*ast.FuncLit)
		if !ok {
			return true
		}
		ast.Inspect(lit.Body, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if v, ok := g.info.Uses[id].(*types.Var); ok && !v.IsField() {
					f.captured[v] = true
				}
			}
			return true
		})
		return false
	})
	return f
}

// StoredValueRead reports whether the value that def (an assignment, a
// ValueSpec or a range statement's key or value: a node of the graph, or
// the init statement of an if or switch) stores in v can be read: whether
// some path from def reaches a read of v before an assignment overwrites
// v. A variable that is not a plain local of this body (a named result, a
// package-level variable, one captured by a function literal, one whose
// address is taken) counts as read: its value can escape the function.
func (f *Func) StoredValueRead(def ast.Node, v *types.Var) bool {
	if !f.isPlainLocal(v) {
		return true
	}
	for _, b := range f.g.CFG.Blocks {
		for i, n := range b.Nodes {
			if n == def {
				return f.readFrom(b, i+1, v, make(map[*cfg.Block]bool))
			}
		}
	}
	return true // not on the graph (dead code, or not a statement): do not guess
}

// readFrom reports whether v is read on some path starting at node i of b.
func (f *Func) readFrom(b *cfg.Block, i int, v *types.Var, seen map[*cfg.Block]bool) bool {
	nodes, succs := f.g.segment(b, i)
	for _, n := range nodes {
		switch f.effect(n, v) {
		case read:
			return true
		case overwrite:
			return false
		}
	}
	for _, succ := range succs {
		if !seen[succ] {
			seen[succ] = true
			if f.readFrom(succ, 0, v, seen) {
				return true
			}
		}
	}
	return false
}

type effect int

const (
	none effect = iota
	read
	overwrite
)

// effect says what node n does to v: reads it, overwrites it without
// reading it, or neither.
func (f *Func) effect(n ast.Node, v *types.Var) effect {
	var lhs []ast.Expr
	switch n := n.(type) {
	case *ast.AssignStmt:
		if isBlankDiscard(n, v, f.info) {
			return none // "_ = v" silences the compiler, it reads nothing
		}
		if n.Tok == token.ASSIGN || n.Tok == token.DEFINE {
			lhs = n.Lhs
			if usesAny(f.info, n.Rhs, v) {
				return read
			}
		}
	case *ast.Ident:
		// A range statement's key or value, written by the loop.
		if f.info.ObjectOf(n) == v {
			return overwrite
		}
		return none
	}
	if lhs != nil {
		for _, e := range lhs {
			if id, ok := ast.Unparen(e).(*ast.Ident); ok && f.info.ObjectOf(id) == v {
				return overwrite
			}
		}
		if usesAny(f.info, lhs, v) {
			return read // v used in an index or selector on the left
		}
		return none
	}
	if gocode.Uses(f.info, n, v) {
		return read
	}
	return none
}

// isBlankDiscard reports whether as is "_ = v".
func isBlankDiscard(as *ast.AssignStmt, v *types.Var, info *types.Info) bool {
	if as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return false
	}
	lhs, ok := as.Lhs[0].(*ast.Ident)
	rhs, ok2 := ast.Unparen(as.Rhs[0]).(*ast.Ident)
	return ok && ok2 && lhs.Name == "_" && info.Uses[rhs] == v
}

// usesAny reports whether any of exprs uses v.
func usesAny(info *types.Info, exprs []ast.Expr, v *types.Var) bool {
	for _, e := range exprs {
		if gocode.Uses(info, e, v) {
			return true
		}
	}
	return false
}

// isPlainLocal reports whether v is declared in the body, not captured by a
// function literal, and never has its address taken.
func (f *Func) isPlainLocal(v *types.Var) bool {
	if v.Pos() < f.Body.Pos() || v.Pos() >= f.Body.End() || f.captured[v] {
		return false
	}
	addressed := false
	ast.Inspect(f.Body, func(n ast.Node) bool {
		if u, ok := n.(*ast.UnaryExpr); ok && u.Op == token.AND {
			if id, ok := ast.Unparen(u.X).(*ast.Ident); ok && f.info.Uses[id] == v {
				addressed = true
			}
		}
		return !addressed
	})
	return !addressed
}
