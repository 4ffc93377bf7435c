package globalkey

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/analyzer/directive"
	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
	"github.com/stripeerrlint/stripeerrlint/internal/ruledoc"
)

// Analyzer reports writes of the SDK's process-wide API key and backend in
// code that serves requests.
var Analyzer = &analysis.Analyzer{
	Name:     "globalkey",
	Doc:      ruledoc.Doc("globalkey"),
	URL:      ruledoc.URL("globalkey"),
	Requires: []*analysis.Analyzer{inspect.Analyzer, stripesdk.Analyzer, directive.Analyzer},
	Run:      run,
}

// Categories of the findings.
const (
	// CategoryKey: stripe.Key assigned while serving requests.
	CategoryKey = "key"
	// CategoryBackend: stripe.SetBackend called while serving requests.
	CategoryBackend = "backend"
	// CategoryInit: (*client.API).Init called on a shared client (a
	// package-level variable or a field) while serving requests.
	CategoryInit = "init"
)

// A write is a statement that changes process-wide SDK state.
type write struct {
	cur      inspector.Cursor // the assignment or call
	category string
	what     string // what the message says happened: "stripe.Key set", "stripe.SetBackend called", "a shared client's Init called"
	major    int
	constant bool // the value is the same on every call (a constant, os.Getenv of a constant)
}

func run(pass *analysis.Pass) (any, error) {
	m := stripesdk.From(pass)
	if !m.Active() {
		return nil, nil
	}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{pass: pass, m: m}
	defer func() { directive.ReportAll(pass, c.diags) }()
	var writes []write
	for cur := range in.Root().Preorder((*ast.AssignStmt)(nil), (*ast.CallExpr)(nil)) {
		if gocode.InTestFile(pass.Fset, cur.Node().Pos()) {
			continue
		}
		if w, ok := c.write(cur); ok {
			writes = append(writes, w)
		}
	}
	if len(writes) == 0 {
		return nil, nil
	}
	// Functions of the package that write and are called from a handler.
	byFunc := make(map[*types.Func][]write)
	for _, w := range writes {
		if _, _, ok := stripesdk.EnclosingHandler(pass.TypesInfo, w.cur); ok {
			c.report(w, "in a request handler", nil, "")
			continue
		}
		decl, fn := enclosingDecl(pass.TypesInfo, w.cur)
		if decl == nil || gocode.RunsAtStartup(pass.Fset, pass.Pkg, decl) {
			continue
		}
		if call := c.callAfter(decl, w); call != nil {
			c.report(w, "in "+decl.Name.Name+" before its API calls", call, "the API call that uses it")
			continue
		}
		if fn != nil {
			byFunc[fn] = append(byFunc[fn], w)
		}
	}
	if len(byFunc) == 0 {
		return nil, nil
	}
	for cur := range in.Root().Preorder((*ast.CallExpr)(nil)) {
		fn := gocode.CalleeFunc(pass.TypesInfo, cur.Node().(*ast.CallExpr))
		ws := byFunc[fn]
		if len(ws) == 0 || gocode.InTestFile(pass.Fset, cur.Node().Pos()) {
			continue
		}
		if _, _, ok := stripesdk.EnclosingHandler(pass.TypesInfo, cur); !ok {
			continue
		}
		for _, w := range ws {
			c.report(w, "in "+fn.Name()+", which a request handler calls", cur.Node(), "called from a request handler here")
		}
		delete(byFunc, fn) // report each write once
	}
	return nil, nil
}

type checker struct {
	pass  *analysis.Pass
	m     *stripesdk.Model
	diags []analysis.Diagnostic
}

// write reports whether the node at cur changes process-wide SDK state.
func (c *checker) write(cur inspector.Cursor) (write, bool) {
	info := c.pass.TypesInfo
	switch n := cur.Node().(type) {
	case *ast.AssignStmt:
		for i, lhs := range n.Lhs {
			v, ok := info.Uses[lhsIdent(lhs)].(*types.Var)
			if !ok || !stripesdk.IsAPIKeyVar(v) {
				continue
			}
			major, _, _ := stripesdk.ParseImportPath(v.Pkg().Path())
			w := write{cur: cur, category: CategoryKey, what: "stripe.Key set", major: major}
			if len(n.Rhs) == len(n.Lhs) {
				w.constant = c.sameEachTime(n.Rhs[i])
			}
			return w, true
		}
	case *ast.CallExpr:
		fn := gocode.CalleeFunc(info, n)
		if fn == nil {
			return write{}, false
		}
		major, _, _ := stripesdk.ParseImportPath(pkgPath(fn))
		switch {
		case stripesdk.IsSetBackend(fn):
			return write{cur: cur, category: CategoryBackend, what: "stripe.SetBackend called", major: major}, true
		case stripesdk.APIKeyParam(fn) == 0 && fn.Signature().Recv() != nil && len(n.Args) > 0:
			sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if !ok || !c.shared(sel.X) {
				return write{}, false
			}
			return write{cur: cur, category: CategoryInit, what: "a shared client's Init called", major: major, constant: c.sameEachTime(n.Args[0])}, true
		}
	}
	return write{}, false
}

