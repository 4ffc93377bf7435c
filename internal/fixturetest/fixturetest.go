// Package fixturetest runs a rule's analysistest fixtures the way every
// rule's test does: from the repository's shared testdata directory, with
// suggested fixes compared against .golden files, and with two checks
// analysistest leaves out: a .golden file that received no fix fails the
// test (RunWithSuggestedFixes only compares files that were edited), and
// so does a .golden file with which the package does not type-check (a
// fix must compile).
//
// Run the tests with -update to write the .golden files from the fixes;
// review the diff before committing it.
package fixturetest

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	udiff "github.com/aymanbagabas/go-udiff"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

var update = flag.Bool("update", false, "write .golden files from the suggested fixes")

// TestData returns the absolute path of the repository's testdata
// directory (analysistest wants an absolute GOPATH entry).
func TestData(t testing.TB) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join(repoRoot(t), "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// repoRoot finds the directory of go.mod above the test's directory.
func repoRoot(t testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test directory")
		}
		dir = parent
	}
}

// Run runs a on the fixture packages (GOPATH-mode patterns below
// testdata/src), checks its diagnostics against the // want comments and
// its fixes against the .golden files, and fails for a .golden file of
// those packages that received no fix.
func Run(t *testing.T, a *analysis.Analyzer, patterns ...string) {
	t.Helper()
	dir := TestData(t)
	acts := gopathTree(dir).run(t, a, patterns...)
	if *update {
		writeGoldens(t, acts)
	}
	checkCategories(t, a, acts)
	edited := checkGoldens(t, acts)
	for _, pattern := range patterns {
		goldens, _ := filepath.Glob(filepath.Join(dir, "src", filepath.FromSlash(pattern), "*.golden"))
		for _, golden := range goldens {
			if !edited[strings.TrimSuffix(golden, ".golden")] {
				t.Errorf("%s: no suggested fix edited %s", golden, filepath.Base(strings.TrimSuffix(golden, ".golden")))
			}
		}
		if len(goldens) > 0 {
			checkGoldensCompile(t, dir, pattern, goldens)
		}
	}
}

