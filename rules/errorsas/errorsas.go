package errorsas

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

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

// StrictFlag is the name of the flag that reports every comma-ok type
// assertion and type switch case to *stripe.Error (and the v2 top-level
// errors) on an error, also when the error may not be wrapped (it comes
// straight from the SDK, or from a parameter or a field).
const StrictFlag = "strict"

// Analyzer reports type assertions and type switches that look for a
// Stripe error type in an error, where errors.As is needed.
var Analyzer = newAnalyzer()

// Categories of the findings.
const (
	CategoryAssertion  = "assertion"  // err.(*stripe.Error)
	CategoryTypeSwitch = "typeswitch" // switch err.(type) { case *stripe.Error: }
	CategoryOnlyStripe = "onlystripe" // if err != nil { if se, ok := err.(*stripe.Error); ok { return } }
	CategoryWrappedArg = "wrappedarg" // billing.IsDeclined(fmt.Errorf("...: %w", err)), which asserts its parameter
)

type options struct {
	strict bool
}

func newAnalyzer() *analysis.Analyzer {
	opts := new(options)
	a := &analysis.Analyzer{
		Name:      "errorsas",
		Doc:       ruledoc.Doc("errorsas"),
		URL:       ruledoc.URL("errorsas"),
		Requires:  []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer, stripesdk.Analyzer, directive.Analyzer},
		FactTypes: []analysis.Fact{new(assertsParam)},
		Run: func(pass *analysis.Pass) (any, error) {
			return run(pass, *opts)
		},
	}
	a.Flags.BoolVar(&opts.strict, StrictFlag, false, "report every comma-ok assertion and type switch case to *stripe.Error, also on errors that cannot be wrapped (straight from the SDK, parameters, fields)")
	return a
}

func run(pass *analysis.Pass, opts options) (any, error) {
	m := stripesdk.From(pass)
	if !m.Active() {
		return nil, nil
	}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{pass: pass, model: m, opts: opts, wrapped: make(map[ast.Node]*stripesdk.ErrorFlow), graphs: flow.NewGraphs(pass),
		wrappedBy: make(map[ast.Node]*ast.CallExpr)}
	c.params(in)
	for cur := range in.Root().Preorder((*ast.TypeAssertExpr)(nil), (*ast.TypeSwitchStmt)(nil), (*ast.IfStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.TypeAssertExpr:
			if n.Type != nil { // x.(type) is the type switch's
				c.assertion(cur, n)
			}
		case *ast.TypeSwitchStmt:
			c.typeSwitch(cur, n)
		case *ast.IfStmt:
			c.onlyStripe(cur, n)
		}
	}
	directive.ReportAll(pass, c.diags)
	return nil, nil
}

type checker struct {
	pass    *analysis.Pass
	model   *stripesdk.Model
	opts    options
	wrapped map[ast.Node]*stripesdk.ErrorFlow // by outermost function
	graphs  *flow.Graphs
	// wrappedBy holds, for an assertion of a parameter (the
	// TypeAssertExpr or the type switch case), the first call of the
	// package that passes the parameter an error that may be wrapped.
	wrappedBy map[ast.Node]*ast.CallExpr
	diags     []analysis.Diagnostic
}

// onError reports whether x is a value of the interface type error that
// may wrap a Stripe error: not the Err field of a stripe.Error, where the
// SDK stores the typed inner error as is.
func (c *checker) onError(x ast.Expr) bool {
	return gocode.IsError(c.pass.TypesInfo.TypeOf(x)) && stripesdk.ErrFieldOwner(c.pass.TypesInfo, x) == nil
}

// mayBeWrapped reports whether the error x, at cur, may be a wrapped error
// (see stripesdk.ErrorFlow.MayBeWrapped), or the strict flag is set. The
// question is asked of the outermost function around cur, so that a
// variable captured by a function literal is answered for.
func (c *checker) mayBeWrapped(cur inspector.Cursor, x ast.Expr) bool {
	return c.opts.strict || c.wrappedAt(cur, x)
}

// wrappedAt is mayBeWrapped without the strict flag.
func (c *checker) wrappedAt(cur inspector.Cursor, x ast.Expr) bool {
	var fn ast.Node // nil outside any function: no variables, only the expression
	if outer, ok := gocode.OutermostFunc(cur); ok {
		fn = outer.Node()
	}
	w, ok := c.wrapped[fn]
	if !ok {
		w = c.model.ErrorFlow(c.graphs, fn)
		c.wrapped[fn] = w
	}
	return w.MayBeWrapped(x)
}

