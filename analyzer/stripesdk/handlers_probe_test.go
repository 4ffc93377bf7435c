package stripesdk_test

import (
	"go/ast"
	"go/types"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// probeHandlers reports what the model says of every function and call:
// "handler FRAMEWORK" at each request handler (HandlerOf), "request body"
// at each selection of http.Request's Body (IsRequestBody), "reads body"
// (ReadsBody), "binds arg N" (BindsBody) and "status arg N" (StatusArg) at
// calls.
var probeHandlers = &analysis.Analyzer{
	Name:     "probehandlers",
	Doc:      "test: report the request-handler shapes the model recognises",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		for cur := range in.Root().Preorder((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil), (*ast.CallExpr)(nil), (*ast.SelectorExpr)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.FuncDecl:
				probeHandler(pass, n, pass.TypesInfo.Defs[n.Name].(*types.Func).Signature())
			case *ast.FuncLit:
				probeHandler(pass, n, pass.TypesInfo.TypeOf(n).(*types.Signature))
			case *ast.SelectorExpr:
				if v, ok := pass.TypesInfo.ObjectOf(n.Sel).(*types.Var); ok && stripesdk.IsRequestBody(v) {
					pass.Reportf(n.Pos(), "request body")
				}
			case *ast.CallExpr:
				fn := gocode.CalleeFunc(pass.TypesInfo, n)
				if stripesdk.ReadsBody(fn) {
					pass.Reportf(n.Pos(), "reads body")
				}
				if arg, ok := stripesdk.BindsBody(fn); ok {
					pass.Reportf(n.Pos(), "binds arg %d", arg)
				}
				if arg, ok := stripesdk.StatusArg(fn); ok {
					pass.Reportf(n.Pos(), "status arg %d", arg)
				}
			}
		}
		return nil, nil
	},
}

func probeHandler(pass *analysis.Pass, n ast.Node, sig *types.Signature) {
	if h, ok := stripesdk.HandlerOf(sig); ok {
		pass.Reportf(n.Pos(), "handler %s", h.Framework)
	}
}

// TestHandlers checks the handler shapes of every framework on the stubs,
// and TestHandlersRealFrameworks the same on gin v1.12.0, echo v4.16.5
// and fiber v2.52.15 (testdata/modules/frameworks).
func TestHandlers(t *testing.T) {
	analysistest.Run(t, fixturetest.TestData(t), probeHandlers, "stripesdk/handlers")
}

func TestHandlersRealFrameworks(t *testing.T) {
	analysistest.Run(t, fixturetest.ModuleDir(t, "frameworks"), probeHandlers, "./handlers")
}
