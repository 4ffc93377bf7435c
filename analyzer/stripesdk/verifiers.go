package stripesdk

// Verification wrappers: the functions of the user's code that verify a
// webhook signature by calling a verification function (verify.go) and
// returning its error. They are found in every package, by the same
// fixpoint as the API wrappers (wrappers.go), and exported as Verifier
// facts so that a call of one counts as verification in every package.

import (
	"cmp"
	"go/ast"
	"go/types"
	"slices"
	"strconv"

	"github.com/stripeerrlint/stripeerrlint/internal/flow"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// Verifier is the fact that a function of the user's code verifies a
// webhook signature: it calls a verification function (of the SDK, or
// another Verifier) and returns its error, as is, wrapped or replaced,
// from a return statement that the failure leads to. Rules treat a call of
// a Verifier as verification.
type Verifier struct {
	Call    string // the verification function it calls (the first in source order)
	Payload int    // index of the parameter passed as the payload, or -1
	Secret  int    // index of the parameter passed as the secret, or -1
	Event   int    // index of the result holding the event, or -1
}

// AFact marks Verifier as a fact.
func (*Verifier) AFact() {}

func (v *Verifier) String() string {
	return "stripeVerifier(" + v.Call + " payload=" + itoa(v.Payload) + " secret=" + itoa(v.Secret) + " event=" + itoa(v.Event) + ")"
}

func itoa(i int) string {
	if i < 0 {
		return "-"
	}
	return strconv.Itoa(i)
}

// findVerifiers fills m.verifiers with the verification wrappers among
// funcs.
func findVerifiers(m *Model, funcs []errorFunc) {
	m.verifiers = make(map[*types.Func]*Verifier)
	fixpoint(funcs, m.verifiers, func(f errorFunc) *Verifier {
		return m.verifierOf(f.fn, f.decl.Node().(*ast.FuncDecl))
	})
}

// verifierOf returns the Verifier fact of fn, declared by decl, or nil: fn
// must call a verification function and either return that call's results
// directly, or store its error in a variable that an if statement's
// condition tests and whose body returns; and it must not fail open
// (FailsOpen): a helper that decodes the body unverified on some path is
// no verification.
func (m *Model) verifierOf(fn *types.Func, decl *ast.FuncDecl) *Verifier {
	v := m.verifierCall(fn, decl)
	// ctrlflow's graphs are not at hand here (findVerifiers gets none):
	// the graph knows the calls that never return of the standard library.
	if v == nil || m.FailsOpen(decl.Body, nil) != nil {
		return nil
	}
	return v
}

// FailsOpen returns the first call in body (outside function literals)
// that decodes an event without verification (WebhookDecode) on a path
// that verification does not guard: reachable from the start of body
// without passing a verification call (VerifierOf) and not verified
// after it, or reachable from a verification call's assignment while its
// error is not nil. Such code is a fail-open webhook: with no secret
// configured, under a "dev" flag, or when verification fails, it trusts
// the body. It returns nil when there is no such call, or no verification
// in body at all (the body then is no verification helper). paths is the
// body's graph (ctrlflow's, from flow.Graphs), or nil to build one.
func (m *Model) FailsOpen(body *ast.BlockStmt, paths *flow.Reach) *ast.CallExpr {
	var decodes, verifies []*ast.CallExpr
	var verifyInfos []VerifyInfo
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			fn := gocode.CalleeFunc(m.info, n)
			if fn == nil || fn.Pkg() == nil {
				return true
			}
			if vi, ok := m.VerifierOf(fn); ok {
				verifies = append(verifies, n)
				verifyInfos = append(verifyInfos, vi)
			} else if _, ok := eventDecode(m.info, fn, n); ok {
				decodes = append(decodes, n)
			}
		}
		return true
	})
	if len(decodes) == 0 || len(verifies) == 0 {
		return nil
	}
	reach := paths
	if reach == nil {
		reach = flow.NewReach(m.info, body)
	}
	isVerify := func(n ast.Node) bool {
		for _, v := range verifies {
			if gocode.Contains(n, v) {
				return true
			}
		}
		return false
	}
	for _, d := range decodes {
		holds := func(n ast.Node) bool { return gocode.Contains(n, d) }
		if _, ok := reach.UnguardedFromEntry(isVerify, holds); ok && !reach.Reachable(d, isVerify) {
			return d
		}
	}
	// Decoded while verification failed.
	for i, v := range verifies {
		def, errVar := m.verifyAssign(body, v, verifyInfos[i])
		if def == nil {
			continue
		}
		for _, d := range decodes {
			if _, ok := reach.WhileNonNil(def, errVar, func(n ast.Node) bool { return gocode.Contains(n, d) }); ok {
				return d
			}
		}
	}
	return nil
}