// problem says what a search for the SDK error type t by its dynamic type
// misses, or "" when there is nothing to report: t is not an SDK error
// type, or it is *stripe.Error or a v2 top-level error and the error
// searched cannot be wrapped (wrapped reports whether it may be; it is
// called only then).
func problem(t types.Type, wrapped func() bool) string {
	if !stripesdk.IsErrorType(t) {
		return ""
	}
	name := types.TypeString(t, (*types.Package).Name)
	if stripesdk.IsInnerError(t) {
		return fmt.Sprintf("%s never matches the *stripe.Error the SDK returns: use errors.As", name)
	}
	if !wrapped() {
		return ""
	}
	return fmt.Sprintf("%s misses wrapped errors: use errors.As", name)
}

// assertion checks x.(T).
func (c *checker) assertion(cur inspector.Cursor, ta *ast.TypeAssertExpr) {
	if !c.onError(ta.X) {
		return
	}
	t := c.pass.TypesInfo.TypeOf(ta.Type)
	if !stripesdk.IsErrorType(t) {
		return
	}
	parent := gocode.UnparenParent(cur)
	as, commaOKAssign := parent.Node().(*ast.AssignStmt)
	commaOKAssign = commaOKAssign && len(as.Lhs) == 2 && len(as.Rhs) == 1
	spec, commaOKSpec := parent.Node().(*ast.ValueSpec)
	commaOKSpec = commaOKSpec && len(spec.Names) == 2
	d := analysis.Diagnostic{Pos: ta.Pos(), End: ta.End(), Category: CategoryAssertion}
	switch {
	case commaOKAssign || commaOKSpec:
		msg := problem(t, func() bool { return c.mayBeWrapped(cur, ta.X) || c.wrappedBy[ta] != nil })
		if msg == "" {
			return
		}
		d.Message = "type assertion to " + msg
		d.Related = c.passedHere(ta)
		if commaOKAssign {
			if fix := c.fix(parent, as, ta); fix != nil {
				d.SuggestedFixes = []analysis.SuggestedFix{*fix}
			}
		}
	case stripesdk.IsInnerError(t):
		d.Message = "type assertion to " + problem(t, nil)
	default:
		// Reported whatever the error's origin: the SDK itself returns
		// plain errors too (no response, a cancelled context).
		d.Message = fmt.Sprintf("type assertion to %s panics on other errors: use errors.As", types.TypeString(t, (*types.Package).Name))
	}
	c.diags = append(c.diags, d)
}

// typeSwitch checks the cases of switch x.(type).
func (c *checker) typeSwitch(cur inspector.Cursor, sw *ast.TypeSwitchStmt) {
	x := gocode.TypeSwitchOperand(sw)
	if x == nil || !c.onError(x) {
		return
	}
	for _, stmt := range sw.Body.List {
		for _, e := range stmt.(*ast.CaseClause).List {
			if msg := problem(c.pass.TypesInfo.TypeOf(e), func() bool { return c.mayBeWrapped(cur, x) || c.wrappedBy[e] != nil }); msg != "" {
				c.diags = append(c.diags, analysis.Diagnostic{Pos: e.Pos(), End: e.End(), Category: CategoryTypeSwitch, Message: "type switch case " + msg, Related: c.passedHere(e)})
			}
		}
	}
}

// passedHere returns the related location of an assertion of a parameter
// that a call of the package passes a wrapped error, or nil.
func (c *checker) passedHere(n ast.Node) []analysis.RelatedInformation {
	call := c.wrappedBy[n]
	if call == nil {
		return nil
	}
	return []analysis.RelatedInformation{{Pos: call.Pos(), End: call.End(), Message: "a wrapped error is passed here"}}
}

