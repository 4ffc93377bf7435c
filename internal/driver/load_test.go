package driver

import (
	"go/ast"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stripeerrlint/stripeerrlint/internal/exportdata"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

var (
	mainMod  = &packages.Module{Path: "example.com/app", Main: true}
	otherMod = &packages.Module{Path: "example.com/lib"}
	sdkMod   = &packages.Module{Path: "github.com/stripe/stripe-go/v85"}
)

// pkg makes a package for import-graph tests: from source if src.
func pkg(path string, mod *packages.Module, src bool, imports ...*packages.Package) *packages.Package {
	p := &packages.Package{ID: path, PkgPath: path, Name: path[strings.LastIndex(path, "/")+1:], Module: mod, Imports: map[string]*packages.Package{}}
	if src {
		p.Syntax = []*ast.File{{}}
	}
	for _, imp := range imports {
		p.Imports[imp.PkgPath] = imp
	}
	return p
}

func TestNeedsSource(t *testing.T) {
	fmtPkg := pkg("fmt", nil, false)
	vendored := pkg("vendor/golang.org/x/net/http2/hpack", nil, false)
	stripe := pkg("github.com/stripe/stripe-go/v85", sdkMod, false, fmtPkg)
	stripeSub := pkg("github.com/stripe/stripe-go/v85/paymentintent", sdkMod, false, stripe)
	oldSDK := pkg("github.com/stripe/stripe-go/customer", &packages.Module{Path: "github.com/stripe/stripe-go"}, false)

	util := pkg("example.com/lib/util", otherMod, false, fmtPkg)            // third party, no SDK: not needed
	libWrap := pkg("example.com/lib/pay", otherMod, false, util, stripeSub) // third party importing the SDK
	libIndirect := pkg("example.com/lib/indirect", otherMod, false, libWrap)
	appHelper := pkg("example.com/app/helper", mainMod, false, fmtPkg) // main module: needed
	appSrc := pkg("example.com/app/other", mainMod, true, appHelper)   // from source already
	gopath := pkg("example.com/gopath/wrap", nil, false, stripe)       // GOPATH mode, imports the SDK
	oldSDKUser := pkg("example.com/lib/old", otherMod, false, oldSDK)  // imports the pre-module SDK, which the model (and so no rule) knows: not needed
	root := pkg("example.com/app/cmd", mainMod, true, fmtPkg, stripe, libIndirect, appSrc, gopath, oldSDKUser, vendored)

	got := needsSource([]*packages.Package{root}, bySyntax([]*packages.Package{root}))
	want := []string{
		"example.com/app/helper",
		"example.com/gopath/wrap",
		"example.com/lib/indirect",
		"example.com/lib/pay",
	}
	if !slices.Equal(got, want) {
		t.Errorf("needsSource = %q\nwant %q", got, want)
	}

	// Nothing to reload when everything that matters is from source.
	x := pkg("example.com/app/x", mainMod, true, fmtPkg, stripeSub)
	if got := needsSource([]*packages.Package{x}, bySyntax([]*packages.Package{x})); len(got) != 0 {
		t.Errorf("needsSource = %q, want none", got)
	}
}

// TestPredictSource checks the prediction, from the import graph alone,
// of which packages go/packages loads from source: the roots and the
// packages that import them (here a test variant of a dependency).
func TestPredictSource(t *testing.T) {
	fmtPkg := pkg("fmt", nil, false)
	a := pkg("example.com/app/a", mainMod, false, fmtPkg)
	aTest := pkg("example.com/app/a [example.com/app/a.test]", mainMod, false, fmtPkg)
	aTest.ID, aTest.PkgPath = "example.com/app/a [example.com/app/a.test]", "example.com/app/a"
	b := pkg("example.com/app/b", mainMod, false, a)
	bTest := pkg("example.com/app/b [example.com/app/a.test]", mainMod, false, aTest)
	bTest.ID, bTest.PkgPath = "example.com/app/b [example.com/app/a.test]", "example.com/app/b"
	xtest := pkg("example.com/app/a_test", mainMod, false, aTest, bTest, fmtPkg)
	c := pkg("example.com/app/c", mainMod, false, b) // imports a root, but is not imported by one

	roots := []*packages.Package{a, aTest, xtest}
	src := predictSource(roots)
	for p, want := range map[*packages.Package]bool{a: true, aTest: true, xtest: true, bTest: true, b: false, fmtPkg: false, c: false} {
		if src[p] != want {
			t.Errorf("predictSource[%s] = %v, want %v", p.ID, src[p], want)
		}
	}
	// b (imported by nothing requested) is not in the graph; bTest is
	// from source: nothing to add.
	if got := needsSource(roots, src); len(got) != 0 {
		t.Errorf("needsSource = %q, want none", got)
	}
}

// TestIsSDK checks that the driver recognises the SDK as the model does:
// the majors with semantic import versioning, and nothing else (not the
// pre-module github.com/stripe/stripe-go, whose packages no rule knows,
// nor paths that only begin like the SDK's).
func TestIsSDK(t *testing.T) {
	for path, want := range map[string]bool{
		"github.com/stripe/stripe-go/v72":               true,
		"github.com/stripe/stripe-go/v85/paymentintent": true,
		"github.com/stripe/stripe-go/v85/issuing/card":  true,
		"github.com/stripe/stripe-go":                   false,
		"github.com/stripe/stripe-go/customer":          false,
		"github.com/stripe/stripe-go/v1":                false,
		"github.com/stripe/stripe-go/v072":              false,
		"github.com/stripe/stripe-go/v72x":              false,
		"github.com/stripe/stripe-go-extra":             false,
		"example.com/github.com/stripe/stripe-go/v72":   false,
	} {
		if got := isSDK(path); got != want {
			t.Errorf("isSDK(%q) = %v, want %v", path, got, want)
		}
	}
}

func TestAnalysisRoots(t *testing.T) {
	mk := func(id, path, name string) *packages.Package {
		return &packages.Package{ID: id, PkgPath: path, Name: name}
	}
	pkgs := []*packages.Package{
		mk("example.com/a", "example.com/a", "a"),
		mk("example.com/a [example.com/a.test]", "example.com/a", "a"),
		mk("example.com/a_test [example.com/a.test]", "example.com/a_test", "a_test"),
		mk("example.com/a.test", "example.com/a.test", "main"),
		mk("example.com/b", "example.com/b", "b"), // no tests
		mk("example.com/cmd/tool", "example.com/cmd/tool", "main"),
	}
	var got []string
	for _, p := range analysisRoots(pkgs) {
		got = append(got, p.ID)
	}
	want := []string{
		"example.com/a [example.com/a.test]",
		"example.com/a_test [example.com/a.test]",
		"example.com/b",
		"example.com/cmd/tool",
	}
	if !slices.Equal(got, want) {
		t.Errorf("analysisRoots = %q\nwant %q", got, want)
	}
}

func TestUsesFacts(t *testing.T) {
	plain := &analysis.Analyzer{Name: "plain"}
	facty := &analysis.Analyzer{Name: "facty", FactTypes: []analysis.Fact{new(testFact)}}
	user := &analysis.Analyzer{Name: "user", Requires: []*analysis.Analyzer{plain, facty}}
	if usesFacts([]*analysis.Analyzer{plain}) {
		t.Error("usesFacts(plain) = true")
	}
	if !usesFacts([]*analysis.Analyzer{plain, user}) {
		t.Error("usesFacts(plain, user) = false: user requires an analyzer with facts")
	}
}

type testFact struct{}

func (*testFact) AFact() {}

// TestLoadReload checks the loading steps with a stand-in for
// packages.Load: when an analyzer uses facts and a dependency that may hold
// facts would come from export data, the full load has those dependencies
// added to the patterns (found by a graph query first, or after a first
// full load of ./...), and only the requested packages are kept.
func TestLoadReload(t *testing.T) {
	facty := &analysis.Analyzer{Name: "facty", FactTypes: []analysis.Fact{new(testFact)}}
	plain := &analysis.Analyzer{Name: "plain"}

	var calls []string // "mode: patterns"
	loader := func(cfg *packages.Config, patterns ...string) ([]*packages.Package, error) {
		mode := "full"
		switch cfg.Mode {
		case loadMode:
		case graphMode:
			mode = "graph"
		default:
			t.Errorf("load mode %v, want %v or %v", cfg.Mode, loadMode, graphMode)
		}
		calls = append(calls, mode+": "+strings.Join(patterns, " "))

		src := mode == "full"
		stripe := pkg("github.com/stripe/stripe-go/v85", sdkMod, false)
		wrap := pkg("example.com/app/wrap", mainMod, src && slices.Contains(patterns, "example.com/app/wrap"), stripe)
		app := pkg("example.com/app", mainMod, src, wrap)
		var roots []*packages.Package
		for _, pat := range patterns {
			switch pat {
			case "./", "./...", "example.com/app":
				roots = append(roots, app)
			case "example.com/app/wrap":
				roots = append(roots, wrap)
			case "./none":
			default:
				t.Fatalf("unexpected pattern %q", pat)
			}
		}
		return roots, nil
	}
	nolog := func(string, ...any) {}
	check := func(want ...string) {
		t.Helper()
		if !slices.Equal(calls, want) {
			t.Errorf("loads %q, want %q", calls, want)
		}
		calls = nil
	}

	lr, err := load(loader, &packages.Config{}, []string{"./"}, []*analysis.Analyzer{facty}, nolog)
	if err != nil {
		t.Fatal(err)
	}
	check("graph: ./", "full: ./ example.com/app/wrap")
	if len(lr.Requested) != 1 || lr.Requested[0].ID != "example.com/app" {
		t.Errorf("Requested = %v, want [example.com/app]", lr.Requested)
	}
	if w := lr.Requested[0].Imports["example.com/app/wrap"]; w == nil || w.Syntax == nil {
		t.Errorf("after the reload, wrap should come from source")
	}
	if !slices.Equal(lr.Reloaded, []string{"example.com/app/wrap"}) {
		t.Errorf("Reloaded = %q", lr.Reloaded)
	}

	// ./... in a module's root: no graph query; the full load's graph
	// shows that wrap must be added.
	modDir := t.TempDir()
	if err := os.WriteFile(filepath.Join(modDir, "go.mod"), []byte("module example.com/app\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	lr, err = load(loader, &packages.Config{Dir: modDir}, []string{"./..."}, []*analysis.Analyzer{facty}, nolog)
	if err != nil {
		t.Fatal(err)
	}
	check("full: ./...", "full: ./... example.com/app/wrap")
	if !slices.Equal(lr.Reloaded, []string{"example.com/app/wrap"}) || len(lr.Requested) != 1 || lr.Requested[0].ID != "example.com/app" {
		t.Errorf("Reloaded = %q, Requested = %v", lr.Reloaded, lr.Requested)
	}

	// All that matters requested: no second full load.
	if _, err := load(loader, &packages.Config{}, []string{"./", "example.com/app/wrap"}, []*analysis.Analyzer{facty}, nolog); err != nil {
		t.Fatal(err)
	}
	check("graph: ./ example.com/app/wrap", "full: ./ example.com/app/wrap")

	// Nothing to add, and ./... covers the module: one load.
	if _, err := load(loader, &packages.Config{Dir: modDir}, []string{"./...", "example.com/app/wrap"}, []*analysis.Analyzer{facty}, nolog); err != nil {
		t.Fatal(err)
	}
	check("full: ./... example.com/app/wrap")

	// Without facts, one load.
	if _, err := load(loader, &packages.Config{}, []string{"./"}, []*analysis.Analyzer{plain}, nolog); err != nil {
		t.Fatal(err)
	}
	check("full: ./")

	// No packages: an error that says so.
	_, err = load(loader, &packages.Config{}, []string{"./none"}, []*analysis.Analyzer{facty}, nolog)
	if err == nil || err.Error() != `"./none" matched no packages` {
		t.Errorf("err = %v, want a no-packages error", err)
	}
}

func TestTrimExportData(t *testing.T) {
	deep := pkg("example.com/deep", otherMod, false)
	dep := pkg("example.com/dep", otherMod, false, deep)
	root := pkg("example.com/app", mainMod, true, dep)
	root.Imports["example.com/dep"] = dep
	dep.Types = types.NewPackage(dep.PkgPath, dep.Name)
	exportdata.Trim([]*packages.Package{root})
	if len(root.Imports) != 1 {
		t.Errorf("root lost its imports")
	}
	if dep.Imports != nil || dep.Syntax == nil || len(dep.Syntax) != 0 || dep.TypesInfo == nil {
		t.Errorf("dep not trimmed: imports %v, syntax %v, info %v", dep.Imports, dep.Syntax, dep.TypesInfo)
	}
	packages.Visit([]*packages.Package{root}, nil, func(p *packages.Package) {
		if p == deep {
			t.Errorf("a package below one from export data should no longer be reachable")
		}
	})
}
