package stripesdk

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/internal/flow"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// Wrapper is the fact that a function of the user's code returns the error
// of a Stripe API call, as is or wrapped (fmt.Errorf with %w, errors.Join,
// github.com/pkg/errors' Wrap and WithStack), directly or through another
// wrapper. Every rule treats a call of a wrapper as an API call.
//
// Detection follows the flow of the function (see ErrorFlow): one
// reachable return statement that may return a variable holding the error
// of an API call, or such a call itself, makes the function a wrapper. So
// does one that reports a failed API call with an error of its own
// (ErrorFlow.ownError): `if err != nil { return nil, errors.New("not
// found") }`, with `fmt.Errorf("%v", err)`, a sentinel or an error literal;
// such an error carries the failure (callers must check it) but not the
// Stripe error, so it does not set Wraps. That
// over-approximates on purpose: a function that can return a Stripe error
// on some path is one whose error its callers must check.
type Wrapper struct {
	Call   string // the API call it wraps (the first in source order), for tests and debugging
	Method string // the HTTP method of the wrapped calls: "POST" or "DELETE" if any wrapped call changes state, else "GET" or ""
	// Wraps is set when some return statement can return the Stripe
	// error wrapped (fmt.Errorf with %w, errors.Join, pkg/errors, or a
	// wrapper that wraps: see ErrorFlow.MayBeWrapped), rather than as the SDK
	// returned it: a type assertion on the error then misses it.
	Wraps bool
}

// AFact marks Wrapper as a fact.
func (*Wrapper) AFact() {}

func (w *Wrapper) String() string {
	wraps := ""
	if w.Wraps {
		wraps = " wraps"
	}
	return "stripeWrapper(" + w.Call + " " + w.Method + wraps + ")"
}

// WrapperPackage is the fact that a package declares wrappers: a package
// that imports one is active even if it imports no SDK package.
type WrapperPackage struct{}

// AFact marks WrapperPackage as a fact.
func (*WrapperPackage) AFact() {}

func (*WrapperPackage) String() string { return "stripeWrappers" }

// errorFunc is a function declaration with a body and an error result:
// a candidate wrapper or verifier.
type errorFunc struct {
	fn   *types.Func
	decl inspector.Cursor // at the *ast.FuncDecl
}

// errorFuncs returns the package's candidate wrappers, in source order.
func errorFuncs(m *Model, in *inspector.Inspector) []errorFunc {
	var funcs []errorFunc
	for cur := range in.Root().Preorder((*ast.FuncDecl)(nil)) {
		decl := cur.Node().(*ast.FuncDecl)
		fn, _ := m.info.Defs[decl.Name].(*types.Func)
		if decl.Body == nil || fn == nil || gocode.ErrorResult(fn.Signature()) < 0 {
			continue
		}
		funcs = append(funcs, errorFunc{fn, cur})
	}
	return funcs
}

// fixpoint fills found with of(f) for each candidate f for which it is not
// nil: the one engine of the wrapper and verifier searches. A function may
// call another of the same package declared later, whose fact, once found,
// can make it a wrapper or change its fact (a wrapper's Wraps or Method), so
// each round computes every candidate's fact again until a round changes
// nothing. of may consult found (through the model) as it grows. The facts
// only grow (more functions, more wrapping), so the rounds end.
func fixpoint[F comparable](funcs []errorFunc, found map[*types.Func]*F, of func(errorFunc) *F) {
	for changed := true; changed; {
		changed = false
		for _, f := range funcs {
			fact := of(f)
			if fact == nil {
				continue
			}
			if old := found[f.fn]; old == nil || *old != *fact {
				found[f.fn] = fact
				changed = true
			}
		}
	}
}

// findWrappers fills m.wrappers with the wrappers among funcs.
func findWrappers(m *Model, graphs *flow.Graphs, funcs []errorFunc) {
	m.wrappers = make(map[*types.Func]*Wrapper)
	fixpoint(funcs, m.wrappers, func(f errorFunc) *Wrapper { return m.wrapperOf(graphs, f.fn, f.decl) })
}

