package gocode

import (
	"go/ast"
	"go/token"
	"go/types"
)

// RunsAtStartup reports whether decl, a function of package pkg, is code
// that runs once when the program starts: main (of package main), init, or
// TestMain (of a test file).
func RunsAtStartup(fset *token.FileSet, pkg *types.Package, decl *ast.FuncDecl) bool {
	if decl.Recv != nil {
		return false
	}
	switch decl.Name.Name {
	case "main":
		return pkg.Name() == "main"
	case "init":
		return true
	case "TestMain":
		return InTestFile(fset, decl.Pos())
	}
	return false
}
