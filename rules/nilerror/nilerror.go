package nilerror

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/analyzer/directive"
	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/fixes"
	"github.com/stripeerrlint/stripeerrlint/internal/flow"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
	"github.com/stripeerrlint/stripeerrlint/internal/ruledoc"
)

// Analyzer reports dereferences of nil-able failure fields of the Stripe
// SDK that no nil check guards.
var Analyzer = &analysis.Analyzer{
	Name:     "nilerror",
	Doc:      ruledoc.Doc("nilerror"),
	URL:      ruledoc.URL("nilerror"),
	Requires: []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer, stripesdk.Analyzer, directive.Analyzer},
	Run:      run,
}

// Categories of the findings.
const (
	// CategoryFailure: stored failure information (a *stripe.Error field
	// such as PaymentIntent.LastPaymentError) read without a nil check.
	CategoryFailure = "failure"
	// CategoryErrorObject: an object of a stripe.Error (Error.PaymentIntent,
	// Error.SetupIntent, ...) read without a nil check.
	CategoryErrorObject = "errorobject"
)

func run(pass *analysis.Pass) (any, error) {
	if !stripesdk.From(pass).Active() {
		return nil, nil
	}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{
		pass:   pass,
		graphs: flow.NewGraphs(pass),
		seeds:  make(map[*ast.FuncLit]*flow.Facts),
		origin: make(map[*types.Var]stripesdk.NilField),
	}
	c.cond = flow.Cond(c.nilTest)
	for cur := range in.Root().Preorder((*ast.FuncDecl)(nil)) {
		decl := cur.Node().(*ast.FuncDecl)
		if decl.Body != nil && c.usesNilField(decl.Body) {
			c.function(cur, decl, nil)
		}
	}
	// Function literals outside function declarations (package-level
	// variables); those inside are analysed with their enclosing function.
	for cur := range in.Root().Preorder((*ast.FuncLit)(nil)) {
		lit := cur.Node().(*ast.FuncLit)
		if c.outermostLit(cur) && c.usesNilField(lit.Body) {
			c.function(cur, lit, nil)
		}
	}
	c.addFixes(in)
	directive.ReportAll(pass, c.diags)
	return nil, nil
}

type checker struct {
	pass   *analysis.Pass
	graphs *flow.Graphs
	cond   func(ast.Expr, bool, *flow.Facts) // the Problem's Cond
	seeds  map[*ast.FuncLit]*flow.Facts      // facts where a function literal is created
	// origin holds, for a variable that may hold an unchecked nil-able
	// field, the field it was assigned from.
	origin map[*types.Var]stripesdk.NilField
	diags  []analysis.Diagnostic
	finds  []finding
}

// finding is one reported dereference, kept to build fixes.
type finding struct {
	diag int      // index in diags
	x    ast.Expr // the nil-able expression
}

// outermostLit reports whether the literal at cur is inside no function
// declaration and no other function literal.
func (c *checker) outermostLit(cur inspector.Cursor) bool {
	outer, _ := gocode.OutermostFunc(cur)
	return outer == cur
}

// usesNilField reports whether body selects a nil-able field: the fast
// path that spares the flow analysis in functions that never do.
func (c *checker) usesNilField(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if _, ok := stripesdk.NilFieldOf(c.pass.TypesInfo.Selections[sel]); ok {
				found = true
			}
		}
		return !found
	})
	return found
}

// function analyses one function (declaration or literal), then the
// function literals in it with the facts that hold where each is created.
func (c *checker) function(cur inspector.Cursor, fn ast.Node, entry *flow.Facts) {
	g := c.graphs.Of(fn)
	if g == nil {
		return
	}
	body := g.Body
	sol := g.Solve(entry, flow.Problem{
		Transfer: func(n ast.Node, f *flow.Facts) { c.node(n, f, false) },
		Cond:     c.cond,
	})
	sol.Nodes(func(n ast.Node, f *flow.Facts) { c.node(n, f, true) })
	for lit := range cur.Preorder((*ast.FuncLit)(nil)) {
		fl := lit.Node().(*ast.FuncLit)
		if fl.Body == body || !c.directChild(lit, body) {
			continue
		}
		seed := c.seeds[fl]
		if seed == nil {
			// Created in unreachable code, or where the analysis does not
			// look (a defer or go statement's literal is on the graph).
			seed = flow.NewFacts()
		}
		c.function(lit, fl, seed)
	}
}

