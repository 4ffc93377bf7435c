package flow

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"

	"golang.org/x/tools/go/cfg"
)

// Facts is the state of a forward data-flow analysis at one point of a
// function: Must holds the facts that hold on every path that reaches the
// point, May those that hold on at least one. What a fact means (as a
// string) is up to the analysis.
type Facts struct {
	Must map[string]bool
	May  map[string]bool
}

// NewFacts returns empty facts.
func NewFacts() *Facts {
	return &Facts{Must: make(map[string]bool), May: make(map[string]bool)}
}

// Clone returns a copy of f.
func (f *Facts) Clone() *Facts {
	return &Facts{Must: maps.Clone(f.Must), May: maps.Clone(f.May)}
}

// Meet combines the facts of two paths into f: Must becomes the
// intersection, May the union.
func (f *Facts) Meet(g *Facts) {
	for k := range f.Must {
		if !g.Must[k] {
			delete(f.Must, k)
		}
	}
	maps.Copy(f.May, g.May)
}

// equal reports whether f and g hold the same facts.
func (f *Facts) equal(g *Facts) bool {
	return maps.Equal(f.Must, g.Must) && maps.Equal(f.May, g.May)
}

// Problem is a forward data-flow analysis over the control-flow graph of
// one function body.
type Problem struct {
	// Transfer applies the effect of node n of the graph (a statement, an
	// expression evaluated for its value or as a condition, a ValueSpec,
	// or the key or value identifier of a range statement) to f.
	Transfer func(n ast.Node, f *Facts)
	// Cond applies to f what is known on the branch where the condition
	// cond evaluated to value. For a case of a switch with a tag, cond is
	// a synthesized "tag == case" expression (no type information of its
	// own: look at its operands).
	Cond func(cond ast.Expr, value bool, f *Facts)
}

// Solution holds the facts before every node of a function's graph.
type Solution struct {
	before map[ast.Node]*Facts
	order  []ast.Node // reachable nodes, block by block
}

// Solve runs p on body, starting from entry (nil for no facts), on a
// graph it builds itself: calls that NoReturn knows end their path, so a
// check followed by log.Fatal or panic guards what comes after it. An
// analyzer that requires ctrlflow.Analyzer should use Graph.Solve (or a
// Solver) instead, on the graph ctrlflow built.
func Solve(info *types.Info, body *ast.BlockStmt, entry *Facts, p Problem) *Solution {
	return build(info, body).Solve(entry, p)
}

// Solve runs p on g, starting from entry (nil for no facts). Calls that
// cannot return end their path, so a check followed by log.Fatal or panic
// guards what comes after it.
func (g *Graph) Solve(entry *Facts, p Problem) *Solution {
	tags := switchTags(g.Body)
	if entry == nil {
		entry = NewFacts()
	}
	in := make(map[*cfg.Block]*Facts) // nil: not reached (yet)
	blocks := g.CFG.Blocks
	if len(blocks) == 0 {
		return &Solution{before: map[ast.Node]*Facts{}}
	}
	in[blocks[0]] = entry.Clone()
	work := []*cfg.Block{blocks[0]}
	queued := map[*cfg.Block]bool{blocks[0]: true}
	for len(work) > 0 {
		b := work[0]
		work = work[1:]
		queued[b] = false
		_, succs := g.segment(b, 0)
		for i, succ := range succs {
			out := outFacts(b, i, in[b], p, tags)
			old := in[succ]
			if old == nil {
				in[succ] = out
			} else {
				merged := old.Clone()
				merged.Meet(out)
				if merged.equal(old) {
					continue
				}
				in[succ] = merged
			}
			if !queued[succ] {
				queued[succ] = true
				work = append(work, succ)
			}
		}
	}
	s := &Solution{before: make(map[ast.Node]*Facts)}
	for _, b := range blocks {
		f := in[b]
		if f == nil {
			continue // unreachable
		}
		f = f.Clone()
		nodes, _ := g.segment(b, 0)
		for _, n := range nodes {
			s.before[n] = f.Clone()
			s.order = append(s.order, n)
			p.Transfer(n, f)
		}
	}
	return s
}

// outFacts returns the facts along the edge from b to its i-th successor.
func outFacts(b *cfg.Block, i int, in *Facts, p Problem, tags map[ast.Expr]ast.Expr) *Facts {
	f := in.Clone()
	for _, n := range b.Nodes {
		p.Transfer(n, f)
	}
	if len(b.Succs) == 2 && len(b.Nodes) > 0 && b.Kind != cfg.KindRangeLoop {
		if cond, ok := b.Nodes[len(b.Nodes)-1].(ast.Expr); ok {
			if tag := tags[cond]; tag != nil {
				cond = &ast.BinaryExpr{X: tag, OpPos: cond.Pos(), Op: token.EQL, Y: cond}
			}
			p.Cond(cond, i == 0, f)
		}
	}
	return f
}

// switchTags maps each case expression of a switch with a tag to the tag.
func switchTags(body *ast.BlockStmt) map[ast.Expr]ast.Expr {
	tags := make(map[ast.Expr]ast.Expr)
	ast.Inspect(body, func(n ast.Node) bool {
		if sw, ok := n.(*ast.SwitchStmt); ok && sw.Tag != nil {
			for _, clause := range sw.Body.List {
				for _, e := range clause.(*ast.CaseClause).List {
					tags[e] = sw.Tag
				}
			}
		}
		return true
	})
	return tags
}

// Before returns the facts that hold before node n of the graph, or false
// when n is not a node of the graph or cannot be reached.
func (s *Solution) Before(n ast.Node) (*Facts, bool) {
	f, ok := s.before[n]
	return f, ok
}

// Nodes calls fn for every reachable node of the graph with the facts
// before it, block by block.
func (s *Solution) Nodes(fn func(n ast.Node, before *Facts)) {
	for _, n := range s.order {
		fn(n, s.before[n].Clone())
	}
}
