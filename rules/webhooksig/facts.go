package webhooksig

// Helpers that return an event decoded without verification: a request
// handler that calls one trusts the body as much as if it decoded it
// itself. They are found by a fixpoint over the package's functions and
// exported as UnverifiedEvent facts, so that a handler in another package
// sees them too.

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// UnverifiedEvent is the fact that a function decodes an event without
// verifying its signature, on a path from its start that passes no
// verification, from what a parameter that can carry the request gives it
// (stripesdk.CarriesRequest: the request, a framework's context, bytes, a
// reader), whether it returns the event or handles it itself. Functions
// that also verify on other paths are not given it: they fail open and
// are reported themselves.
type UnverifiedEvent struct {
	Decode string // the call that decodes: json.Unmarshal, (*gin.Context).ShouldBindJSON, or a helper
}

// AFact marks UnverifiedEvent as a fact.
func (*UnverifiedEvent) AFact() {}

func (f *UnverifiedEvent) String() string { return "unverifiedEvent(" + f.Decode + ")" }

// findUnverified gives the UnverifiedEvent fact to the package's functions
// (other than request handlers and those in _test.go files) that earn it,
// until no more do: a helper that calls one earns it too.
func (c *checker) findUnverified(in *inspector.Inspector) {
	type candidate struct {
		cur inspector.Cursor
		fn  *types.Func
	}
	var funcs []candidate
	for cur := range in.Root().Preorder((*ast.FuncDecl)(nil)) {
		decl := cur.Node().(*ast.FuncDecl)
		fn, _ := c.pass.TypesInfo.Defs[decl.Name].(*types.Func)
		if fn == nil || decl.Body == nil || c.inTest(decl) || stripesdk.IsHandler(fn.Signature()) {
			continue
		}
		funcs = append(funcs, candidate{cur, fn})
	}
	for changed := true; changed; {
		changed = false
		for _, f := range funcs {
			if _, done := c.unverifiedFuncs[f.fn]; done {
				continue
			}
			if name, ok := c.decodesUnverified(f.cur, f.fn); ok {
				c.unverifiedFuncs[f.fn] = name
				c.pass.ExportObjectFact(f.fn, &UnverifiedEvent{Decode: name})
				changed = true
			}
		}
	}
}

// decodesUnverified reports whether fn, declared at cur, earns the
// UnverifiedEvent fact, and names the decoding call.
func (c *checker) decodesUnverified(cur inspector.Cursor, fn *types.Func) (string, bool) {
	decl := cur.Node().(*ast.FuncDecl)
	h := &handler{cur: cur, body: decl.Body}
	c.collect(h)
	if len(h.decodes) == 0 {
		return "", false
	}
	paths := c.graphs.Of(decl).Reach()
	if len(h.verifiers) > 0 && c.model.FailsOpen(decl.Body, paths) != nil {
		return "", false
	}
	params := c.fromParams(decl, fn.Signature())
	for _, d := range h.decodes {
		holds := func(n ast.Node) bool { return gocode.Contains(n, d.call) }
		if _, ok := paths.UnguardedFromEntry(h.isVerifier, holds); !ok || paths.Reachable(d.call, h.isVerifier) {
			continue
		}
		if !gocode.UsesAny(c.pass.TypesInfo, d.call, params) {
			continue // decodes something the caller did not give it: a stored event
		}
		if d.helper != "" {
			return d.helper, true
		}
		return d.Name, true
	}
	return "", false
}

// unverifiedHelper reports whether call calls a function with the
// UnverifiedEvent fact, of this package or imported, and names it.
func (c *checker) unverifiedHelper(call *ast.CallExpr) (string, bool) {
	fn := gocode.CalleeFunc(c.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil {
		return "", false
	}
	fn = fn.Origin()
	if _, ok := c.unverifiedFuncs[fn]; ok {
		return stripesdk.FuncName(fn), true
	}
	if fn.Pkg() == c.pass.Pkg {
		return "", false
	}
	var f UnverifiedEvent
	if c.pass.ImportObjectFact(fn, &f) {
		return stripesdk.FuncName(fn), true
	}
	return "", false
}

// fromParams returns the parameters of sig that can carry a request
// (stripesdk.CarriesRequest), and the local variables of decl assigned
// from expressions that use them, however indirectly
// (body, _ := io.ReadAll(r.Body)): flow-insensitive.
func (c *checker) fromParams(decl *ast.FuncDecl, sig *types.Signature) map[*types.Var]bool {
	info := c.pass.TypesInfo
	vars := make(map[*types.Var]bool)
	for v := range sig.Params().Variables() {
		if stripesdk.CarriesRequest(v.Type()) {
			vars[v] = true
		}
	}
	add := func(lhs []*ast.Ident, rhs []ast.Expr) bool {
		uses := false
		for _, e := range rhs {
			uses = uses || gocode.UsesAny(info, e, vars)
		}
		added := false
		for _, id := range lhs {
			if v, ok := info.ObjectOf(id).(*types.Var); ok && uses && !vars[v] {
				vars[v], added = true, true
			}
		}
		return added
	}
	for changed := true; changed; {
		changed = false
		ast.Inspect(decl.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				var lhs []*ast.Ident
				for _, e := range n.Lhs {
					if id, ok := ast.Unparen(e).(*ast.Ident); ok {
						lhs = append(lhs, id)
					}
				}
				changed = add(lhs, n.Rhs) || changed
			case *ast.ValueSpec:
				changed = add(n.Names, n.Values) || changed
			}
			return true
		})
	}
	return vars
}