// directChild reports whether the literal at lit belongs to the function
// whose body is body, not to a nested literal.
func (c *checker) directChild(lit inspector.Cursor, body *ast.BlockStmt) bool {
	_, b, ok := gocode.EnclosingFunc(c.pass.TypesInfo, lit.Parent())
	return ok && b == body
}

// Fact keys: "nn:"+path for a field path known not to be nil (Must), and
// "u:"+var for a local variable that may hold a nil-able field's value
// that was never checked (May).
const (
	nonNilPrefix = "nn:"
	unsafePrefix = "u:"
)

// node applies node n of the graph to f, reporting when report is set.
func (c *checker) node(n ast.Node, f *flow.Facts, report bool) {
	// The key or value of a range statement is written by the loop, never
	// with a nil-able field.
	if flow.RangeKill(c.pass.TypesInfo, n, f) {
		return
	}
	c.walk(n, f, report)
}

// walk visits the expressions of node n of the graph in evaluation order:
// it reports (when report is set) the dereferences of nil-able values
// that f does not show to be checked, and updates f with what n does:
// assignments, and dereferences (after one that did not panic, the value
// is not nil).
func (c *checker) walk(n ast.Node, f *flow.Facts, report bool) {
	switch n := n.(type) {
	case nil:
		return
	case *ast.FuncLit:
		if report {
			if old := c.seeds[n]; old != nil {
				old.Meet(f)
			} else {
				c.seeds[n] = f.Clone()
			}
		}
		return // analysed on its own
	case *ast.BinaryExpr:
		walk := func(n ast.Node, f *flow.Facts) { c.walk(n, f, report) }
		if flow.ShortCircuit(n, f, walk, c.cond) {
			return
		}
	case *ast.SelectorExpr:
		c.walk(n.X, f, report)
		sel := c.pass.TypesInfo.Selections[n]
		if sel == nil {
			return // a qualified identifier
		}
		switch sel.Kind() {
		case types.FieldVal:
			c.deref(n.X, f, report, "reading "+n.Sel.Name)
		case types.MethodVal:
			// A method with a pointer receiver may handle nil (on a nil
			// *stripe.Error, Error returns "null"); a value receiver
			// copies *x, which panics.
			if fn, ok := sel.Obj().(*types.Func); ok && !gocode.IsPointer(fn.Signature().Recv().Type()) && gocode.IsPointer(sel.Recv()) {
				c.deref(n.X, f, report, "calling "+n.Sel.Name)
			}
		}
		return
	case *ast.StarExpr:
		c.walk(n.X, f, report)
		if tv, ok := c.pass.TypesInfo.Types[n]; ok && tv.IsValue() {
			c.deref(n.X, f, report, "dereferencing it")
		}
		return
	case *ast.AssignStmt:
		c.walkList(n.Rhs, f, report)
		c.walkLHS(n.Lhs, f, report)
		c.assign(n.Lhs, n.Rhs, n.Tok, f)
		return
	case *ast.ValueSpec:
		c.walkList(n.Values, f, report)
		c.assign(gocode.Written(n), n.Values, token.DEFINE, f)
		return
	case *ast.IncDecStmt:
		c.walk(n.X, f, report)
		return
	}
	flow.Children(n, func(m ast.Node) { c.walk(m, f, report) })
}

func (c *checker) walkList(list []ast.Expr, f *flow.Facts, report bool) {
	for _, e := range list {
		c.walk(e, f, report)
	}
}

// walkLHS visits the left of an assignment: the operands of index
// expressions and selectors are evaluated, the variables are not read.
func (c *checker) walkLHS(lhs []ast.Expr, f *flow.Facts, report bool) {
	for _, e := range lhs {
		if _, ok := ast.Unparen(e).(*ast.Ident); ok {
			continue
		}
		c.walk(e, f, report)
	}
}

