package errorsas

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// onlyStripe checks an if statement that tests whether an error is a
// Stripe error (a comma-ok assertion in its init, or errors.As as the
// condition) inside "if err != nil": when its block leaves the path and
// nothing after it handles err, every other error (no response, a
// cancelled context) goes on as if the call had succeeded. See
// docs/rules/errorsas.md, category onlystripe, for what handles err.
func (c *checker) onlyStripe(cur inspector.Cursor, inner *ast.IfStmt) {
	if inner.Else != nil || !c.terminates(inner.Body.List) {
		return
	}
	test, x, t := c.stripeTest(inner)
	if test == nil {
		return
	}
	v, _ := c.pass.TypesInfo.Uses[x].(*types.Var)
	if v == nil {
		return
	}
	// The inner if is a statement of the block of "if v != nil".
	list, i, ok := gocode.StmtList(cur)
	if !ok {
		return
	}
	blockCur := cur.Parent()
	outerCur := blockCur.Parent()
	outer, ok := outerCur.Node().(*ast.IfStmt)
	if !ok || outer.Body != blockCur.Node() || !c.notNil(outer.Cond, v) {
		return
	}
	if i+1 < len(list) {
		return // what follows in the block runs for the other errors only: their handling
	}
	after, j, ok := gocode.StmtList(outerCur)
	if !ok {
		return
	}
	if len(after[j+1:]) == 0 {
		// Falling off the end of a function is the success path; the
		// end of a loop body or of another block is left alone.
		if _, isFunc := outerCur.Parent().Parent().Node().(*ast.FuncDecl); !isFunc {
			if _, isLit := outerCur.Parent().Parent().Node().(*ast.FuncLit); !isLit {
				return
			}
		}
	} else if c.readsAny(after[j+1:], v) {
		return // err returned or recorded after the if
	}
	if c.readLater(cur, after[j+1:], v) {
		return
	}
	c.diags = append(c.diags, analysis.Diagnostic{
		Pos:      test.Pos(),
		End:      test.End(),
		Category: CategoryOnlyStripe,
		Message:  fmt.Sprintf("errors other than %s go on as if the call succeeded: handle them after the if", types.TypeString(t, (*types.Package).Name)),
	})
}

// stripeTest returns the test of the if statement s for a Stripe error
// type, the error identifier it tests and the type: the assertion of
// "if se, ok := x.(T); ok {", or the call of "if errors.As(x, &se) {",
// with T a Stripe error type. It returns a nil test otherwise: a condition
// such as "ok && se.Code == ..." lets some Stripe errors through too, and
// the finding's message would not be true.
func (c *checker) stripeTest(s *ast.IfStmt) (ast.Node, *ast.Ident, types.Type) {
	info := c.pass.TypesInfo
	switch cond := ast.Unparen(s.Cond).(type) {
	case *ast.Ident:
		as, ok := s.Init.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
			return nil, nil, nil
		}
		okID, _ := as.Lhs[1].(*ast.Ident)
		ta, _ := ast.Unparen(as.Rhs[0]).(*ast.TypeAssertExpr)
		if okID == nil || ta == nil || ta.Type == nil || info.ObjectOf(okID) == nil || info.ObjectOf(okID) != info.Uses[cond] {
			return nil, nil, nil
		}
		x, _ := ast.Unparen(ta.X).(*ast.Ident)
		t := info.TypeOf(ta.Type)
		if x == nil || !c.onError(x) || !stripesdk.IsErrorType(t) || stripesdk.IsInnerError(t) {
			return nil, nil, nil // an assertion to a typed inner error never matches: reported as such
		}
		return ta, x, t
	case *ast.CallExpr:
		fn := gocode.CalleeFunc(info, cond)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "errors" || fn.Name() != "As" || len(cond.Args) != 2 {
			return nil, nil, nil
		}
		x, _ := ast.Unparen(cond.Args[0]).(*ast.Ident)
		ptr, _ := types.Unalias(info.TypeOf(cond.Args[1])).(*types.Pointer)
		if x == nil || ptr == nil || !c.onError(x) || !stripesdk.IsErrorType(ptr.Elem()) {
			return nil, nil, nil
		}
		return cond, x, ptr.Elem()
	}
	return nil, nil, nil
}

// notNil reports whether cond is "v != nil" or "nil != v".
func (c *checker) notNil(cond ast.Expr, v *types.Var) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || b.Op != token.NEQ {
		return false
	}
	is := func(x, y ast.Expr) bool {
		id, ok := ast.Unparen(x).(*ast.Ident)
		return ok && c.pass.TypesInfo.Uses[id] == v && gocode.IsNil(c.pass.TypesInfo, y)
	}
	return is(b.X, b.Y) || is(b.Y, b.X)
}

// terminates reports whether the statement list never ends normally: its
// last statement is a return, a break, continue or goto, a call that
// never returns, a block that terminates, or an if whose branches all
// terminate.
func (c *checker) terminates(list []ast.Stmt) bool {
	if len(list) == 0 {
		return false
	}
	switch s := list[len(list)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return s.Tok != token.FALLTHROUGH
	case *ast.ExprStmt:
		call, ok := ast.Unparen(s.X).(*ast.CallExpr)
		return ok && c.graphs.NoReturn(call)
	case *ast.BlockStmt:
		return c.terminates(s.List)
	case *ast.IfStmt:
		if s.Else == nil || !c.terminates(s.Body.List) {
			return false
		}
		if e, ok := s.Else.(*ast.BlockStmt); ok {
			return c.terminates(e.List)
		}
		return c.terminates([]ast.Stmt{s.Else})
	}
	return false
}

// readsAny reports whether a statement of list reads v (a use that is not
// the left-hand side of an assignment): err returned, logged, passed on or
// stored.
func (c *checker) readsAny(list []ast.Stmt, v *types.Var) bool {
	found := false
	for _, s := range list {
		ast.Inspect(s, func(n ast.Node) bool {
			if found {
				return false
			}
			if as, ok := n.(*ast.AssignStmt); ok {
				for _, l := range as.Lhs {
					if id, ok := ast.Unparen(l).(*ast.Ident); !ok || c.pass.TypesInfo.Uses[id] != v {
						ast.Inspect(l, func(m ast.Node) bool { found = found || c.reads(m, v); return !found })
					}
				}
				for _, r := range as.Rhs {
					ast.Inspect(r, func(m ast.Node) bool { found = found || c.reads(m, v); return !found })
				}
				return false
			}
			found = c.reads(n, v)
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// reads reports whether n is an identifier that refers to v.
func (c *checker) reads(n ast.Node, v *types.Var) bool {
	id, ok := n.(*ast.Ident)
	return ok && c.pass.TypesInfo.Uses[id] == v
}

// readLater reports whether v is read where the statements do not show
// it: v is a result of the function around cur and a statement of list
// holds a bare return (which returns it), or a defer statement of the
// function reads it (at every return).
func (c *checker) readLater(cur inspector.Cursor, list []ast.Stmt, v *types.Var) bool {
	sig, body, ok := gocode.EnclosingFunc(c.pass.TypesInfo, cur)
	if !ok {
		return false
	}
	result := false
	for i := range sig.Results().Len() {
		result = result || sig.Results().At(i) == v
	}
	found := false
	inspect := func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its returns are its own
		case *ast.ReturnStmt:
			found = result && len(n.Results) == 0
		}
		return !found
	}
	for _, st := range list {
		ast.Inspect(st, inspect)
	}
	if found {
		return true
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if d, ok := n.(*ast.DeferStmt); ok && !found {
			found = c.readsAny([]ast.Stmt{d}, v)
		}
		return !found
	})
	return found
}
