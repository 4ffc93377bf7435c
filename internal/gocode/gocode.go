// Package gocode answers questions about Go code that every rule asks and
// that have nothing to do with Stripe: where a position's scope is, what
// encloses a node, whether an expression is nil or mentions an object,
// what a signature returns. It is the one home of these idioms, in the
// spirit of staticcheck's analysis/code and x/tools' typesinternal; the
// rules and the SDK model call it instead of keeping copies.
//
// Everything here is a pure function of the syntax tree and type
// information it is given.
package gocode

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// ScopeAt returns the innermost scope of file at pos, or the file's scope
// when no inner scope holds pos, or nil when the file has no scope (it was
// not type-checked).
func ScopeAt(info *types.Info, file *ast.File, pos token.Pos) *types.Scope {
	fileScope := info.Scopes[file]
	if fileScope == nil {
		return nil
	}
	if s := fileScope.Innermost(pos); s != nil {
		return s
	}
	return fileScope
}

// EnclosingFile returns the file that contains cur, or nil.
func EnclosingFile(cur inspector.Cursor) *ast.File {
	for c := range cur.Enclosing((*ast.File)(nil)) {
		return c.Node().(*ast.File)
	}
	return nil
}

// EnclosingFunc returns the signature and body of the innermost function
// declaration or literal around cur, or false at package level (and for a
// declaration without a body).
func EnclosingFunc(info *types.Info, cur inspector.Cursor) (*types.Signature, *ast.BlockStmt, bool) {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch n := c.Node().(type) {
		case *ast.FuncDecl:
			fn, _ := info.Defs[n.Name].(*types.Func)
			if fn == nil || n.Body == nil {
				return nil, nil, false
			}
			return fn.Signature(), n.Body, true
		case *ast.FuncLit:
			sig, _ := info.TypeOf(n).(*types.Signature)
			if sig == nil {
				return nil, nil, false
			}
			return sig, n.Body, true
		}
	}
	return nil, nil, false
}

// InnermostFunc returns the cursor of the innermost function declaration
// or literal around cur, or false at package level.
func InnermostFunc(cur inspector.Cursor) (inspector.Cursor, bool) {
	for enc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return enc, true
	}
	return inspector.Cursor{}, false
}

// OutermostFunc returns the cursor of the outermost function declaration or
// literal around cur, or false at package level.
func OutermostFunc(cur inspector.Cursor) (inspector.Cursor, bool) {
	var outer inspector.Cursor
	found := false
	for enc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		outer, found = enc, true
	}
	return outer, found
}

// UnparenParent returns the parent of cur, skipping parentheses.
func UnparenParent(cur inspector.Cursor) inspector.Cursor {
	parent := cur.Parent()
	for {
		if _, ok := parent.Node().(*ast.ParenExpr); !ok {
			return parent
		}
		parent = parent.Parent()
	}
}

// StmtList returns the statement list (of a block, case clause or select
// clause) that holds the statement at cur, and its index there, or false
// when the statement is not an element of one (an if's init statement, a
// for's post statement).
func StmtList(cur inspector.Cursor) ([]ast.Stmt, int, bool) {
	var list []ast.Stmt
	switch p := cur.Parent().Node().(type) {
	case *ast.BlockStmt:
		list = p.List
	case *ast.CaseClause:
		list = p.Body
	case *ast.CommClause:
		list = p.Body
	default:
		return nil, 0, false
	}
	for i, s := range list {
		if s == cur.Node() {
			return list, i, true
		}
	}
	return nil, 0, false
}

// InBlock reports whether the statement at cur is an element of a
// statement list (a block, case clause or select clause), so that
// statements can be inserted before or after it.
func InBlock(cur inspector.Cursor) bool {
	_, _, ok := StmtList(cur)
	return ok
}

// CalleeFunc returns the function or method a call statically calls (for
// an interface method call, the interface's method), or nil (a call of a
// function value, a conversion, a builtin).
func CalleeFunc(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn
}

// Contains reports whether the node n holds the node inner (by position).
func Contains(n, inner ast.Node) bool {
	return n.Pos() <= inner.Pos() && inner.End() <= n.End()
}

// InTestFile reports whether pos lies in a _test.go file.
func InTestFile(fset *token.FileSet, pos token.Pos) bool {
	return strings.HasSuffix(fset.Position(pos).Filename, "_test.go")
}

// IsNil reports whether x is the predeclared nil (in parentheses or not).
func IsNil(info *types.Info, x ast.Expr) bool {
	tv, ok := info.Types[ast.Unparen(x)]
	return ok && tv.IsNil()
}

// Unaddr returns x without parentheses and without one leading &.
func Unaddr(x ast.Expr) ast.Expr {
	x = ast.Unparen(x)
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		return ast.Unparen(u.X)
	}
	return x
}

// Uses reports whether obj is used (not defined) anywhere in n.
func Uses(info *types.Info, n ast.Node, obj types.Object) bool {
	if n == nil || obj == nil {
		return false
	}
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == obj {
			found = true
		}
		return !found
	})
	return found
}

// RefersTo reports whether x, without parentheses, is an identifier that
// uses obj (a nil obj is never referred to).
func RefersTo(info *types.Info, x ast.Expr, obj types.Object) bool {
	id, ok := ast.Unparen(x).(*ast.Ident)
	return ok && obj != nil && info.Uses[id] == obj
}

// IsContext reports whether t is context.Context.
func IsContext(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" && n.Obj().Name() == "Context"
}

// UsesAny reports whether any variable of vars is used anywhere in n.
func UsesAny(info *types.Info, n ast.Node, vars map[*types.Var]bool) bool {
	if n == nil || len(vars) == 0 {
		return false
	}
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok && vars[v] {
				found = true
			}
		}
		return !found
	})
	return found
}

// Deref returns the element type of a pointer type, or t itself.
func Deref(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// IsPointer reports whether t's underlying type is a pointer.
func IsPointer(t types.Type) bool {
	_, ok := types.Unalias(t).Underlying().(*types.Pointer)
	return ok
}

var errorType = types.Universe.Lookup("error").Type()

// ImplementsError reports whether t implements the error interface.
func ImplementsError(t types.Type) bool {
	return types.Implements(t, errorType.Underlying().(*types.Interface))
}

// IsError reports whether t is the predeclared error type.
func IsError(t types.Type) bool { return types.Identical(t, errorType) }

// ReturnsError reports whether the last result of sig is the error type.
func ReturnsError(sig *types.Signature) bool {
	res := sig.Results()
	return res.Len() > 0 && IsError(res.At(res.Len()-1).Type())
}

// ErrorResult returns the index of the last result of sig whose type is
// the predeclared error, or -1.
func ErrorResult(sig *types.Signature) int {
	res := sig.Results()
	for i := res.Len() - 1; i >= 0; i-- {
		if IsError(res.At(i).Type()) {
			return i
		}
	}
	return -1
}