// assign applies the assignment of rhs to lhs.
func (c *checker) assign(lhs, rhs []ast.Expr, tok token.Token, f *flow.Facts) {
	unsafe := make([]*stripesdk.NilField, len(lhs))
	if len(lhs) == len(rhs) && (tok == token.ASSIGN || tok == token.DEFINE) {
		for i, r := range rhs {
			unsafe[i] = c.unsafeValue(r, f)
		}
	}
	for i, l := range lhs {
		key, root, ok := flow.PathKey(c.pass.TypesInfo, l)
		if !ok {
			continue
		}
		f.Kill(key)
		if _, isVar := ast.Unparen(l).(*ast.Ident); isVar && unsafe[i] != nil {
			f.May[unsafePrefix+key] = true
			c.origin[root] = *unsafe[i]
		}
	}
}

// unsafeValue returns the nil-able field e holds when nobody checked it:
// e is an unchecked nil-able field, or a variable that may hold one.
func (c *checker) unsafeValue(e ast.Expr, f *flow.Facts) *stripesdk.NilField {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok {
		v, _ := c.pass.TypesInfo.Uses[id].(*types.Var)
		if v == nil || !f.May[unsafePrefix+flow.VarKey(v)] {
			return nil
		}
		field, ok := c.origin[v]
		if !ok {
			return nil
		}
		return &field
	}
	field, ok := c.nilField(e)
	if !ok {
		return nil
	}
	if key, _, ok := flow.PathKey(c.pass.TypesInfo, e); ok && f.Must[nonNilPrefix+key] {
		return nil
	}
	return &field
}

// nilField reports whether e selects a nil-able SDK field.
func (c *checker) nilField(e ast.Expr) (stripesdk.NilField, bool) {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return stripesdk.NilField{}, false
	}
	return stripesdk.NilFieldOf(c.pass.TypesInfo.Selections[sel])
}

// deref handles a dereference of x: reports it when x may be a nil-able
// value nobody checked, then records that x is not nil.
func (c *checker) deref(x ast.Expr, f *flow.Facts, report bool, what string) {
	x = ast.Unparen(x)
	key, _, keyed := flow.PathKey(c.pass.TypesInfo, x)
	if id, ok := x.(*ast.Ident); ok {
		v, _ := c.pass.TypesInfo.Uses[id].(*types.Var)
		if v == nil || !f.May[unsafePrefix+key] {
			return
		}
		delete(f.May, unsafePrefix+key)
		if field, ok := c.origin[v]; ok && report {
			c.report(x, field, v.Name()+" ("+field.Name()+") "+why(field), what)
		}
		return
	}
	field, ok := c.nilField(x)
	if !ok {
		return
	}
	if keyed {
		if f.Must[nonNilPrefix+key] {
			return
		}
		f.Must[nonNilPrefix+key] = true
	}
	if report {
		c.report(x, field, field.Name()+" "+why(field), what)
	}
}

// why says when a nil-able field is nil.
func why(field stripesdk.NilField) string {
	if field.Kind == stripesdk.NilErrorObject {
		return "is nil when the error involves no " + typeName(field.Field.Type())
	}
	return "is nil unless something failed"
}

// typeName names the type a pointer points to, without its package.
func typeName(t types.Type) string {
	t = gocode.Deref(t)
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return types.TypeString(t, (*types.Package).Name)
}

// nilTest applies to f what the comparison cond being value tells: which
// nil-able values are not nil.
func (c *checker) nilTest(cond ast.Expr, value bool, f *flow.Facts) {
	e, ok := cond.(*ast.BinaryExpr)
	if !ok || e.Op != token.EQL && e.Op != token.NEQ {
		return
	}
	x := e.X
	if gocode.IsNil(c.pass.TypesInfo, e.X) {
		x = e.Y
	} else if !gocode.IsNil(c.pass.TypesInfo, e.Y) {
		return
	}
	if (e.Op == token.NEQ) == value {
		c.markNonNil(x, f)
	}
}

