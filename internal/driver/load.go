package driver

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
)

// loadMode is what the standalone driver asks of go/packages: syntax and
// types for the packages named on the command line, export data (types
// only) for their dependencies. NeedDeps is deliberately absent; see the
// package documentation.
const loadMode = packages.LoadSyntax | packages.NeedModule | packages.NeedImports

// loadFunc loads packages; it is packages.Load, or a stand-in in tests.
type loadFunc func(cfg *packages.Config, patterns ...string) ([]*packages.Package, error)

// A loadResult is the outcome of loading the requested packages.
type loadResult struct {
	// Requested are the packages the user asked for, in load order, less
	// those whose files are all in another requested package (p when
	// "p [p.test]" is requested) and generated test mains (p.test).
	// Diagnostics and fixes are reported for these only.
	Requested []*packages.Package
	// WithoutTests maps the ID of each test variant among Requested
	// ("p [p.test]") to its package without test files (p), to analyze
	// instead if only the test files have errors.
	WithoutTests map[string]*packages.Package
	// Reloaded lists the dependencies that were added to the patterns
	// so that they come from source (none, usually).
	Reloaded []string
}

// graphMode is what the cheap query for the import graph asks: no types,
// no syntax, so go list neither compiles export data nor lists compiled
// files.
const graphMode = packages.NeedName | packages.NeedImports | packages.NeedModule

// load loads patterns for analysis by analyzers: the requested packages
// from source and every dependency from export data, except that, if some
// analyzer uses facts, the dependencies that may hold facts ([needsSource])
// come from source too, being added to the patterns.
//
// Which dependencies those are depends on the import graph. When the
// patterns include ./... in a module's root directory, every package of
// that module is requested, and a dependency to add can only be a package
// of another module that imports the SDK, which is rare: load then finds
// them in the graph of the full load, and loads again with them only if
// there are any. Otherwise (a part of a module), it first asks
// go/packages for the graph alone (graphMode, a fraction of the cost of a
// full load), so that the one full load includes them.
func load(loader loadFunc, cfg *packages.Config, patterns []string, analyzers []*analysis.Analyzer, logf func(string, ...any)) (*loadResult, error) {
	full := *cfg
	full.Mode = loadMode
	facts := usesFacts(analyzers) && !hasFilePatterns(patterns)
	if facts && !coversModule(cfg.Dir, patterns) {
		graph := *cfg
		graph.Mode = graphMode
		roots, err := loader(&graph, patterns...)
		if err == nil && len(roots) == 0 {
			return nil, noPackages(patterns)
		}
		if err != nil {
			return nil, asGoCommandError(err, cfg, patterns)
		}
		if reload := needsSource(roots, predictSource(roots)); len(reload) > 0 {
			return loadWith(loader, &full, patterns, roots, reload, logf)
		}
	}

	pkgs, err := loader(&full, patterns...)
	if err != nil {
		return nil, asGoCommandError(err, cfg, patterns)
	}
	if len(pkgs) == 0 {
		// Perhaps the go command failed: in this mode go/packages
		// does not say so.
		return nil, explainNoPackages(loader, cfg, patterns)
	}
	logf("loaded %d packages (%d from source)", countPackages(pkgs, false), countPackages(pkgs, true))
	if facts {
		if reload := needsSource(pkgs, bySyntax(pkgs)); len(reload) > 0 {
			return loadWith(loader, &full, patterns, pkgs, reload, logf)
		}
	}
	return newLoadResult(pkgs, nil), nil
}

// loadWith loads patterns plus the import paths in reload, and returns the
// packages that were requested: those with the IDs of roots (the result
// of loading patterns alone).
func loadWith(loader loadFunc, cfg *packages.Config, patterns []string, roots []*packages.Package, reload []string, logf func(string, ...any)) (*loadResult, error) {
	logf("loading with dependencies that may hold facts from source: %s", strings.Join(reload, " "))
	requested := make(map[string]bool)
	for _, p := range roots {
		requested[p.ID] = true
	}
	all, err := loader(cfg, append(slices.Clone(patterns), reload...)...)
	if err != nil {
		return nil, asGoCommandError(err, cfg, patterns)
	}
	var pkgs []*packages.Package
	for _, p := range all {
		if requested[p.ID] {
			pkgs = append(pkgs, p)
		}
	}
	logf("loaded %d packages (%d from source)", countPackages(pkgs, false), countPackages(pkgs, true))
	return newLoadResult(pkgs, reload), nil
}

// newLoadResult returns the result of loading pkgs (with the
// dependencies in reload added to the patterns).
func newLoadResult(pkgs []*packages.Package, reload []string) *loadResult {
	lr := &loadResult{Requested: analysisRoots(pkgs), WithoutTests: make(map[string]*packages.Package), Reloaded: reload}
	for _, p := range pkgs {
		if !isTestMain(p) && p.ID == p.PkgPath {
			lr.WithoutTests[p.ID+" ["+p.PkgPath+".test]"] = p
		}
	}
	for id := range lr.WithoutTests {
		if !slices.ContainsFunc(lr.Requested, func(p *packages.Package) bool { return p.ID == id }) {
			delete(lr.WithoutTests, id)
		}
	}
	return lr
}

// coversModule reports whether patterns include every package of the
// module whose root is dir: "./..." in a directory with a go.mod file, or
// "all".
func coversModule(dir string, patterns []string) bool {
	for _, p := range patterns {
		switch p {
		case "all":
			return true
		case "./...":
			if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
				return true
			}
		}
	}
	return false
}