// wrapperOf returns the Wrapper fact of the function declared at decl, or
// nil if none of its return statements can return a Stripe API error.
func (m *Model) wrapperOf(graphs *flow.Graphs, fn *types.Func, decl inspector.Cursor) *Wrapper {
	body := decl.Node().(*ast.FuncDecl).Body
	bodyCur, _ := decl.FindNode(body)
	errs := m.ErrorFlow(graphs, decl.Node())
	sig := fn.Signature()
	var w *Wrapper
	add := func(c Callee, wraps bool) {
		if w == nil {
			w = &Wrapper{Call: c.Name, Method: c.Method}
		} else if !w.mutates() && c.Mutates() {
			w.Method = c.Method
		}
		w.Wraps = w.Wraps || wraps
	}
	bodyCur.Inspect([]ast.Node{(*ast.FuncLit)(nil), (*ast.ReturnStmt)(nil)}, func(cur inspector.Cursor) bool {
		ret, ok := cur.Node().(*ast.ReturnStmt)
		if !ok {
			return false // returns inside a function literal are the literal's
		}
		f, ok := errs.before(ret)
		if !ok {
			return true // unreachable
		}
		switch {
		case len(ret.Results) == 0:
			for v := range sig.Results().Variables() {
				if holds(f, keyStripe, v) {
					add(errs.names[v], holds(f, keyWrapped, v))
				}
			}
		case len(ret.Results) == 1 && sig.Results().Len() > 1:
			if call, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr); ok {
				if c, ok := m.ClassifyCall(call); ok && c.ErrResult >= 0 {
					add(c, c.Kind == KindWrapper && m.wraps(c.Func))
				}
			}
		default:
			for i, e := range ret.Results {
				if i < sig.Results().Len() && gocode.IsError(sig.Results().At(i).Type()) {
					if c, ok := errs.stripeError(e, f); ok {
						add(c, errs.mayBeWrapped(e, f))
					} else if c, ok := errs.ownError(cur, e); ok {
						add(c, false) // an error of its own: the Stripe error is not in its chain
					}
				}
			}
		}
		return true
	})
	return w
}

func (w *Wrapper) mutates() bool { return w.Method == "POST" || w.Method == "DELETE" }

// wrappingResult returns the index of the error result of fn when fn is a
// wrapper whose error may be wrapped (Wrapper.Wraps), or -1.
func (m *Model) wrappingResult(fn *types.Func) int {
	if fn == nil {
		return -1
	}
	c, ok := m.ClassifyFunc(fn)
	if !ok || c.Kind != KindWrapper || !m.wraps(c.Func) {
		return -1
	}
	return c.ErrResult
}

// wraps reports whether fn is a wrapper whose error may be wrapped.
func (m *Model) wraps(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	w := m.wrapperFact(fn.Origin())
	return w != nil && w.Wraps
}

// wrappedArgs returns the arguments of call whose error the result wraps,
// when fn is a function that wraps errors keeping the chain: fmt.Errorf
// with a %w verb, errors.Join, and github.com/pkg/errors' Wrap, Wrapf,
// WithStack, WithMessage and WithMessagef. Otherwise nil.
func wrappedArgs(info *types.Info, fn *types.Func, call *ast.CallExpr) []ast.Expr {
	if fn.Pkg() == nil || fn.Signature().Recv() != nil || len(call.Args) == 0 {
		return nil
	}
	switch fn.Pkg().Path() + "." + fn.Name() {
	case "fmt.Errorf":
		if tv := info.Types[call.Args[0]]; tv.Value != nil && tv.Value.Kind() == constant.String &&
			!strings.Contains(constant.StringVal(tv.Value), "%w") {
			return nil // %v and friends drop the chain
		}
		return call.Args[1:]
	case "errors.Join":
		return call.Args
	case "github.com/pkg/errors.Wrap", "github.com/pkg/errors.Wrapf",
		"github.com/pkg/errors.WithStack", "github.com/pkg/errors.WithMessage",
		"github.com/pkg/errors.WithMessagef":
		return call.Args[:1]
	}
	return nil
}