// checkGoldensCompile type-checks the fixture package pattern with every
// file replaced by its .golden version: a fix must compile. The package is
// loaded as it is, its dependencies from export data, and its files are
// type-checked again with the .golden versions in place. (An overlay would
// be simpler, but go/packages then takes every dependency from source:
// seconds of CPU for net/http alone.)
func checkGoldensCompile(t *testing.T, dir, pattern string, goldens []string) {
	t.Helper()
	golden := make(map[string]string)
	for _, g := range goldens {
		golden[strings.TrimSuffix(g, ".golden")] = g
	}
	cfg := &packages.Config{
		Mode:  loadMode, // dependencies from export data
		Dir:   dir,
		Env:   append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOFLAGS=", "GOWORK=off"),
		Tests: true,
	}
	pkgs, err := packages.Load(cfg, pattern)
	if err != nil {
		t.Fatalf("loading %s: %v", pattern, err)
	}
	std := importer.Default() // for an import a fix adds (os, fmt, log)
	for _, p := range pkgs {
		fset := token.NewFileSet()
		var files []*ast.File
		for _, name := range p.CompiledGoFiles {
			if g, ok := golden[name]; ok {
				name = g
			}
			f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
			if err != nil {
				t.Errorf("%s with its .golden files does not parse: %v", pattern, err)
				return
			}
			files = append(files, f)
		}
		conf := types.Config{
			Importer: importerFunc(func(path string) (*types.Package, error) {
				if imp := p.Imports[path]; imp != nil && imp.Types != nil {
					return imp.Types, nil
				}
				if !strings.Contains(path, ".") {
					return std.Import(path)
				}
				return nil, fmt.Errorf("%s: no package for import %q", p.ID, path)
			}),
			Error: func(err error) { t.Errorf("%s with its .golden files does not compile: %v", p.ID, err) },
		}
		_, _ = conf.Check(p.PkgPath, fset, files, nil) // errors reported through Error
	}
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// offsetEdit is a suggested-fix edit as byte offsets in its file.
type offsetEdit struct {
	start, end int
	text       string
}

// fixedFiles applies every suggested fix of acts to its file (the same
// edit offered twice is applied once) and returns the outcome, gofmt-ed,
// by file name.
func fixedFiles(t *testing.T, acts []*checker.Action) map[string][]byte {
	t.Helper()
	edits := make(map[string][]offsetEdit)
	for _, act := range acts {
		for _, d := range act.Diagnostics {
			for _, fix := range d.SuggestedFixes {
				for _, e := range fix.TextEdits {
					tf := act.Package.Fset.File(e.Pos)
					edits[tf.Name()] = append(edits[tf.Name()], offsetEdit{tf.Offset(e.Pos), tf.Offset(e.End), string(e.NewText)})
				}
			}
		}
	}
	fixed := make(map[string][]byte)
	for _, name := range slices.Sorted(maps.Keys(edits)) {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		es := edits[name]
		slices.SortStableFunc(es, func(a, b offsetEdit) int { return a.start - b.start })
		es = slices.Compact(es) // the same edit from two fixes
		var out bytes.Buffer
		last := 0
		for _, e := range es {
			if e.start < last {
				t.Errorf("%s: overlapping fixes at offset %d", name, e.start)
				continue
			}
			out.Write(src[last:e.start])
			out.WriteString(e.text)
			last = e.end
		}
		out.Write(src[last:])
		formatted, err := format.Source(out.Bytes())
		if err != nil {
			t.Errorf("%s: fixed source does not parse: %v\n%s", name, err, out.Bytes())
			continue
		}
		fixed[name] = formatted
	}
	return fixed
}

// checkGoldens compares every file the fixes of acts edit, fixed, with
// its .golden file, and returns the names of the files edited.
func checkGoldens(t *testing.T, acts []*checker.Action) map[string]bool {
	t.Helper()
	edited := make(map[string]bool)
	for name, got := range fixedFiles(t, acts) {
		edited[name] = true
		golden, err := os.ReadFile(name + ".golden")
		if err != nil {
			t.Errorf("a fix edited %s: %v", name, err)
			continue
		}
		want, err := format.Source(golden)
		if err != nil {
			t.Errorf("%s.golden: %v", name, err)
			continue
		}
		if d := udiff.Unified(name+".golden", name+" (fixed)", string(want), string(got)); d != "" {
			t.Errorf("the fixes of %s differ from its .golden file:\n%s", name, d)
		}
	}
	return edited
}

// writeGoldens applies every suggested fix of acts to its file and writes
// the outcome beside it as a .golden file.
func writeGoldens(t *testing.T, acts []*checker.Action) {
	t.Helper()
	fixed := fixedFiles(t, acts)
	for _, name := range slices.Sorted(maps.Keys(fixed)) {
		if err := os.WriteFile(name+".golden", fixed[name], 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s.golden", name)
	}
}

// checkCategories fails for a finding without a Category, or whose
// Category has no "### CATEGORY" heading in docs/rules/NAME.md: gopls links
// each diagnostic to the rule's page at that anchor.
func checkCategories(t *testing.T, a *analysis.Analyzer, acts []*checker.Action) {
	t.Helper()
	page := filepath.Join(repoRoot(t), "docs", "rules", a.Name+".md")
	doc, err := os.ReadFile(page)
	if err != nil {
		t.Errorf("%s: %v", a.Name, err)
		return
	}
	seen := make(map[string]bool)
	for _, act := range acts {
		for _, d := range act.Diagnostics {
			switch {
			case d.Category == "":
				t.Errorf("%s: finding without a Category: %s", act.Package.Fset.Position(d.Pos), d.Message)
			case !seen[d.Category] && !bytes.Contains(doc, []byte("\n### "+d.Category+"\n")):
				t.Errorf("%s: category %q has no \"### %s\" heading in %s", a.Name, d.Category, d.Category, page)
			}
			seen[d.Category] = true
		}
	}
}
