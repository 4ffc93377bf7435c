package flow

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// This file holds the scaffolding that every Problem of the rules needs:
// forgetting what an assignment overwrites, conditions made of !, && and
// ||, expressions whose right operand may not run, and solving each
// function once.

// Kill forgets every fact, Must or May, that mentions key (a path key or
// a VarKey): the facts about the path, about paths through it, and those
// that use it as an index. Assigning to the path calls for it.
func (f *Facts) Kill(key string) {
	maps.DeleteFunc(f.Must, func(k string, _ bool) bool { return strings.Contains(k, key) })
	maps.DeleteFunc(f.May, func(k string, _ bool) bool { return strings.Contains(k, key) })
}

// RangeKill handles the nodes by which go/cfg places the key and value of
// a range statement on the graph (their identifiers, written on each
// iteration): when n is one, it forgets every fact that mentions the
// variable and reports true. A Transfer function calls it first.
func RangeKill(info *types.Info, n ast.Node, f *Facts) bool {
	id, ok := n.(*ast.Ident)
	if !ok {
		return false
	}
	if v, ok := info.ObjectOf(id).(*types.Var); ok {
		f.Kill(VarKey(v))
	}
	return true
}

// Cond returns a Problem.Cond that takes conditions apart: !x, x && y and
// x || y (in parentheses or not), and calls atom with the other
// conditions and the value they have on the branch. x && y is true when
// both are, and false when x is false or x is true and y false (the facts
// of the two cases meet); x || y is the dual.
func Cond(atom func(cond ast.Expr, value bool, f *Facts)) func(cond ast.Expr, value bool, f *Facts) {
	var cond func(e ast.Expr, value bool, f *Facts)
	cond = func(e ast.Expr, value bool, f *Facts) {
		e = ast.Unparen(e)
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.NOT {
			cond(u.X, !value, f)
			return
		}
		bin, ok := e.(*ast.BinaryExpr)
		if !ok || bin.Op != token.LAND && bin.Op != token.LOR {
			atom(e, value, f)
			return
		}
		if both := bin.Op == token.LAND; value == both {
			cond(bin.X, value, f)
			cond(bin.Y, value, f)
			return
		}
		g1 := f.Clone()
		cond(bin.X, value, g1)
		g2 := f.Clone()
		cond(bin.X, !value, g2)
		cond(bin.Y, value, g2)
		g1.Meet(g2)
		*f = *g1
	}
	return cond
}

// ShortCircuit walks an expression x && y or x || y, with walk visiting
// an operand in the facts before it: x with f, then y with a copy of f to
// which cond has applied the value of x that lets y run (y may not run:
// its effects stay out of f). It reports false, doing nothing, when n is
// not such an expression.
func ShortCircuit(n ast.Node, f *Facts, walk func(ast.Node, *Facts), cond func(ast.Expr, bool, *Facts)) bool {
	bin, ok := n.(*ast.BinaryExpr)
	if !ok || bin.Op != token.LAND && bin.Op != token.LOR {
		return false
	}
	walk(bin.X, f)
	g := f.Clone()
	cond(bin.X, bin.Op == token.LAND, g)
	walk(bin.Y, g)
	return true
}

// Children calls fn for each child of n, in source order (which is
// evaluation order for the expressions a walk of a Problem visits).
func Children(n ast.Node, fn func(ast.Node)) {
	ast.Inspect(n, func(m ast.Node) bool {
		if m == n {
			return true
		}
		if m != nil {
			fn(m)
		}
		return false
	})
}

// Solver solves one kind of Problem on each function body at most once,
// for a rule that asks about many points of the same function.
type Solver struct {
	graphs  *Graphs
	problem func(*Graph) Problem
	solved  map[*Graph]*Solution
}

// Solver returns a solver of the problem that problem builds for a graph.
func (gs *Graphs) Solver(problem func(g *Graph) Problem) *Solver {
	return &Solver{graphs: gs, problem: problem, solved: make(map[*Graph]*Solution)}
}

// Solution returns the solution of the problem on g.
func (s *Solver) Solution(g *Graph) *Solution {
	sol := s.solved[g]
	if sol == nil {
		sol = g.Solve(nil, s.problem(g))
		s.solved[g] = sol
	}
	return sol
}

// At returns the solution for the innermost function around cur and the
// node of its graph that holds cur (ask Solution.Before about it), or
// false at package level.
func (s *Solver) At(cur inspector.Cursor) (*Solution, ast.Node, bool) {
	g, node, ok := s.graphs.At(cur)
	if !ok {
		return nil, nil, false
	}
	return s.Solution(g), node, true
}
