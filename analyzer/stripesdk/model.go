// Package stripesdk is stripeerrlint's model of the Stripe Go SDK
// (github.com/stripe/stripe-go/vNN, every major from v72 on, by import path).
//
// Its Analyzer reports nothing. Its result, a *Model, answers the questions
// every rule asks, by type identity and never by the spelling of an
// expression:
//
//   - is this call an API call (it talks to Stripe and returns an error):
//     package-level resource functions (paymentintent.New), methods of the
//     per-resource Client types and of client.API's fields, and methods of
//     the v82+ stripe.Client services (sc.V1PaymentIntents.Create);
//   - does it change state (POST, DELETE) or only read (GET), from a table
//     generated from the SDK source of every major (apitable.go);
//   - is it a list (v72-style *Iter with Next and Err, v82+ *V1List whose
//     All yields (item, error) pairs);
//   - is it one of the webhook verification functions;
//   - is it a wrapper: a function of the user's own code that returns the
//     error of an API call, as is or wrapped with %w. Wrappers are found in
//     every package and exported as facts (Wrapper), the way vet's printf
//     pass finds printf wrappers, so a wrapper is an API call for every rule
//     in every package that calls it;
//   - which calls of the package are Stripe calls (Sites: the rules start
//     from them), and which list a range over All reads (ListName);
//   - which variables hold the error of an API call, or a wrapped error,
//     at each point of a function (ErrorFlow).
//
// A package that imports neither an SDK package nor a package that exports
// wrappers is inactive: Model.Active reports false and rules return at once.
package stripesdk

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/internal/flow"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// Analyzer computes the Model of a package and the Wrapper facts of its
// functions. It reports no diagnostics.
var Analyzer = &analysis.Analyzer{
	Name:       "stripesdk",
	Doc:        "model the Stripe Go SDK for stripeerrlint's rules (reports nothing)",
	Requires:   []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer},
	ResultType: reflect.TypeFor[*Model](),
	FactTypes:  []analysis.Fact{new(Wrapper), new(WrapperPackage), new(Verifier)},
	Run:        run,
}

// From returns the Model computed for pass's package. The pass's analyzer
// must require Analyzer.
func From(pass *analysis.Pass) *Model {
	return pass.ResultOf[Analyzer].(*Model)
}

// Model answers questions about the Stripe SDK in one package. It is plain
// data, complete when the Analyzer's Run returns: it keeps no
// *analysis.Pass (facts are copied in while the pass runs, as the
// go/analysis contract requires) and no lazily computed state, so the rules
// that share it may read it concurrently.
type Model struct {
	active bool

	info *types.Info
	pkg  *types.Package
	fset *token.FileSet

	// wrappers holds the wrapper functions declared in this package;
	// imported holds the Wrapper facts of the functions of other
	// packages.
	wrappers, importedWrappers map[*types.Func]*Wrapper
	// verifiers holds the webhook verification wrappers declared in this
	// package (verifiers.go); importedVerifiers the Verifier facts of other
	// packages.
	verifiers, importedVerifiers map[*types.Func]*Verifier

	sites []Site // the package's Stripe-related calls, file by file, in source order (Sites)

	webhookCalls []WebhookCall // verifications, tolerance options and unverified event decodes
}

// Active reports whether the package can contain anything a rule reports:
// it imports an SDK package, or a package that exports wrappers.
func (m *Model) Active() bool { return m.active }

func run(pass *analysis.Pass) (any, error) {
	m := &Model{info: pass.TypesInfo, pkg: pass.Pkg, fset: pass.Fset}
	if len(pass.Files) == 0 || IsSDKPackage(pass.Pkg) {
		// Packages loaded from export data have no files; the SDK
		// itself is modelled by the tables, not analysed.
		return m, nil
	}
	for _, imp := range pass.Pkg.Imports() {
		if IsSDKPackage(imp) || pass.ImportPackageFact(imp, new(WrapperPackage)) {
			m.active = true
			break
		}
	}
	if !m.active {
		return m, nil
	}
	m.importFacts(pass)
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	funcs := errorFuncs(m, in)
	findWrappers(m, flow.NewGraphs(pass), funcs)
	findVerifiers(m, funcs)
	exported := false
	for _, f := range funcs { // source order
		if w := m.wrappers[f.fn]; w != nil {
			pass.ExportObjectFact(f.fn, w)
			exported = true
		}
		if v := m.verifiers[f.fn]; v != nil {
			pass.ExportObjectFact(f.fn, v)
			exported = true
		}
	}
	if exported {
		pass.ExportPackageFact(new(WrapperPackage))
	}
	m.findCalls(in)
	return m, nil
}

// importFacts copies the Wrapper and Verifier facts of other packages'
// functions into the model.
func (m *Model) importFacts(pass *analysis.Pass) {
	m.importedWrappers = make(map[*types.Func]*Wrapper)
	m.importedVerifiers = make(map[*types.Func]*Verifier)
	for _, f := range pass.AllObjectFacts() {
		fn, _ := f.Object.(*types.Func)
		if fn == nil || fn.Pkg() == pass.Pkg {
			continue
		}
		switch fact := f.Fact.(type) {
		case *Wrapper:
			m.importedWrappers[fn] = fact
		case *Verifier:
			m.importedVerifiers[fn] = fact
		}
	}
}

// wrapperFact returns the Wrapper fact of fn (its origin), declared in this
// package or imported, or nil.
func (m *Model) wrapperFact(fn *types.Func) *Wrapper {
	if w := m.wrappers[fn]; w != nil {
		return w
	}
	return m.importedWrappers[fn]
}

// findCalls finds, in one walk over the package's calls, its Stripe
// calls (Sites) and its webhook calls (WebhookCalls), file by file in source order.
func (m *Model) findCalls(in *inspector.Inspector) {
	for cur := range in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn := gocode.CalleeFunc(m.info, call)
		if fn == nil || fn.Pkg() == nil {
			continue // a builtin, a conversion, error's Error method, a func value
		}
		s := Site{Cursor: cur}
		s.Call, s.Classified = m.ClassifyCall(call)
		s.ListMethod = ListMethod(fn)
		if s.Classified || s.ListMethod != "" {
			m.sites = append(m.sites, s)
		}
		if wc, ok := m.webhookCall(cur, call, fn); ok {
			m.webhookCalls = append(m.webhookCalls, wc)
		}
	}
}