func noPackages(patterns []string) error {
	return fmt.Errorf("%s matched no packages", strings.Join(quoteAll(patterns), " "))
}

func quoteAll(ss []string) []string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = fmt.Sprintf("%q", s)
	}
	return q
}

// hasFilePatterns reports whether patterns name .go files (an ad hoc
// "command-line-arguments" package), to which go list cannot add package
// patterns.
func hasFilePatterns(patterns []string) bool {
	for _, p := range patterns {
		if strings.HasSuffix(p, ".go") {
			return true
		}
	}
	return false
}

// countPackages counts the packages in the import graph of roots, or
// only those loaded from source.
func countPackages(roots []*packages.Package, sourceOnly bool) int {
	n := 0
	packages.Visit(roots, nil, func(p *packages.Package) {
		if !sourceOnly || p.Syntax != nil {
			n++
		}
	})
	return n
}

// usesFacts reports whether any of analyzers, or any analyzer they
// require, declares fact types.
func usesFacts(analyzers []*analysis.Analyzer) bool {
	seen := make(map[*analysis.Analyzer]bool)
	var visit func([]*analysis.Analyzer) bool
	visit = func(as []*analysis.Analyzer) bool {
		for _, a := range as {
			if seen[a] {
				continue
			}
			seen[a] = true
			if len(a.FactTypes) > 0 || visit(a.Requires) {
				return true
			}
		}
		return false
	}
	return visit(analyzers)
}

// isSDK reports whether path is a package of the Stripe Go SDK, as the
// SDK model recognises them (github.com/stripe/stripe-go/vNN/..., any
// major), so that the driver and the rules agree on what is the SDK.
func isSDK(path string) bool {
	_, _, ok := stripesdk.ParseImportPath(path)
	return ok
}

// isStd reports whether p is in the standard library: it belongs to no
// module and the first element of its path has no dot.
func isStd(p *packages.Package) bool {
	if p.Module != nil {
		return false
	}
	first, _, _ := strings.Cut(p.PkgPath, "/")
	return !strings.Contains(first, ".")
}

// bySyntax returns the packages of the import graph of roots that have
// syntax: those loaded from source.
func bySyntax(roots []*packages.Package) map[*packages.Package]bool {
	src := make(map[*packages.Package]bool)
	packages.Visit(roots, nil, func(p *packages.Package) {
		if p.Syntax != nil {
			src[p] = true
		}
	})
	return src
}

// predictSource returns the packages of the import graph of roots that a
// load in loadMode takes from source: the roots, and every package that
// imports one, directly or not (go/packages propagates "needs source"
// upwards). The graph may come from a load in graphMode.
func predictSource(roots []*packages.Package) map[*packages.Package]bool {
	isRoot := make(map[*packages.Package]bool, len(roots))
	for _, p := range roots {
		isRoot[p] = true
	}
	src := make(map[*packages.Package]bool)
	packages.Visit(roots, nil, func(p *packages.Package) { // imports first
		if isRoot[p] {
			src[p] = true
			return
		}
		for _, imp := range p.Imports {
			if src[imp] {
				src[p] = true
				return
			}
		}
	})
	return src
}

// needsSource returns the sorted import paths of the dependencies of roots
// that do not come from source (fromSource) but may hold facts that
// matter: packages outside the standard library and outside the Stripe
// SDK that belong to a main module or import the SDK, directly or not.
// (Facts are computed from syntax only, so a wrapper function in such a
// package would go unnoticed.)
func needsSource(roots []*packages.Package, fromSource map[*packages.Package]bool) []string {
	importsSDK := make(map[*packages.Package]bool)
	var reaches func(p *packages.Package) bool
	reaches = func(p *packages.Package) bool {
		if v, ok := importsSDK[p]; ok {
			return v
		}
		importsSDK[p] = false // the graph is acyclic, but be safe
		v := false
		for _, imp := range p.Imports {
			if isSDK(imp.PkgPath) || reaches(imp) {
				v = true
				break
			}
		}
		importsSDK[p] = v
		return v
	}

	seen := make(map[string]bool)
	var paths []string
	packages.Visit(roots, nil, func(p *packages.Package) {
		if fromSource[p] || isStd(p) || isSDK(p.PkgPath) || seen[p.PkgPath] {
			return
		}
		if (p.Module != nil && p.Module.Main) || reaches(p) {
			seen[p.PkgPath] = true
			paths = append(paths, p.PkgPath)
		}
	})
	sort.Strings(paths)
	return paths
}

// analysisRoots returns the packages to analyze and report on: pkgs less
// generated test mains ("p.test") and less each package p whose test
// variant "p [p.test]" is among pkgs (it has all of p's files, so
// analyzing both would report every finding twice). go vet makes the same
// choice.
func analysisRoots(pkgs []*packages.Package) []*packages.Package {
	ids := make(map[string]bool, len(pkgs))
	for _, p := range pkgs {
		ids[p.ID] = true
	}
	var roots []*packages.Package
	for _, p := range pkgs {
		if isTestMain(p) || ids[p.ID+" ["+p.PkgPath+".test]"] {
			continue
		}
		roots = append(roots, p)
	}
	return roots
}

// isTestMain reports whether p is the generated main package of a test
// binary (ID "p.test").
func isTestMain(p *packages.Package) bool {
	return p.Name == "main" && strings.HasSuffix(p.ID, ".test") && p.ID == p.PkgPath
}
