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
	"go/format"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
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
	if *update {
		writeGoldens(t, analysistest.Run(t, dir, a, patterns...))
	}
	results := analysistest.RunWithSuggestedFixes(t, dir, a, patterns...)
	checkCategories(t, a, results)
	edited := make(map[string]bool)
	for _, r := range results {
		for _, d := range r.Diagnostics {
			for _, fix := range d.SuggestedFixes {
				for _, e := range fix.TextEdits {
					edited[r.Pass.Fset.File(e.Pos).Name()] = true
				}
			}
		}
	}
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
// file replaced by its .golden version: a fix must compile.
func checkGoldensCompile(t *testing.T, dir, pattern string, goldens []string) {
	t.Helper()
	overlay := make(map[string][]byte)
	for _, golden := range goldens {
		content, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		overlay[strings.TrimSuffix(golden, ".golden")] = content
	}
	cfg := &packages.Config{
		Mode:    packages.NeedName | packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo,
		Dir:     dir,
		Env:     append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOFLAGS=", "GOWORK=off"),
		Overlay: overlay,
		Tests:   true,
	}
	pkgs, err := packages.Load(cfg, pattern)
	if err != nil {
		t.Fatalf("loading %s with its .golden files: %v", pattern, err)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Errorf("%s with its .golden files does not compile: %v", pattern, e)
		}
	})
}

// offsetEdit is a suggested-fix edit as byte offsets in its file.
type offsetEdit struct {
	start, end int
	text       string
}

// writeGoldens applies every suggested fix of results to its file and
// writes the outcome beside it as a .golden file.
func writeGoldens(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	edits := make(map[string][]offsetEdit)
	for _, r := range results {
		for _, d := range r.Diagnostics {
			for _, fix := range d.SuggestedFixes {
				for _, e := range fix.TextEdits {
					tf := r.Pass.Fset.File(e.Pos)
					edits[tf.Name()] = append(edits[tf.Name()], offsetEdit{tf.Offset(e.Pos), tf.Offset(e.End), string(e.NewText)})
				}
			}
		}
	}
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
				t.Fatalf("%s: overlapping fixes at offset %d", name, e.start)
			}
			out.Write(src[last:e.start])
			out.WriteString(e.text)
			last = e.end
		}
		out.Write(src[last:])
		formatted, err := format.Source(out.Bytes())
		if err != nil {
			t.Fatalf("%s: fixed source does not parse: %v\n%s", name, err, out.Bytes())
		}
		if err := os.WriteFile(name+".golden", formatted, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s.golden", name)
	}
}

// checkCategories fails for a finding without a Category, or whose
// Category has no "### CATEGORY" heading in docs/rules/NAME.md: gopls links
// each diagnostic to the rule's page at that anchor.
func checkCategories(t *testing.T, a *analysis.Analyzer, results []*analysistest.Result) {
	t.Helper()
	page := filepath.Join(repoRoot(t), "docs", "rules", a.Name+".md")
	doc, err := os.ReadFile(page)
	if err != nil {
		t.Errorf("%s: %v", a.Name, err)
		return
	}
	seen := make(map[string]bool)
	for _, r := range results {
		for _, d := range r.Diagnostics {
			switch {
			case d.Category == "":
				t.Errorf("%s: finding without a Category: %s", r.Pass.Fset.Position(d.Pos), d.Message)
			case !seen[d.Category] && !bytes.Contains(doc, []byte("\n### "+d.Category+"\n")):
				t.Errorf("%s: category %q has no \"### %s\" heading in %s", a.Name, d.Category, d.Category, page)
			}
			seen[d.Category] = true
		}
	}
}
