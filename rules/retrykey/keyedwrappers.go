package retrykey

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
)

// KeyedWrapper is the fact that a function of the user's code that makes
// a state-changing Stripe call (a wrapper, see stripesdk.Wrapper) sets an
// idempotency key from stable data itself, or calls a function that does:
// retrying it is safe.
type KeyedWrapper struct{}

// AFact marks KeyedWrapper as a fact.
func (*KeyedWrapper) AFact() {}

func (*KeyedWrapper) String() string { return "keyedWrapper" }

// findKeyedWrappers finds the wrappers of this package that set a stable
// idempotency key themselves (or call a function that does), and exports
// KeyedWrapper facts for them.
func (c *checker) findKeyedWrappers() {
	type candidate struct {
		fn   *types.Func
		decl inspector.Cursor
	}
	var candidates []candidate
	for fn, decl := range c.funcDecls() {
		if d, ok := c.model.ClassifyFunc(fn); ok && d.Kind == stripesdk.KindWrapper && d.Mutates() {
			candidates = append(candidates, candidate{fn, decl})
		}
	}
	c.keyed = make(map[*types.Func]bool)
	for changed := true; changed; {
		changed = false
		for _, cand := range candidates {
			if !c.keyed[cand.fn] && c.setsStableKey(cand.decl) {
				c.keyed[cand.fn] = true
				changed = true
			}
		}
	}
	for _, cand := range candidates {
		if c.keyed[cand.fn] {
			c.pass.ExportObjectFact(cand.fn, new(KeyedWrapper))
		}
	}
}

// setsStableKey reports whether the function declared at decl sets an
// idempotency key from a value that is not fresh, or calls a keyed
// wrapper.
func (c *checker) setsStableKey(decl inspector.Cursor) bool {
	body := decl.Node().(*ast.FuncDecl).Body
	ctx := retryCtx{body: body}
	found := false
	for _, s := range c.keySettings(decl) {
		if _, fresh := c.fresh(s.value, ctx, 0); !fresh {
			found = true
		}
	}
	self := c.pass.TypesInfo.Defs[decl.Node().(*ast.FuncDecl).Name]
	for s := range c.sitesIn(body) {
		if s.Call.Kind == stripesdk.KindWrapper && s.Call.Func != self && c.keyedWrapper(s.Call.Func) {
			found = true
		}
	}
	return found
}

// keyedWrapper reports whether fn is a wrapper that sets a stable key.
func (c *checker) keyedWrapper(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	fn = fn.Origin()
	if fn.Pkg() == c.pass.Pkg {
		return c.keyed[fn]
	}
	return c.pass.ImportObjectFact(fn, new(KeyedWrapper))
}
