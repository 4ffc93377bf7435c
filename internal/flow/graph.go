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
			if call, ok := s.X.(*ast.CallExpr); ok && NoReturn(info, call) {
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
	cfgs   *ctrlflow.CFGs // nil: without ctrlflow
	byBody map[*ast.BlockStmt]*Graph
}

// NewGraphs returns the graphs of pass's package.
func NewGraphs(pass *analysis.Pass) *Graphs {
	cfgs, _ := pass.ResultOf[ctrlflow.Analyzer].(*ctrlflow.CFGs)
	return &Graphs{info: pass.TypesInfo, cfgs: cfgs, byBody: make(map[*ast.BlockStmt]*Graph)}
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
		gr = newGraph(gs.info, body, g())
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
	return fn != nil && gs.cfgs.NoReturn(fn)
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
