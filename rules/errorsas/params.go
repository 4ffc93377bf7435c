package errorsas

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// An assertion on a parameter is answered by the callers: the function's
// own flow knows nothing of what its error parameter holds (it counts as
// not wrapped), the calls of it in the analysed packages do. A comma-ok
// assertion or type switch case to *stripe.Error (or a v2 top-level
// error) on a parameter the function never assigns is reported when some
// call passes it an error that may be wrapped (ErrorFlow.MayBeWrapped at
// the call): at the assertion, with the call as related location, when
// the call is in the same package; at the call, with the function as
// related location, when it is in another package, whose pass cannot
// report in the function's files. The assertions of an exported function
// cross packages as an assertsParam fact. A call through a function
// value or an interface is not followed; a function with no call in the
// analysed packages stays silent.

// assertsParam is the fact that a function asserts one of its error
// parameters to a Stripe error type: the first such assertion in source
// order (a fact holds scalars only; a second asserted parameter of the
// same function is followed in its own package only). It is exported for
// exported functions only: no other package can call the rest.
type assertsParam struct {
	Index int    // the parameter's index in the signature
	Name  string // the parameter's name
	Type  string // the Stripe error type asserted to, "*stripe.Error"
	At    string // where, "file.go:12:5" (a token.Pos means nothing in another process)
}

func (*assertsParam) AFact() {}

func (f *assertsParam) String() string {
	return fmt.Sprintf("asserts %s to %s at %s", f.Name, f.Type, f.At)
}

// paramAssert is an assertion (a comma-ok type assertion, or a case of a
// type switch) of a parameter of a function of this package.
type paramAssert struct {
	fn    *types.Func
	index int
	node  ast.Node // the TypeAssertExpr, or the case's type expression
	param assertsParam
}

// params collects the assertions of the package's parameters, exports
// their facts, and finds the calls that pass a wrapped error to an
// asserted parameter: those in this package are kept for the assertion
// (c.wrappedBy), those of other packages' functions reported at the call.
func (c *checker) params(in *inspector.Inspector) {
	if c.opts.strict {
		return // every such assertion is reported already
	}
	byFunc := make(map[*types.Func][]paramAssert)
	var order []*types.Func
	for cur := range in.Root().Preorder((*ast.TypeAssertExpr)(nil), (*ast.TypeSwitchStmt)(nil)) {
		for _, a := range c.paramAsserts(cur) {
			if byFunc[a.fn] == nil {
				order = append(order, a.fn)
			}
			byFunc[a.fn] = append(byFunc[a.fn], a)
		}
	}
	for _, fn := range order {
		if !fn.Exported() {
			continue
		}
		fact := byFunc[fn][0].param
		c.pass.ExportObjectFact(fn, &fact)
	}
	for cur := range in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn := gocode.CalleeFunc(c.pass.TypesInfo, call)
		if fn == nil || fn.Pkg() == nil {
			continue
		}
		fn = fn.Origin()
		if fn.Pkg() == c.pass.Pkg {
			for _, a := range byFunc[fn] {
				if c.wrappedBy[a.node] == nil && c.passesWrapped(cur, call, fn, a.index) {
					c.wrappedBy[a.node] = call
				}
			}
			continue
		}
		var p assertsParam
		if c.pass.ImportObjectFact(fn, &p) && c.passesWrapped(cur, call, fn, p.Index) {
			c.diags = append(c.diags, analysis.Diagnostic{
				Pos:      call.Fun.Pos(),
				End:      call.Lparen + 1,
				Category: CategoryWrappedArg,
				Message:  fmt.Sprintf("wrapped error passed to %s, whose assertion to %s misses it: use errors.As there", stripesdk.FuncName(fn), p.Type),
				Related:  []analysis.RelatedInformation{{Pos: fn.Pos(), Message: fmt.Sprintf("%s asserted to %s at %s", p.Name, p.Type, p.At)}},
			})
		}
	}
}

