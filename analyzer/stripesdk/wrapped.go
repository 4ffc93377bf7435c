package stripesdk

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// WrappedErrors answers, within one function, whether an error value may
// be a wrapped error: one whose dynamic type is a wrapper's (fmt.Errorf
// with %w, errors.Join, github.com/pkg/errors' Wrap and friends), so that
// a type assertion on it does not see the error inside. The SDK itself
// never wraps: an API call returns a *stripe.Error, or a plain error of its
// own, as is.
//
// Like the wrapper detection (see Wrapper), it is flow-insensitive within
// the function: a local variable assigned a wrapped error anywhere in the
// function (in its function literals too) may hold one everywhere.
// Parameters, fields, results of functions the model knows nothing about
// and errors straight from the SDK count as not wrapped.
type WrappedErrors struct {
	m    *Model
	vars map[*types.Var]bool
}

// WrappedErrors computes the answer for the function body at body (an
// *ast.BlockStmt), including its function literals. Ask it of the outermost
// function, so that variables its literals capture are covered.
func (m *Model) WrappedErrors(body inspector.Cursor) *WrappedErrors {
	w := &WrappedErrors{m: m, vars: make(map[*types.Var]bool)}
	if _, ok := body.Node().(*ast.BlockStmt); !ok {
		return w
	}
	info := m.info
	mark := func(lhs ast.Expr) bool {
		id, ok := ast.Unparen(lhs).(*ast.Ident)
		if !ok {
			return false
		}
		v, _ := info.ObjectOf(id).(*types.Var)
		if v == nil || !IsError(v.Type()) || w.vars[v] {
			return false
		}
		w.vars[v] = true
		return true
	}
	assign := func(lhs, rhs []ast.Expr) bool {
		changed := false
		if len(rhs) == 1 && len(lhs) > 1 {
			if call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr); ok {
				fn := gocode.CalleeFunc(info, call)
				if i := w.wrapperResult(fn); i >= 0 && i < len(lhs) {
					changed = mark(lhs[i])
				}
			}
			return changed
		}
		for i := range min(len(lhs), len(rhs)) {
			if w.MayBeWrapped(rhs[i]) {
				changed = mark(lhs[i]) || changed
			}
		}
		return changed
	}
	for changed := true; changed; {
		changed = false
		for cur := range body.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.AssignStmt:
				changed = assign(n.Lhs, n.Rhs) || changed
			case *ast.ValueSpec:
				lhs := make([]ast.Expr, len(n.Names))
				for i, id := range n.Names {
					lhs[i] = id
				}
				changed = assign(lhs, n.Values) || changed
			}
		}
	}
	return w
}

// MayBeWrapped reports whether e may evaluate to a wrapped error: it is a
// variable assigned one (see WrappedErrors), a call of fmt.Errorf with a %w
// verb, errors.Join or github.com/pkg/errors' Wrap, Wrapf, WithStack,
// WithMessage or WithMessagef, or a call of a wrapper of the user's code
// that wraps the Stripe error it returns (Wrapper.Wraps).
func (w *WrappedErrors) MayBeWrapped(e ast.Expr) bool {
	if w == nil {
		return false
	}
	info := w.m.info
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, _ := info.Uses[e].(*types.Var)
		return v != nil && w.vars[v]
	case *ast.CallExpr:
		fn := gocode.CalleeFunc(info, e)
		if fn == nil {
			return false
		}
		if len(wrappedArgs(info, fn, e)) > 0 {
			return true
		}
		return fn.Signature().Results().Len() == 1 && w.wrapperResult(fn) == 0
	}
	return false
}

// holds reports whether the variable v may hold a wrapped error.
func (w *WrappedErrors) holds(v *types.Var) bool { return w.vars[v] }

// wrapperResult returns the index of the error result of fn when fn is a
// wrapper whose error may be wrapped (Wrapper.Wraps), or -1.
func (w *WrappedErrors) wrapperResult(fn *types.Func) int {
	if fn == nil {
		return -1
	}
	c, ok := w.m.ClassifyFunc(fn)
	if !ok || c.Kind != KindWrapper || !w.m.wraps(c.Func) {
		return -1
	}
	return c.ErrResult
}

// wraps reports whether fn is a wrapper whose error may be wrapped.
func (m *Model) wraps(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	fn = fn.Origin()
	w := m.wrapperFact(fn)
	return w != nil && w.Wraps
}
