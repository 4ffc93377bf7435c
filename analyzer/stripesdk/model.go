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
//     in every package that calls it.
//
// A package that imports neither an SDK package nor a package that exports
// wrappers is inactive: Model.Active reports false and rules return at once.
package stripesdk

import (
	"go/types"
	"reflect"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// Analyzer computes the Model of a package and the Wrapper facts of its
// functions. It reports no diagnostics.
var Analyzer = &analysis.Analyzer{
	Name:       "stripesdk",
	Doc:        "model the Stripe Go SDK for stripeerrlint's rules (reports nothing)",
	Requires:   []*analysis.Analyzer{inspect.Analyzer},
	ResultType: reflect.TypeFor[*Model](),
	FactTypes:  []analysis.Fact{new(Wrapper), new(WrapperPackage), new(Verifier)},
	Run:        run,
}

// From returns the Model computed for pass's package. The pass's analyzer
// must require Analyzer.
func From(pass *analysis.Pass) *Model {
	return pass.ResultOf[Analyzer].(*Model)
}

// Model answers questions about the Stripe SDK in one package. It is safe
// for concurrent use by the rules that share it.
type Model struct {
	pass   *analysis.Pass
	active bool

	// wrappers holds the wrapper functions declared in this package;
	// those of other packages come from facts.
	wrappers map[*types.Func]*Wrapper
	// verifiers holds the webhook verification wrappers declared in this
	// package (webhook.go); those of other packages come from facts.
	verifiers map[*types.Func]*Verifier

	mu       sync.Mutex
	services map[*types.Package]map[*types.TypeName]string // SDK root package -> service type -> stripe.Client field name

	sites siteList // the package's Stripe-related calls, computed on first use
}

// Active reports whether the package can contain anything a rule reports:
// it imports an SDK package, or a package that exports wrappers.
func (m *Model) Active() bool { return m.active }

// Pass returns the pass the model was computed for.
func (m *Model) Pass() *analysis.Pass { return m.pass }

func run(pass *analysis.Pass) (any, error) {
	m := &Model{pass: pass}
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
	funcs := errorFuncs(m, pass.ResultOf[inspect.Analyzer].(*inspector.Inspector))
	findWrappers(m, funcs)
	findVerifiers(m, funcs)
	exported := false
	for fn, w := range m.wrappers {
		pass.ExportObjectFact(fn, w)
		exported = true
	}
	for fn, v := range m.verifiers {
		pass.ExportObjectFact(fn, v)
		exported = true
	}
	if exported {
		pass.ExportPackageFact(new(WrapperPackage))
	}
	return m, nil
}
