package flow

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// Graph is the control-flow graph of one function body. Solve, Reach and
// Func answer questions about it.
type Graph struct {
	Body *ast.BlockStmt
	CFG  *cfg.CFG
	info *types.Info
	// end maps a block that holds a call statement that never returns
	// (NoReturn) but that the graph does not end there (ctrlflow did not
	// know) to the index of that statement: the block ends after it,
	// with no successor.
	end map[*cfg.Block]int
}

// newGraph wraps g, the graph of body, ending paths at the calls NoReturn
// knows and g does not.
func newGraph(info *types.Info, body *ast.BlockStmt, g *cfg.CFG) *Graph {
	return newGraphEnding(info, body, g, func(call *ast.CallExpr) bool { return NoReturn(info, call) })
}

// newGraphEnding wraps g, the graph of body, ending paths at the calls
// noReturn reports and g does not.
func newGraphEnding(info *types.Info, body *ast.BlockStmt, g *cfg.CFG, noReturn func(*ast.CallExpr) bool) *Graph {
	gr := &Graph{Body: body, CFG: g, info: info}
	for _, b := range g.Blocks {
		for i, n := range b.Nodes {
			if i == len(b.Nodes)-1 && len(b.Succs) == 0 {
				break // the block ends here anyway
			}
			// Like go/cfg, ask only of a call statement (without
			// parentheses) whether it returns.
			s, ok := n.(*ast.ExprStmt)
			if !ok {
				continue
			}
			if call, ok := s.X.(*ast.CallExpr); ok && noReturn(call) {
				if gr.end == nil {
					gr.end = make(map[*cfg.Block]int)
				}
				gr.end[b] = i
				break
			}
		}
	}
	return gr
}

// build builds the graph of body with go/cfg, without ctrlflow: calls that
// NoReturn knows end their path.
func build(info *types.Info, body *ast.BlockStmt) *Graph {
	return newGraph(info, body, cfg.New(body, func(call *ast.CallExpr) bool { return !NoReturn(info, call) }))
}

// segment returns the nodes of b from the i-th on that execute one after
// the other, and the successors of the last: a call that never returns
// and that the graph does not end at splits its block in two, as go/cfg
// would have (the second part, unreachable, goes on to b's successors),
// and nothing follows the call itself.
func (g *Graph) segment(b *cfg.Block, i int) ([]ast.Node, []*cfg.Block) {
	if end, ok := g.end[b]; ok {
		switch {
		case i <= end:
			return b.Nodes[i : end+1], nil
		case i == end+1:
			return nil, nil
		}
	}
	return b.Nodes[i:], b.Succs
}

// Graphs hands out the control-flow graphs of the functions of the
// package of a pass: those ctrlflow.Analyzer built when the analyzer
// requires it, or else graphs it builds itself, once per function, on
// which only the calls NoReturn knows end a path.
type Graphs struct {
	info   *types.Info
	files  []*ast.File
	cfgs   *ctrlflow.CFGs // nil: without ctrlflow
	byBody map[*ast.BlockStmt]*Graph
	funcs  map[*ast.BlockStmt]*Func // the flow views FuncAt built
	// decls maps the functions declared in the package to their
	// declarations (built on first need); ends caches neverReturns.
	decls map[*types.Func]*ast.FuncDecl
	ends  map[*types.Func]ending
}

// ending is what neverReturns knows of a function.
type ending uint8

const (
	endUnknown ending = iota
	endComputing
	endReturns
	endNever
)

// NewGraphs returns the graphs of pass's package.
func NewGraphs(pass *analysis.Pass) *Graphs {
	cfgs, _ := pass.ResultOf[ctrlflow.Analyzer].(*ctrlflow.CFGs)
	return &Graphs{info: pass.TypesInfo, files: pass.Files, cfgs: cfgs, byBody: make(map[*ast.BlockStmt]*Graph), funcs: make(map[*ast.BlockStmt]*Func)}
}

// Of returns the graph of fn, a *ast.FuncDecl or *ast.FuncLit, or nil for
// a declaration without a body.
func (gs *Graphs) Of(fn ast.Node) *Graph {
	var body *ast.BlockStmt
	var g func() *cfg.CFG
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		if _, ok := gs.info.Defs[fn.Name].(*types.Func); !ok || fn.Body == nil {
			return nil
		}
		body, g = fn.Body, func() *cfg.CFG { return gs.cfgs.FuncDecl(fn) }
	case *ast.FuncLit:
		body, g = fn.Body, func() *cfg.CFG { return gs.cfgs.FuncLit(fn) }
	default:
		return nil
	}
	if gr := gs.byBody[body]; gr != nil {
		return gr
	}
	var gr *Graph
	if gs.cfgs != nil {
		gr = newGraphEnding(gs.info, body, g(), gs.NoReturn)
	} else {
		gr = build(gs.info, body)
	}
	gs.byBody[body] = gr
	return gr
}

// At returns the graph of the innermost function around cur and the node
// of that graph that holds cur (see GraphNode), or false at package level.
func (gs *Graphs) At(cur inspector.Cursor) (*Graph, ast.Node, bool) {
	fn, node, ok := graphNode(cur)
	if !ok {
		return nil, nil, false
	}
	g := gs.Of(fn)
	return g, node, g != nil
}