// markNonNil records that x is not nil.
func (c *checker) markNonNil(x ast.Expr, f *flow.Facts) {
	key, _, ok := flow.PathKey(c.pass.TypesInfo, x)
	if !ok {
		return
	}
	if _, isVar := ast.Unparen(x).(*ast.Ident); isVar {
		delete(f.May, unsafePrefix+key)
		return
	}
	f.Must[nonNilPrefix+key] = true
}

// report records a finding at the nil-able expression x.
func (c *checker) report(x ast.Expr, field stripesdk.NilField, what, deref string) {
	category := CategoryFailure
	if field.Kind == stripesdk.NilErrorObject {
		category = CategoryErrorObject
	}
	c.finds = append(c.finds, finding{diag: len(c.diags), x: x})
	c.diags = append(c.diags, analysis.Diagnostic{
		Pos:      x.Pos(),
		End:      x.End(),
		Category: category,
		Message:  what + ": check it before " + deref,
	})
}

// addFixes offers, for a finding that is the only one in a simple
// statement, to guard that statement with "if x != nil { ... }".
func (c *checker) addFixes(in *inspector.Inspector) {
	stmts := make(map[ast.Stmt][]finding)
	var order []ast.Stmt
	curs := make(map[ast.Stmt]inspector.Cursor)
	for _, fd := range c.finds {
		cur, ok := in.Root().FindByPos(fd.x.Pos(), fd.x.End())
		if !ok {
			continue
		}
		stmtCur, stmt := enclosingStmt(cur)
		if stmt == nil {
			continue
		}
		if _, seen := stmts[stmt]; !seen {
			order = append(order, stmt)
		}
		stmts[stmt] = append(stmts[stmt], fd)
		curs[stmt] = stmtCur
	}
	for _, stmt := range order {
		fds := stmts[stmt]
		if len(fds) != 1 || !c.pure(fds[0].x) || !guardable(curs[stmt], stmt) {
			continue
		}
		if fix := c.guard(stmt, fds[0].x); fix != nil {
			c.diags[fds[0].diag].SuggestedFixes = []analysis.SuggestedFix{*fix}
		}
	}
}

// enclosingStmt returns the innermost statement around cur.
func enclosingStmt(cur inspector.Cursor) (inspector.Cursor, ast.Stmt) {
	for c := range cur.Enclosing() {
		switch c.Node().(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return c, nil
		case ast.Stmt:
			return c, c.Node().(ast.Stmt)
		}
	}
	return cur, nil
}

// guardable reports whether stmt, at cur, can be wrapped in an if
// statement without changing what else compiles: a simple statement in a
// block that declares nothing.
func guardable(cur inspector.Cursor, stmt ast.Stmt) bool {
	if cur.Node() != stmt || !gocode.InBlock(cur) {
		return false
	}
	switch s := stmt.(type) {
	case *ast.ExprStmt, *ast.IncDecStmt, *ast.SendStmt:
		return true
	case *ast.AssignStmt:
		return s.Tok != token.DEFINE
	}
	return false
}

// pure reports whether x can be evaluated twice with the same result and
// no effect: identifiers, field selections, and indexes by constants or
// variables.
func (c *checker) pure(x ast.Expr) bool {
	_, _, ok := flow.PathKey(c.pass.TypesInfo, x)
	return ok
}

// guard wraps stmt in "if x != nil { ... }".
func (c *checker) guard(stmt ast.Stmt, x ast.Expr) *analysis.SuggestedFix {
	tf := c.pass.Fset.File(stmt.Pos())
	content, err := c.pass.ReadFile(tf.Name())
	if err != nil {
		return nil
	}
	text := func(n ast.Node) string { return string(content[tf.Offset(n.Pos()):tf.Offset(n.End())]) }
	indent := fixes.Indent(c.pass, stmt.Pos())
	body := strings.ReplaceAll(text(stmt), "\n", "\n\t")
	return &analysis.SuggestedFix{
		Message: "Guard the statement with a nil check",
		TextEdits: []analysis.TextEdit{{
			Pos:     stmt.Pos(),
			End:     stmt.End(),
			NewText: fmt.Appendf(nil, "if %s != nil {\n%s\t%s\n%s}", text(x), indent, body, indent),
		}},
	}
}
