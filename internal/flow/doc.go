// Package flow answers the control-flow questions stripeerrlint's rules
// share, on the control-flow graph of one function body.
//
// # Graphs: from ctrlflow
//
// The graphs are meant to come from golang.org/x/tools/go/analysis/passes/ctrlflow,
// which builds one go/cfg graph per function of a package, once for every
// analyzer, and knows which calls never return: it infers it from the
// callee's body, in this package or (through its facts) in a dependency,
// so a helper that calls log.Fatal ends a path too. An analyzer that uses
// this package lists ctrlflow.Analyzer in its Requires and calls
//
//	graphs := flow.NewGraphs(pass)
//	g := graphs.Of(decl)             // a *ast.FuncDecl or *ast.FuncLit
//	g, node, ok := graphs.At(cur)    // the innermost function around cur
//	graphs.NoReturn(call)            // does this call never return?
//
// ctrlflow's knowledge of the standard library needs the standard library
// analysed from source, which go vet and analysistest do and the
// standalone driver does not (it loads it from export data, for speed),
// and no function body says that a call through testing.TB never
// returns. So a Graph also ends a path at the calls the package-level
// NoReturn knows (panic, os.Exit, runtime.Goexit, log's Fatal and Panic,
// testing's Fatal, FailNow and Skip): the answer is the same under every
// driver.
//
// Without ctrlflow.Analyzer in the analyzer's Requires, NewGraphs builds
// the graphs itself (once per function, with NoReturn only), and New,
// NewReach, Solve and GraphNode do the same from a function body alone.
// Every analyzer of the suite that asks control-flow questions requires
// ctrlflow (stripesdk for ErrorFlow, and charges, errorsas, fatal,
// nilerror, retrykey, uncheckederr, webhooksig), so they share its graphs
// and its facts about calls that never return; New,
// NewReach, Solve and GraphNode remain for tests that compare the two
// kinds of graph.
//
// # What it adds
//
//   - Graph.Solve runs a forward data-flow Problem (Facts, Must and May,
//     keyed by strings) and returns the facts before every node; a Solver
//     solves each function once and finds the node of a cursor (At).
//     PathKey and VarKey name storage locations by object identity.
//
//   - The scaffolding every Problem needs: Facts.Kill forgets the facts
//     that mention a variable or path (assignments), RangeKill handles the
//     key and value of a range statement, Cond takes !, && and || apart
//     for a Problem.Cond, ShortCircuit walks x && y with what x tells, and
//     Children visits the children of a node in order. A Problem looks
//     like
//
//     cond := flow.Cond(func(e ast.Expr, value bool, f *flow.Facts) { ... })
//     solver := graphs.Solver(func(g *flow.Graph) flow.Problem {
//     return flow.Problem{Transfer: transfer, Cond: cond}
//     })
//     func transfer(n ast.Node, f *flow.Facts) {
//     if flow.RangeKill(info, n, f) {
//     return
//     }
//     walk(n, f) // with flow.ShortCircuit and flow.Children
//     }
//
//   - Graph.Reach: can execution get from the entry, or from a node, to a
//     node a predicate accepts (optionally passing no guard, or while a
//     variable is not nil)?
//
//   - Graph.Func: is the value an assignment stores in a local variable
//     read before it is overwritten or the function returns?
package flow
