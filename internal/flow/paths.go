package flow

import (
	"fmt"
	"go/ast"
	"go/types"
)

// PathKey returns a key naming the storage location e denotes, built from
// object identities so that two expressions get the same key exactly when
// they name the same variable, field path or element: a variable
// (local, parameter or package-level), then fields, indexes by constants
// and indexes by variables; *p is p. It also returns the root variable.
// Expressions that compute (calls, other indexes) have no key.
func PathKey(info *types.Info, e ast.Expr) (string, *types.Var, bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, _ := info.ObjectOf(e).(*types.Var)
		if v == nil {
			return "", nil, false
		}
		return VarKey(v), v, true
	case *ast.StarExpr:
		return PathKey(info, e.X)
	case *ast.SelectorExpr:
		sel := info.Selections[e]
		if sel == nil { // pkg.Var
			v, _ := info.Uses[e.Sel].(*types.Var)
			if v == nil {
				return "", nil, false
			}
			return VarKey(v), v, true
		}
		if sel.Kind() != types.FieldVal {
			return "", nil, false
		}
		base, root, ok := PathKey(info, e.X)
		if !ok {
			return "", nil, false
		}
		return base + "." + VarKey(sel.Obj().(*types.Var)), root, true
	case *ast.IndexExpr:
		base, root, ok := PathKey(info, e.X)
		if !ok {
			return "", nil, false
		}
		if tv, found := info.Types[e.Index]; found && tv.Value != nil {
			return base + "[" + tv.Value.ExactString() + "]", root, true
		}
		if id, isIdent := ast.Unparen(e.Index).(*ast.Ident); isIdent {
			if v, isVar := info.Uses[id].(*types.Var); isVar {
				return base + "[" + VarKey(v) + "]", root, true
			}
		}
	}
	return "", nil, false
}

// VarKey is the key of a variable or field in PathKey: its identity,
// delimited so that one key never contains another by accident (so that
// Facts.Kill can find the facts that mention it).
func VarKey(v *types.Var) string {
	return fmt.Sprintf("<%p>", v)
}