// passesWrapped reports whether the call of fn at cur passes, as its
// parameter index, an error that may be wrapped.
func (c *checker) passesWrapped(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func, index int) bool {
	sig := fn.Signature()
	if index >= len(call.Args) || (sig.Variadic() && index >= sig.Params().Len()-1) {
		return false
	}
	return c.wrappedAt(cur, call.Args[index])
}

// paramAsserts returns the assertions at cur (a type assertion or a type
// switch) of a parameter of the enclosing function declaration, to
// *stripe.Error or a v2 top-level error (the typed inner errors are
// reported whatever the error's origin): a comma-ok assertion, or the
// cases of a type switch.
func (c *checker) paramAsserts(cur inspector.Cursor) []paramAssert {
	var x ast.Expr
	var nodes []ast.Expr // the type expressions
	var at []ast.Node    // where each is reported
	switch n := cur.Node().(type) {
	case *ast.TypeAssertExpr:
		if n.Type == nil {
			return nil
		}
		parent := gocode.UnparenParent(cur)
		as, isAssign := parent.Node().(*ast.AssignStmt)
		spec, isSpec := parent.Node().(*ast.ValueSpec)
		if !(isAssign && len(as.Lhs) == 2 && len(as.Rhs) == 1) && !(isSpec && len(spec.Names) == 2) {
			return nil
		}
		x, nodes, at = n.X, []ast.Expr{n.Type}, []ast.Node{n}
	case *ast.TypeSwitchStmt:
		x = gocode.TypeSwitchOperand(n)
		for _, stmt := range n.Body.List {
			for _, e := range stmt.(*ast.CaseClause).List {
				nodes, at = append(nodes, e), append(at, e)
			}
		}
	}
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok || !c.onError(id) {
		return nil
	}
	v, _ := c.pass.TypesInfo.Uses[id].(*types.Var)
	decl, fn, index := c.paramOf(cur, v)
	if decl == nil {
		return nil
	}
	var out []paramAssert
	for i, e := range nodes {
		t := c.pass.TypesInfo.TypeOf(e)
		if !stripesdk.IsErrorType(t) || stripesdk.IsInnerError(t) {
			continue
		}
		pos := c.pass.Fset.Position(at[i].Pos())
		out = append(out, paramAssert{fn: fn, index: index, node: at[i], param: assertsParam{
			Index: index,
			Name:  v.Name(),
			Type:  types.TypeString(t, (*types.Package).Name),
			At:    fmt.Sprintf("%s:%d:%d", filepath.Base(pos.Filename), pos.Line, pos.Column),
		}})
	}
	return out
}

// paramOf returns the function declaration around cur of which v is a
// parameter that its body never assigns, the function and the index of
// the parameter; a nil declaration otherwise. The last parameter of a
// variadic function is not one.
func (c *checker) paramOf(cur inspector.Cursor, v *types.Var) (*ast.FuncDecl, *types.Func, int) {
	if v == nil {
		return nil, nil, 0
	}
	var decl *ast.FuncDecl
	for enc := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		decl = enc.Node().(*ast.FuncDecl)
		break
	}
	if decl == nil || decl.Body == nil {
		return nil, nil, 0
	}
	fn, _ := c.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	if fn == nil {
		return nil, nil, 0
	}
	sig := fn.Signature()
	index := -1
	for i := range sig.Params().Len() {
		if sig.Params().At(i) == v {
			index = i
		}
	}
	if index < 0 || (sig.Variadic() && index == sig.Params().Len()-1) || c.assigned(decl.Body, v) {
		return nil, nil, 0
	}
	return decl, fn, index
}

// assigned reports whether body assigns v or takes its address.
func (c *checker) assigned(body *ast.BlockStmt, v *types.Var) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				found = found || c.reads(ast.Unparen(l), v)
			}
		case *ast.UnaryExpr:
			found = found || (n.Op == token.AND && c.reads(ast.Unparen(n.X), v))
		case *ast.RangeStmt:
			found = found || (n.Key != nil && c.reads(n.Key, v)) || (n.Value != nil && c.reads(n.Value, v))
		}
		return !found
	})
	return found
}