// FuncAt returns the flow view (Graph.Func) of the innermost function
// around cur, built once per function, or nil at package level and in a
// declaration without a body.
func (gs *Graphs) FuncAt(cur inspector.Cursor) *Func {
	fn, ok := gocode.InnermostFunc(cur)
	if !ok {
		return nil
	}
	g := gs.Of(fn.Node())
	if g == nil {
		return nil
	}
	f := gs.funcs[g.Body]
	if f == nil {
		f = g.Func()
		gs.funcs[g.Body] = f
	}
	return f
}

// NoReturn reports whether call never returns normally: ctrlflow's
// answer (its facts about the functions of this package and of the
// dependencies it analysed, and its own list), when the analyzer requires
// it, or the package-level NoReturn's.
func (gs *Graphs) NoReturn(call *ast.CallExpr) bool {
	if NoReturn(gs.info, call) {
		return true
	}
	if gs.cfgs == nil {
		return false
	}
	fn := typeutil.StaticCallee(gs.info, call)
	return fn != nil && (gs.cfgs.NoReturn(fn) || gs.neverReturns(fn))
}

// neverReturns reports whether fn, a function declared in this package,
// ends every path with a call that never returns (Graphs.NoReturn), such
// as a helper that always calls t.Fatalf. ctrlflow says so too when it
// analysed the standard library from source (go vet, analysistest); when
// the standard library comes from export data (the standalone driver), it
// has no facts about log, os or testing, and this is what keeps the two
// drivers agreeing on the package's own helpers. A function that calls
// recover is taken to return (a deferred recover may resume it), and so is
// one being computed (recursion).
func (gs *Graphs) neverReturns(fn *types.Func) bool {
	if fn.Pkg() == nil || gs.info.Defs == nil {
		return false
	}
	if gs.decls == nil {
		gs.decls = make(map[*types.Func]*ast.FuncDecl)
		gs.ends = make(map[*types.Func]ending)
		for _, f := range gs.files {
			for _, d := range f.Decls {
				if decl, ok := d.(*ast.FuncDecl); ok && decl.Body != nil {
					if obj, ok := gs.info.Defs[decl.Name].(*types.Func); ok {
						gs.decls[obj] = decl
					}
				}
			}
		}
	}
	decl := gs.decls[fn.Origin()]
	if decl == nil {
		return false
	}
	switch gs.ends[fn.Origin()] {
	case endNever:
		return true
	case endReturns, endComputing:
		return false
	}
	gs.ends[fn.Origin()] = endComputing
	never := !callsRecover(gs.info, decl.Body) && !gs.Of(decl).returns()
	if never {
		gs.ends[fn.Origin()] = endNever
	} else {
		gs.ends[fn.Origin()] = endReturns
	}
	return never
}

// returns reports whether a return statement (go/cfg makes falling off the
// end one) is reachable from the entry of g, with paths ending at the calls
// that never return.
func (g *Graph) returns() bool {
	if len(g.CFG.Blocks) == 0 {
		return true
	}
	seen := make(map[*cfg.Block]bool)
	queue := []*cfg.Block{g.CFG.Blocks[0]}
	for len(queue) > 0 {
		b := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		if seen[b] {
			continue
		}
		seen[b] = true
		nodes, succs := g.segment(b, 0)
		if len(nodes) == len(b.Nodes) && b.Return() != nil {
			return true
		}
		queue = append(queue, succs...)
	}
	return false
}

// callsRecover reports whether body calls the builtin recover.
func callsRecover(info *types.Info, body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if b, ok := typeutil.Callee(info, call).(*types.Builtin); ok && b.Name() == "recover" {
				found = true
			}
		}
		return !found
	})
	return found
}

// NoReturn reports whether call never returns normally: the builtin panic,
// os.Exit, runtime.Goexit, log.Fatal*, log.Panic* and the methods of the
// same names of *log.Logger, and the Fatal, FailNow and Skip methods of
// testing's T, B, F and TB.
//
// This supplements ctrlflow, which infers these from the bodies of os,
// log and testing, but only when those packages are analysed from source:
// go vet and analysistest do that, the standalone driver loads the
// standard library from export data (see internal/driver), and no body
// says that a call through the interface testing.TB never returns.
func NoReturn(info *types.Info, call *ast.CallExpr) bool {
	switch fn := typeutil.Callee(info, call).(type) {
	case *types.Builtin:
		return fn.Name() == "panic"
	case *types.Func:
		if fn.Pkg() == nil {
			return false
		}
		name := fn.Name()
		switch fn.Pkg().Path() {
		case "os":
			return name == "Exit" && fn.Signature().Recv() == nil
		case "runtime":
			return name == "Goexit"
		case "log":
			return strings.HasPrefix(name, "Fatal") || strings.HasPrefix(name, "Panic")
		case "testing":
			return strings.HasPrefix(name, "Fatal") || strings.HasPrefix(name, "Skip") && name != "Skipped" || name == "FailNow"
		}
	}
	return false
}