// shared reports whether x, the client Init is called on, is shared
// between calls: a package-level variable or a field (not a local).
func (c *checker) shared(x ast.Expr) bool {
	switch x := ast.Unparen(gocode.Unaddr(x)).(type) {
	case *ast.Ident:
		v, ok := c.pass.TypesInfo.Uses[x].(*types.Var)
		return ok && v.Parent() == v.Pkg().Scope()
	case *ast.SelectorExpr:
		v, ok := c.pass.TypesInfo.Uses[x.Sel].(*types.Var)
		return ok && (v.IsField() || v.Parent() == v.Pkg().Scope())
	}
	return false
}

// sameEachTime reports whether x has the same value on every call: a
// constant, a package-level variable, or os.Getenv of a constant.
func (c *checker) sameEachTime(x ast.Expr) bool {
	info := c.pass.TypesInfo
	x = ast.Unparen(x)
	if tv, ok := info.Types[x]; ok && tv.Value != nil {
		return true
	}
	switch x := x.(type) {
	case *ast.Ident:
		v, ok := info.Uses[x].(*types.Var)
		return ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
	case *ast.SelectorExpr:
		v, ok := info.Uses[x.Sel].(*types.Var)
		return ok && !v.IsField() && v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
	case *ast.CallExpr:
		fn := gocode.CalleeFunc(info, x)
		if fn == nil || pkgPath(fn) != "os" || fn.Name() != "Getenv" || len(x.Args) != 1 {
			return false
		}
		tv, ok := info.Types[x.Args[0]]
		return ok && tv.Value != nil
	}
	return false
}

// callAfter returns the first Stripe API call of decl after the write that
// uses the state it set: a package-level API call for stripe.Key and
// stripe.SetBackend, any API call for a client's Init. Calls in function
// literals count: they run with whatever the key is then.
func (c *checker) callAfter(decl *ast.FuncDecl, w write) ast.Node {
	var found ast.Node
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if found != nil || !ok || call.Pos() < w.cur.Node().End() {
			return found == nil
		}
		callee, ok := c.m.ClassifyCall(call)
		if !ok || (callee.Kind != stripesdk.KindAPI && callee.Kind != stripesdk.KindList) {
			return true
		}
		if w.category == CategoryInit || callee.Func.Signature().Recv() == nil {
			found = call
		}
		return found == nil
	})
	return found
}

func (c *checker) report(w write, where string, related ast.Node, relatedMessage string) {
	remedy := "use a client per key (client.New(key, nil))"
	if w.major >= 82 {
		remedy = "use a client per key (stripe.NewClient(key))"
	}
	if w.constant {
		remedy = "set it once at start-up"
	}
	d := analysis.Diagnostic{
		Pos:      w.cur.Node().Pos(),
		End:      w.cur.Node().End(),
		Category: w.category,
		Message:  fmt.Sprintf("%s %s races with concurrent requests; %s", w.what, where, remedy),
	}
	if related != nil {
		d.Related = []analysis.RelatedInformation{{Pos: related.Pos(), End: related.End(), Message: relatedMessage}}
	}
	c.diags = append(c.diags, d)
}

// enclosingDecl returns the function declaration around cur and its
// object.
func enclosingDecl(info *types.Info, cur inspector.Cursor) (*ast.FuncDecl, *types.Func) {
	for p := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		decl := p.Node().(*ast.FuncDecl)
		fn, _ := info.Defs[decl.Name].(*types.Func)
		return decl, fn
	}
	return nil, nil
}

// lhsIdent returns the identifier an assignment's left-hand side names
// (x or pkg.X), or nil.
func lhsIdent(x ast.Expr) *ast.Ident {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		return x
	case *ast.SelectorExpr:
		return x.Sel
	}
	return nil
}

func pkgPath(fn *types.Func) string {
	if fn.Pkg() == nil {
		return ""
	}
	return fn.Pkg().Path()
}