// fix turns a comma-ok assertion into errors.As: in an if statement's
// init,
//
//	if se, ok := err.(*stripe.Error); ok {   →   var se *stripe.Error
//	                                             if errors.As(err, &se) {
//
// (also for a condition ok && ... or !ok), and as a statement,
//
//	se, ok := err.(*stripe.Error)   →   var se *stripe.Error
//	                                    ok := errors.As(err, &se)
//
// It returns nil unless the result compiles and behaves the same for an
// error that is not wrapped (see docs/rules/errorsas.md).
func (c *checker) fix(cur inspector.Cursor, as *ast.AssignStmt, ta *ast.TypeAssertExpr) *analysis.SuggestedFix {
	if as.Tok != token.DEFINE {
		return nil // = keeps the old value of se when errors.As fails
	}
	v, ok1 := as.Lhs[0].(*ast.Ident)
	okID, ok2 := as.Lhs[1].(*ast.Ident)
	if !ok1 || !ok2 || gocode.NameOccurs(ta.X, v.Name) {
		return nil
	}
	if v.Name != "_" && c.pass.TypesInfo.Defs[v] == nil {
		return nil // := reuses se: errors.As would not reset it
	}
	file := gocode.EnclosingFile(cur)
	if file == nil {
		return nil
	}
	typ := types.ExprString(ta.Type)
	target := "&" + v.Name
	if v.Name == "_" {
		target = "new(" + typ + ")"
	}
	call := func(errorsName string) string {
		return errorsName + ".As(" + types.ExprString(ta.X) + ", " + target + ")"
	}
	var edits []analysis.TextEdit
	var at token.Pos // where the errors package is referred to
	if ifStmt, ok := cur.Parent().Node().(*ast.IfStmt); ok && ifStmt.Init == as {
		use := c.singleCondUse(ifStmt, okID)
		if use == nil || !gocode.InBlock(cur.Parent()) || (v.Name != "_" && c.clashesAfter(cur.Parent(), ifStmt, v.Name)) {
			return nil
		}
		at = ifStmt.Cond.Pos()
		name, imp, ok := fixes.AddImport(c.pass.TypesInfo, file, at, "errors", "errors")
		if !ok {
			return nil
		}
		edits = append(imp, analysis.TextEdit{Pos: as.Pos(), End: ifStmt.Cond.Pos()})
		edits = append(edits, analysis.TextEdit{Pos: use.Pos(), End: use.End(), NewText: []byte(call(name))})
		if v.Name != "_" {
			indent := fixes.Indent(c.pass, ifStmt.Pos())
			edits = append(edits, analysis.TextEdit{Pos: ifStmt.Pos(), End: ifStmt.Pos(), NewText: []byte("var " + v.Name + " " + typ + "\n" + indent)})
		}
	} else {
		if !gocode.InBlock(cur) || (okID.Name != "_" && c.pass.TypesInfo.Defs[okID] == nil) {
			return nil
		}
		at = as.Pos()
		name, imp, ok := fixes.AddImport(c.pass.TypesInfo, file, at, "errors", "errors")
		if !ok {
			return nil
		}
		text := okID.Name + " := " + call(name)
		if okID.Name == "_" {
			text = "_ = " + call(name)
		}
		if v.Name != "_" {
			text = "var " + v.Name + " " + typ + "\n" + fixes.Indent(c.pass, as.Pos()) + text
		}
		edits = append(imp, analysis.TextEdit{Pos: as.Pos(), End: as.End(), NewText: []byte(text)})
	}
	return &analysis.SuggestedFix{Message: "Use errors.As (behavior change)", TextEdits: edits}
}

// singleCondUse returns the use of the variable ok in the condition of
// ifStmt when it is its only use and is evaluated first: the condition is
// ok, !ok, or ok && ... (ok leftmost). It returns nil otherwise.
func (c *checker) singleCondUse(ifStmt *ast.IfStmt, okID *ast.Ident) *ast.Ident {
	obj := c.pass.TypesInfo.Defs[okID]
	if obj == nil {
		return nil
	}
	cond := ast.Unparen(ifStmt.Cond)
	for {
		if u, ok := cond.(*ast.UnaryExpr); ok && u.Op == token.NOT {
			cond = ast.Unparen(u.X)
			continue
		}
		if b, ok := cond.(*ast.BinaryExpr); ok && b.Op == token.LAND {
			cond = ast.Unparen(b.X)
			continue
		}
		break
	}
	use, ok := cond.(*ast.Ident)
	if !ok || c.pass.TypesInfo.Uses[use] != obj {
		return nil
	}
	uses := 0
	ast.Inspect(ifStmt, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == obj {
			uses++
		}
		return true
	})
	if uses != 1 {
		return nil
	}
	return use
}

// clashesAfter reports whether declaring name just before ifStmt would
// clash: the enclosing block already declares name, or a statement after
// ifStmt mentions it (and would then see the new variable).
func (c *checker) clashesAfter(ifCur inspector.Cursor, ifStmt *ast.IfStmt, name string) bool {
	list, i, ok := gocode.StmtList(ifCur)
	if !ok {
		return true
	}
	scope := c.pass.TypesInfo.Scopes[ifCur.Parent().Node()]
	if scope == nil {
		// A function's body shares the scope of its signature.
		switch fn := ifCur.Parent().Parent().Node().(type) {
		case *ast.FuncDecl:
			scope = c.pass.TypesInfo.Scopes[fn.Type]
		case *ast.FuncLit:
			scope = c.pass.TypesInfo.Scopes[fn.Type]
		}
	}
	if scope == nil || scope.Lookup(name) != nil {
		return true
	}
	for _, s := range list[i+1:] {
		if gocode.NameOccurs(s, name) {
			return true
		}
	}
	return false
}
