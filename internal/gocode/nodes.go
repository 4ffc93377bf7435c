package gocode

import (
	"go/ast"
	"go/types"
)

// FuncBody returns the body of n when it is a function declaration or
// literal, or nil (also for a declaration without a body).
func FuncBody(n ast.Node) *ast.BlockStmt {
	switch n := n.(type) {
	case *ast.FuncDecl:
		return n.Body
	case *ast.FuncLit:
		return n.Body
	}
	return nil
}

// NameOccurs reports whether an identifier spelled name occurs anywhere in
// n. It is for suggested fixes, which must not introduce a name that code
// already spells (whatever it refers to); elsewhere match objects, not
// names (see Uses).
func NameOccurs(n ast.Node, name string) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == name {
			found = true
		}
		return !found
	})
	return found
}

// FuncSignature returns the signature of n when it is a function
// declaration or literal, or nil.
func FuncSignature(info *types.Info, n ast.Node) *types.Signature {
	switch n := n.(type) {
	case *ast.FuncDecl:
		if fn, ok := info.Defs[n.Name].(*types.Func); ok {
			return fn.Signature()
		}
	case *ast.FuncLit:
		sig, _ := info.TypeOf(n).(*types.Signature)
		return sig
	}
	return nil
}
