package suite_test

// Loading the GOPATH-mode fixtures (testdata/src: the rules' fixtures and
// the SDK stubs) once per test process, for the fuzz and concurrency
// tests.

import (
	"go/ast"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
)

// fixtureSet is every package under testdata/src, loaded once: the
// fixtures and the SDK stubs from source, the standard library from
// export data, all in one types universe and one token.FileSet.
type fixtureSet struct {
	byPath   map[string]*packages.Package // every package of the load's graph, std included
	fixtures []*packages.Package          // the rules' fixture packages (not the stubs), sorted by path
	deps     map[string]*packages.Package // by path: each package as a dependency (see asDependency)
}

var (
	fixturesOnce sync.Once
	fixturesVal  *fixtureSet
	fixturesErr  string
)

// loadFixtures loads testdata/src in GOPATH mode, as fixturetest does. The
// result is shared: callers must not modify the packages (checker.Analyze
// does not).
func loadFixtures(t testing.TB) *fixtureSet {
	t.Helper()
	fixturesOnce.Do(func() { fixturesVal, fixturesErr = doLoadFixtures() })
	if fixturesErr != "" {
		t.Fatal(fixturesErr)
	}
	return fixturesVal
}

func doLoadFixtures() (*fixtureSet, string) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		return nil, err.Error()
	}
	cfg := &packages.Config{
		Mode: packages.LoadSyntax | packages.NeedImports | packages.NeedModule,
		Dir:  filepath.Join(testdata, "src"),
		Env:  append(os.Environ(), "GOPATH="+testdata, "GO111MODULE=off", "GOFLAGS=", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		return nil, err.Error()
	}
	var errs []string
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			errs = append(errs, e.Error())
		}
	})
	if len(errs) > 0 {
		return nil, "fixtures did not load:\n" + strings.Join(errs, "\n")
	}
	set := &fixtureSet{byPath: make(map[string]*packages.Package)}
	packages.Visit(pkgs, nil, func(p *packages.Package) { set.byPath[p.PkgPath] = p })
	for _, p := range pkgs {
		if _, _, ok := stripesdk.ParseImportPath(p.PkgPath); !ok {
			set.fixtures = append(set.fixtures, p)
		}
	}
	slices.SortFunc(set.fixtures, func(a, b *packages.Package) int { return strings.Compare(a.PkgPath, b.PkgPath) })
	if len(set.fixtures) == 0 {
		return nil, "no fixture packages under testdata/src"
	}
	set.deps = make(map[string]*packages.Package)
	memo := make(map[*packages.Package]*packages.Package)
	for path, p := range set.byPath {
		set.deps[path] = asDependency(p, memo)
	}
	return set, ""
}

// roots returns the fixture packages as the standalone driver hands them
// to checker.Analyze: with syntax, their dependencies as asDependency
// gives them (the standard library and the SDK stubs without syntax, with
// an empty types.Info).
func (set *fixtureSet) roots() []*packages.Package {
	roots := make([]*packages.Package, len(set.fixtures))
	for i, p := range set.fixtures {
		roots[i] = set.deps[p.PkgPath]
	}
	return roots
}

// asDependency returns p as the standalone driver hands a dependency to
// checker.Analyze: a fixture package (which may hold wrapper facts) with
// its syntax, an SDK stub or a standard package with types only, no
// syntax and no imports (like a package from export data). memo keeps one
// copy per package, so that the result is a graph, not a tree.
func asDependency(p *packages.Package, memo map[*packages.Package]*packages.Package) *packages.Package {
	if q, ok := memo[p]; ok {
		return q
	}
	q := &packages.Package{
		ID: p.ID, Name: p.Name, PkgPath: p.PkgPath, Module: p.Module,
		Fset: p.Fset, Types: p.Types, TypesSizes: p.TypesSizes,
	}
	memo[p] = q
	_, _, sdk := stripesdk.ParseImportPath(p.PkgPath)
	if sdk || len(p.Syntax) == 0 || p.TypesInfo == nil {
		q.Syntax = []*ast.File{}
		q.TypesInfo = new(types.Info)
		return q
	}
	q.Syntax, q.TypesInfo, q.GoFiles, q.CompiledGoFiles = p.Syntax, p.TypesInfo, p.GoFiles, p.CompiledGoFiles
	q.Imports = make(map[string]*packages.Package, len(p.Imports))
	for path, imp := range p.Imports {
		q.Imports[path] = asDependency(imp, memo)
	}
	return q
}
