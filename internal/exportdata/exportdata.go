// Package exportdata prepares a package graph in which the requested
// packages come from source and their dependencies from export data (as
// the standalone driver and the fixture harness load them) for
// golang.org/x/tools/go/analysis/checker.
package exportdata

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/packages"
)

// Trim prepares the import graph of roots for checker.Analyze. A package
// loaded from export data has no syntax, so no analyzer learns anything
// there, and the packages it imports may be bare (incomplete types, or
// none): cut its Imports so that the action graph of a fact-using
// analyzer stops at it, and give it an empty (non-nil) file list and
// types.Info, so that an analyzer that reads them without first checking
// pass.Files finds nothing rather than a nil pointer.
func Trim(roots []*packages.Package) {
	packages.Visit(roots, nil, func(p *packages.Package) {
		if p.Syntax != nil {
			return
		}
		p.Imports = nil
		p.Syntax = []*ast.File{}
		if p.TypesInfo == nil {
			p.TypesInfo = new(types.Info)
		}
		if p.Types == nil {
			p.Types = types.NewPackage(p.PkgPath, p.Name)
		}
	})
}