// verifyAssign returns the assignment in body that stores the error of
// call, a call of the verification function vi, in a variable, and that
// variable; nil when there is none.
func (m *Model) verifyAssign(body *ast.BlockStmt, call *ast.CallExpr, vi VerifyInfo) (*ast.AssignStmt, *types.Var) {
	var def *ast.AssignStmt
	var errVar *types.Var
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || def != nil {
			return def == nil
		}
		if len(as.Rhs) == 1 && ast.Unparen(as.Rhs[0]) == call && vi.Err < len(as.Lhs) {
			if id, ok := ast.Unparen(as.Lhs[vi.Err]).(*ast.Ident); ok && id.Name != "_" {
				if v, ok := m.info.ObjectOf(id).(*types.Var); ok {
					def, errVar = as, v
				}
			}
		}
		return true
	})
	return def, errVar
}

// verifierCall returns the Verifier fact fn would have, judging only by
// its verification call and what its failure leads to.
func (m *Model) verifierCall(fn *types.Func, decl *ast.FuncDecl) *Verifier {
	info := m.info
	sig := fn.Signature()
	param := func(e ast.Expr) int {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return -1
		}
		for i := range sig.Params().Len() {
			if info.Uses[id] == sig.Params().At(i) {
				return i
			}
		}
		return -1
	}
	var found *Verifier
	visit := func(n ast.Node) bool {
		if found != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its returns are the literal's
		case *ast.CallExpr:
			fn := gocode.CalleeFunc(info, n)
			vi, ok := m.VerifierOf(fn)
			if !ok || !m.errorLeadsToReturn(decl.Body, n, vi) {
				return true
			}
			found = &Verifier{Call: vi.Name, Payload: -1, Secret: -1, Event: -1}
			if vi.Payload >= 0 && vi.Payload < len(n.Args) {
				found.Payload = param(n.Args[vi.Payload])
			}
			if vi.Secret >= 0 && vi.Secret < len(n.Args) {
				found.Secret = param(n.Args[vi.Secret])
			}
			for i := range sig.Results().Len() {
				if IsEventType(sig.Results().At(i).Type()) {
					found.Event = i
					break
				}
			}
			return false
		}
		return true
	}
	ast.Inspect(decl.Body, visit)
	return found
}

// errorLeadsToReturn reports whether the error of call, a call of the
// verification function vi in body, reaches a return statement: the call
// is returned, or its error is stored in a variable tested by the condition
// of an if statement whose body returns.
func (m *Model) errorLeadsToReturn(body *ast.BlockStmt, call *ast.CallExpr, vi VerifyInfo) bool {
	info := m.info
	var errVar types.Object
	leads := false
	ast.Inspect(body, func(n ast.Node) bool {
		if leads {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				if ast.Unparen(r) == call {
					leads = true
				}
			}
		case *ast.AssignStmt:
			if len(n.Rhs) == 1 && ast.Unparen(n.Rhs[0]) == call && vi.Err < len(n.Lhs) {
				if id, ok := n.Lhs[vi.Err].(*ast.Ident); ok && id.Name != "_" {
					errVar = info.ObjectOf(id)
				}
			}
		}
		return true
	})
	if leads || errVar == nil {
		return leads
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if leads {
			return false
		}
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		ifs, ok := n.(*ast.IfStmt)
		if !ok || !gocode.Uses(info, ifs.Cond, errVar) {
			return true
		}
		ast.Inspect(ifs.Body, func(n ast.Node) bool {
			switch n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				leads = true
			}
			return !leads
		})
		return true
	})
	return leads
}

// verifierFact returns the Verifier fact of fn, a function of the user's
// code: found in this package, or imported.
func (m *Model) verifierFact(fn *types.Func) (Verifier, bool) {
	if !m.active {
		return Verifier{}, false
	}
	if w := m.verifiers[fn]; w != nil {
		return *w, true
	}
	if w := m.importedVerifiers[fn]; w != nil {
		return *w, true
	}
	return Verifier{}, false
}

// implementedVerifier returns the Verifier fact of a method that
// implements fn, when fn is a method of an interface: a handler that
// verifies through an interface (so that its tests can swap in a fake)
// verifies when an implementation the model knows of, in this package or
// in one it depends on, is a Verifier. Fakes that do not verify do not
// make the call any less of a verification in production. When several
// implementations verify, the first by package path and type name is
// described.
func (m *Model) implementedVerifier(fn *types.Func) (Verifier, bool) {
	recv := fn.Signature().Recv()
	if recv == nil {
		return Verifier{}, false
	}
	iface, ok := recv.Type().Underlying().(*types.Interface)
	if !ok {
		return Verifier{}, false
	}
	var found []*types.Func
	for _, known := range []map[*types.Func]*Verifier{m.verifiers, m.importedVerifiers} {
		for impl := range known {
			r := impl.Signature().Recv()
			if impl.Name() != fn.Name() || r == nil {
				continue
			}
			t := r.Type()
			if types.Implements(t, iface) || types.Implements(types.NewPointer(t), iface) {
				found = append(found, impl)
			}
		}
	}
	if len(found) == 0 {
		return Verifier{}, false
	}
	first := slices.MinFunc(found, func(a, b *types.Func) int {
		return cmp.Or(cmp.Compare(a.Pkg().Path(), b.Pkg().Path()), cmp.Compare(a.FullName(), b.FullName()))
	})
	v, _ := m.verifierFact(first)
	return v, true
}
