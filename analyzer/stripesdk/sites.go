package stripesdk

import (
	"go/ast"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// Site is one Stripe-related call in the package: a call that ClassifyCall
// describes (API call, list, wrapper, list Err), or a call of a list's Next
// or All method.
type Site struct {
	Cursor     inspector.Cursor // at the *ast.CallExpr
	Call       Callee           // valid when Classified
	Classified bool
	ListMethod string // "Next", "Err", "All" or ""
}

// Expr returns the call expression of the site.
func (s Site) Expr() *ast.CallExpr { return s.Cursor.Node().(*ast.CallExpr) }

// Sites returns the Stripe-related calls of the package, file by file in
// the order of pass.Files and in source order within a file (the order
// of files need not be that of their positions: compare positions only
// within one file).
// The rules share this one walk over the package's calls instead of each
// classifying every call again. It returns nil in an inactive package.
func (m *Model) Sites() []Site { return m.sites }

// isAll reports whether call calls a list's All method.
func (m *Model) isAll(call *ast.CallExpr) bool {
	return ListMethod(gocode.CalleeFunc(m.info, call)) == "All"
}

// ListName names the list whose error the (item, error) pairs of a call of
// a v82+ list's All carry, the way every message names it: the list call
// when All is called on it directly ((*stripe.Client).V1Customers.List for
// sc.V1Customers.List(ctx, p).All(ctx)), else All itself
// ((*stripe.V1List).All).
func (m *Model) ListName(all *ast.CallExpr) string {
	if sel, ok := ast.Unparen(all.Fun).(*ast.SelectorExpr); ok {
		if list, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok {
			if c, ok := m.ClassifyCall(list); ok {
				return c.Name
			}
		}
	}
	return FuncName(gocode.CalleeFunc(m.info, all))
}
