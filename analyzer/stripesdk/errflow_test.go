package stripesdk_test

import (
	"go/ast"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
	"github.com/stripeerrlint/stripeerrlint/internal/flow"
)

// probeWrapped reports "wrapped" at each call probe(x) whose argument
// ErrorFlow.MayBeWrapped says may be a wrapped error.
var probeWrapped = &analysis.Analyzer{
	Name:     "probewrapped",
	Doc:      "test: report the arguments of probe that may be wrapped errors",
	Requires: []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer, stripesdk.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		m := stripesdk.From(pass)
		in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		graphs := flow.NewGraphs(pass)
		for decl := range in.Root().Preorder((*ast.FuncDecl)(nil)) {
			w := m.ErrorFlow(graphs, decl.Node())
			for cur := range decl.Preorder((*ast.CallExpr)(nil)) {
				call := cur.Node().(*ast.CallExpr)
				if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "probe" && len(call.Args) == 1 && w.MayBeWrapped(call.Args[0]) {
					pass.Reportf(call.Pos(), "wrapped")
				}
			}
		}
		return nil, nil
	},
}

// TestWrappedErrors checks which error values the model says may be
// wrapped: from wrappers that wrap (facts of another package), from
// fmt.Errorf with %w and errors.Join, through variables and function
// literals; not parameters, fields, unknown functions or the SDK's own
// errors.
func TestWrappedErrors(t *testing.T) {
	analysistest.Run(t, fixturetest.TestData(t), probeWrapped, "stripesdk/wrapped")
}

// TestWrappedErrorsNil: a nil *ErrorFlow answers false.
func TestWrappedErrorsNil(t *testing.T) {
	var w *stripesdk.ErrorFlow
	if w.MayBeWrapped(ast.NewIdent("err")) {
		t.Error("nil ErrorFlow says wrapped")
	}
}
