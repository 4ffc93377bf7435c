// Package fakeanalyzer defines fakecharge, a small analyzer shaped like the
// stripeerrlint rules, for testing the driver: it uses facts to find
// wrapper functions across packages and suggests fixes.
//
// It reports each call of a function named Charge (the -fakecharge.target
// flag) declared in a package whose path ends in "/lib", suggesting to
// call ChargeChecked instead, and each call of a wrapper: a function that
// calls Charge or another wrapper, which it marks with a fact.
package fakeanalyzer

import (
	"flag"
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// Analyzer is the fakecharge analyzer.
var Analyzer = &analysis.Analyzer{
	Name: "fakecharge",
	Doc: `report calls of lib.Charge and of its wrappers

The fakecharge analyzer exists to test the stripeerrlint driver. Calls of
lib.Charge get a suggested fix (call lib.ChargeChecked); calls of wrappers,
found through facts, get none.`,
	URL:       "https://example.com/fakecharge",
	Flags:     flags(),
	Requires:  []*analysis.Analyzer{inspect.Analyzer},
	FactTypes: []analysis.Fact{new(WrapsFact)},
	Run:       run,
}

// target is the -fakecharge.target flag: the name of the function to
// report.
var target = "Charge"

func flags() flag.FlagSet {
	fs := flag.NewFlagSet("fakecharge", flag.ExitOnError)
	fs.StringVar(&target, "target", target, "name of the lib function to report")
	return *fs
}

// WrapsFact marks a function that calls the target function, directly or
// through other wrappers.
type WrapsFact struct{ Target string }

// AFact implements analysis.Fact.
func (*WrapsFact) AFact() {}

func (f *WrapsFact) String() string { return "wraps " + f.Target }

func run(pass *analysis.Pass) (any, error) {
	if len(pass.Files) == 0 {
		return nil, nil // a package loaded from export data
	}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)

	// Find the wrappers declared here, to a fixed point (a wrapper may call
	// one declared later).
	for changed := true; changed; {
		changed = false
		for n := range insp.PreorderSeq((*ast.FuncDecl)(nil)) {
			decl := n.(*ast.FuncDecl)
			fn, ok := pass.TypesInfo.Defs[decl.Name].(*types.Func)
			if !ok || decl.Body == nil || pass.ImportObjectFact(fn, new(WrapsFact)) {
				continue
			}
			ast.Inspect(decl.Body, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					if what := classify(pass, call); what != "" {
						pass.ExportObjectFact(fn, &WrapsFact{Target: what})
						changed = true
						return false
					}
				}
				return true
			})
		}
	}

	for n := range insp.PreorderSeq((*ast.CallExpr)(nil)) {
		call := n.(*ast.CallExpr)
		callee := typeutil.StaticCallee(pass.TypesInfo, call)
		if callee == nil {
			continue
		}
		if isTarget(callee) {
			d := analysis.Diagnostic{
				Pos:      call.Pos(),
				End:      call.End(),
				Category: "fake",
				Message:  fmt.Sprintf("call of %s.%s; call %s.%sChecked instead", callee.Pkg().Name(), callee.Name(), callee.Pkg().Name(), callee.Name()),
			}
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				d.SuggestedFixes = []analysis.SuggestedFix{{
					Message:   "Call " + callee.Name() + "Checked",
					TextEdits: []analysis.TextEdit{{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte(callee.Name() + "Checked")}},
				}}
			}
			pass.Report(d)
			continue
		}
		var fact WrapsFact
		if pass.ImportObjectFact(callee, &fact) {
			pass.Reportf(call.Pos(), "call of %s.%s, which calls %s", callee.Pkg().Name(), callee.Name(), fact.Target)
		}
	}
	return nil, nil
}

// classify returns what call calls that makes its caller a wrapper, or "".
func classify(pass *analysis.Pass, call *ast.CallExpr) string {
	callee := typeutil.StaticCallee(pass.TypesInfo, call)
	if callee == nil {
		return ""
	}
	if isTarget(callee) {
		return callee.Pkg().Name() + "." + callee.Name()
	}
	var fact WrapsFact
	if pass.ImportObjectFact(callee, &fact) {
		return fact.Target
	}
	return ""
}

func isTarget(fn *types.Func) bool {
	return fn.Name() == target && fn.Pkg() != nil && strings.HasSuffix(fn.Pkg().Path(), "/lib") && fn.Signature().Recv() == nil
}
