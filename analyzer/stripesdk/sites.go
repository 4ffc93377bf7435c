package stripesdk

import (
	"go/ast"

	"golang.org/x/tools/go/ast/inspector"
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

// Sites returns the Stripe-related calls of the package in source order.
// The rules share this one walk over the package's calls instead of each
// classifying every call again. It returns nil in an inactive package.
func (m *Model) Sites() []Site { return m.sites }
