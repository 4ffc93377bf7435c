package flow

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/cfg"

	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// Reach answers "can execution get from here to there" questions about one
// function body, in the spirit of vet's lostcancel pass. A path ends at a
// return statement and at a call that never returns (NoReturn). Function
// literals are opaque: their bodies are not on the graph.
type Reach struct {
	info *types.Info
	g    *Graph
}

// NewReach returns the reachability view of body, the body of a function
// declaration or literal, on a graph it builds itself (see Solve). An
// analyzer that requires ctrlflow.Analyzer should use Graph.Reach instead.
func NewReach(info *types.Info, body *ast.BlockStmt) *Reach {
	return build(info, body).Reach()
}

// Reach returns the reachability view of g.
func (g *Graph) Reach() *Reach {
	return &Reach{info: g.info, g: g}
}

// find returns the block and index of the node of the graph that is n or
// holds n (a statement or expression the graph holds whole).
func (p *Reach) find(n ast.Node) (*cfg.Block, int, bool) {
	for _, b := range p.g.CFG.Blocks {
		for i, m := range b.Nodes {
			if m.Pos() <= n.Pos() && n.End() <= m.End() {
				return b, i, true
			}
		}
	}
	return nil, 0, false
}

// UnguardedFromEntry reports whether a node that target accepts can be
// reached from the start of the body on a path that passes no node that
// guard accepts (a node both accept is a guard), and returns it. Both
// predicates see the nodes of the graph: simple statements, and the
// conditions and other parts of compound statements.
func (p *Reach) UnguardedFromEntry(guard, target func(ast.Node) bool) (ast.Node, bool) {
	if len(p.g.CFG.Blocks) == 0 {
		return nil, false
	}
	entry := p.g.CFG.Blocks[0]
	unguarded := func(n ast.Node) bool { return target(n) && !guard(n) }
	return p.search(entry, 0, guard, unguarded, nil, map[*cfg.Block]bool{entry: true})
}

// Reachable reports whether a node that target accepts can be reached on
// some path from the node of the graph holding from (after it).
func (p *Reach) Reachable(from ast.Node, target func(ast.Node) bool) bool {
	b, i, ok := p.find(from)
	if !ok {
		return false
	}
	never := func(ast.Node) bool { return false }
	_, found := p.search(b, i+1, never, target, nil, map[*cfg.Block]bool{})
	return found
}

// ReachableUnguarded reports whether a node that target accepts can be
// reached on some path from the node of the graph holding from (after
// it) that passes no node guard accepts, and returns the first one found.
func (p *Reach) ReachableUnguarded(from ast.Node, guard, target func(ast.Node) bool) (ast.Node, bool) {
	b, i, ok := p.find(from)
	if !ok {
		return nil, false
	}
	unguarded := func(n ast.Node) bool { return target(n) && !guard(n) }
	return p.search(b, i+1, guard, unguarded, nil, map[*cfg.Block]bool{})
}

// WhileNonNil reports whether a node that target accepts can be reached,
// from the node of the graph that holds def (after it), on a path on which
// v is not nil, and returns the first one found: a condition "v != nil"
// (or "nil != v") is followed into its true branch only, "v == nil" into
// its false branch only (in if statements and in the cases of tagless
// switches), and a path ends where an assignment writes v (unless target
// accepts it), at a return statement, and at a call that never returns.
//
// This is how a rule asks "is the result of a call used although the call
// failed", def being the assignment of the call's error to v.
func (p *Reach) WhileNonNil(def ast.Node, v *types.Var, target func(ast.Node) bool) (ast.Node, bool) {
	b, i, ok := p.find(def)
	if !ok || v == nil {
		return nil, false
	}
	writes := func(n ast.Node) bool { return p.assigns(n, v) }
	return p.search(b, i+1, writes, target, v, map[*cfg.Block]bool{})
}

// search looks for a target node from node i of b on, ending a path at a
// guard node; when nonNil is set, it skips the branches on which nonNil is
// nil.
func (p *Reach) search(b *cfg.Block, i int, guard, target func(ast.Node) bool, nonNil *types.Var, seen map[*cfg.Block]bool) (ast.Node, bool) {
	nodes, succs := p.g.segment(b, i)
	for _, n := range nodes {
		if target(n) {
			return n, true
		}
		if guard(n) {
			return nil, false
		}
	}
	if nonNil != nil && len(succs) == 2 && len(b.Nodes) > 0 {
		if cond, ok := b.Nodes[len(b.Nodes)-1].(ast.Expr); ok {
			switch p.nilTest(cond, nonNil) {
			case token.NEQ:
				succs = succs[:1]
			case token.EQL:
				succs = succs[1:]
			}
		}
	}
	for _, s := range succs {
		if seen[s] {
			continue
		}
		seen[s] = true
		if n, ok := p.search(s, 0, guard, target, nonNil, seen); ok {
			return n, true
		}
	}
	return nil, false
}

// nilTest returns token.NEQ when cond is "v != nil", token.EQL when it is
// "v == nil" (either operand order), and token.ILLEGAL otherwise.
func (p *Reach) nilTest(cond ast.Expr, v *types.Var) token.Token {
	bin, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || (bin.Op != token.NEQ && bin.Op != token.EQL) {
		return token.ILLEGAL
	}
	x, y := ast.Unparen(bin.X), ast.Unparen(bin.Y)
	if gocode.IsNil(p.info, x) {
		x, y = y, x
	}
	id, ok := x.(*ast.Ident)
	if !ok || p.info.Uses[id] != v || !gocode.IsNil(p.info, y) {
		return token.ILLEGAL
	}
	return bin.Op
}

// assigns reports whether n is an assignment or declaration that writes v.
func (p *Reach) assigns(n ast.Node, v *types.Var) bool {
	switch n.(type) {
	case *ast.AssignStmt, *ast.DeclStmt:
		for _, e := range gocode.Written(n) {
			if id, ok := ast.Unparen(e).(*ast.Ident); ok && p.info.ObjectOf(id) == v {
				return true
			}
		}
	}
	return false
}
