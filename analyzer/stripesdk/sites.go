package stripesdk

import (
	"go/ast"
	"sync"

	"golang.org/x/tools/go/analysis/passes/inspect"
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

// siteList computes the sites once, for every rule that asks.
type siteList struct {
	once  sync.Once
	sites []Site
}

// Sites returns the Stripe-related calls of the package in source order.
// The rules share this one walk over the package's calls instead of each
// classifying every call again. It returns nil in an inactive package.
func (m *Model) Sites() []Site {
	if !m.active {
		return nil
	}
	m.sites.once.Do(func() {
		in := m.pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		for cur := range in.Root().Preorder((*ast.CallExpr)(nil)) {
			call := cur.Node().(*ast.CallExpr)
			s := Site{Cursor: cur}
			s.Call, s.Classified = m.ClassifyCall(call)
			s.ListMethod = ListMethod(gocode.CalleeFunc(m.pass.TypesInfo, call))
			if s.Classified || s.ListMethod != "" {
				m.sites.sites = append(m.sites.sites, s)
			}
		}
	})
	return m.sites.sites
}
