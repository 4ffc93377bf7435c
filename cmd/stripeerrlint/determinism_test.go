package main_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/stripeerrlint/stripeerrlint/analyzer/suite"
	_ "github.com/stripeerrlint/stripeerrlint/plugin" // registers the golangci-lint plugin
)

// TestDeterminism runs the suite through its three drivers, each twice,
// on the example app and on the module-mode fixtures (real stripe-go v72
// and v85): the standalone driver (stripeerrlint -json ./...), go vet
// -vettool=stripeerrlint -json ./..., and the golangci-lint plugin
// (register.GetPlugin, BuildAnalyzers, then checker.Analyze over
// go/packages in-process, with test files as golangci-lint loads them;
// building golangci-lint itself is .ci/e2e-golangci's job). It checks that
//   - the standalone driver prints the same bytes both times;
//   - each driver finds the same both times, in the same order;
//   - the three find the same findings (place, end, rule, category,
//     message, fixes with their edits) in the same order: by package,
//     then by analyzer, then in the order the analyzer reported them
//     (findings at one position by message);
//   - every analyzer of the suite finds something in the modules.
func TestDeterminism(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command, runs go vet and loads modules with the SDK")
	}
	bin := buildCommand(t)
	byAnalyzer := make(map[string]int) // findings of the standalone driver over the modules
	for _, module := range []string{"example", "testdata/modules/v72", "testdata/modules/v85"} {
		t.Run(module, func(t *testing.T) {
			dir, err := filepath.Abs(filepath.Join("..", "..", filepath.FromSlash(module)))
			if err != nil {
				t.Fatal(err)
			}
			run(t, dir, "go", "mod", "download")

			out1 := run(t, dir, bin, "-json", "./...")
			out2 := run(t, dir, bin, "-json", "./...")
			if !bytes.Equal(out1, out2) {
				t.Errorf("two runs of stripeerrlint -json ./... printed different output:\n%s\n----\n%s", out1, out2)
			}
			standalone := orderedFindings(t, out1)
			if len(standalone) == 0 {
				t.Fatal("no findings: the test checks nothing")
			}
			for _, f := range standalone {
				if _, rest, ok := strings.Cut(f, " ["); ok {
					name, _, _ := strings.Cut(rest, "/")
					byAnalyzer[name]++
				}
			}

			vet1 := orderedFindings(t, runExpectFailure(t, dir, "go", "vet", "-vettool="+bin, "-json", "./..."))
			vet2 := orderedFindings(t, runExpectFailure(t, dir, "go", "vet", "-vettool="+bin, "-json", "./..."))
			sameFindings(t, "go vet run 1", vet1, "go vet run 2", vet2)
			sameFindings(t, "stripeerrlint", standalone, "go vet -vettool", vet1)

			plugin1, plugin2 := pluginFindings(t, dir)
			sameFindings(t, "plugin run 1", plugin1, "plugin run 2", plugin2)
			sameFindings(t, "stripeerrlint", standalone, "golangci-lint plugin", plugin1)
			t.Logf("%d findings, the same from the three drivers", len(standalone))
		})
	}
	// Every analyzer of the suite must take part: one that silently
	// drops out of a driver would otherwise agree with itself.
	if !t.Failed() {
		for _, a := range suite.Analyzers() {
			if byAnalyzer[a.Name] == 0 {
				t.Errorf("analyzer %s found nothing in the modules: add an input where it reports", a.Name)
			}
		}
		t.Logf("findings by analyzer: %v", byAnalyzer)
	}
}

// A jsonDiag is one diagnostic of the -json output (go vet's format).
type jsonDiag struct {
	Posn     string `json:"posn"`
	End      string `json:"end"`
	Category string `json:"category"`
	Message  string `json:"message"`
	Fixes    []struct {
		Message string `json:"message"`
		Edits   []struct {
			Filename string `json:"filename"`
			Start    int    `json:"start"`
			End      int    `json:"end"`
			New      string `json:"new"`
		} `json:"edits"`
	} `json:"suggested_fixes"`
}

// orderedFindings reads -json output (one tree per package for go vet,
// after "# pkg" lines; one tree for the standalone driver): package ID
// -> analyzer -> diagnostics. It returns the findings ordered by package
// path (a test variant "p [p.test]" counts as p), then analyzer name, then
// the analyzer's own order; a finding that p and its test variant both
// report (go vet analyzes both) is kept once.
func orderedFindings(t *testing.T, out []byte) []string {
	t.Helper()
	byPkg := make(map[string]map[string][]jsonDiag)
	dec := json.NewDecoder(bytes.NewReader(stripComments(out)))
	for dec.More() {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err != nil {
			t.Fatalf("decoding JSON: %v\n%s", err, out)
		}
		for id, byAnalyzer := range tree {
			for name, raw := range byAnalyzer {
				var diags []jsonDiag
				if err := json.Unmarshal(raw, &diags); err != nil {
					t.Fatalf("%s: %s: %s", id, name, raw)
				}
				path, _, _ := strings.Cut(id, " ")
				if byPkg[path] == nil {
					byPkg[path] = make(map[string][]jsonDiag)
				}
				byPkg[path][name] = append(byPkg[path][name], diags...)
			}
		}
	}
	var result []string
	seen := make(map[string]bool)
	for _, path := range slices.Sorted(maps.Keys(byPkg)) {
		for _, name := range slices.Sorted(maps.Keys(byPkg[path])) {
			diags := byPkg[path][name]
			// Findings of one analyzer next to each other at one
			// position come in the analyzer's order from go vet, by
			// message from the standalone driver (which sorts by
			// position): order them by message.
			for i := 0; i < len(diags); {
				j := i + 1
				for j < len(diags) && diags[j].Posn == diags[i].Posn {
					j++
				}
				slices.SortStableFunc(diags[i:j], func(x, y jsonDiag) int { return strings.Compare(x.Message, y.Message) })
				i = j
			}
			for _, d := range diags {
				var fixes []string
				for _, f := range d.Fixes {
					var edits []string
					for _, e := range f.Edits {
						edits = append(edits, fmt.Sprintf("%s:%d-%d=%q", e.Filename, e.Start, e.End, e.New))
					}
					fixes = append(fixes, fmt.Sprintf("%s %v", f.Message, edits))
				}
				s := fmt.Sprintf("%s: %s-%s [%s/%s] %s (fixes: %q)", path, d.Posn, d.End, name, d.Category, d.Message, fixes)
				if !seen[s] {
					seen[s] = true
					result = append(result, s)
				}
			}
		}
	}
	return result
}

// pluginFindings builds the analyzers as golangci-lint does through the
// plugin's registration, loads dir's packages with tests, and runs the
// analyzers twice over them; it returns the findings of each run in the
// order of orderedFindings.
func pluginFindings(t *testing.T, dir string) (run1, run2 []string) {
	t.Helper()
	newPlugin, err := register.GetPlugin("stripeerrlint")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(nil)
	if err != nil {
		t.Fatal(err)
	}
	analyzers, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{
		Mode:  packages.LoadAllSyntax | packages.NeedModule,
		Dir:   dir,
		Tests: true,
		Env:   append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("packages did not load")
	}
	var roots []*packages.Package
	for _, pkg := range pkgs {
		if !strings.HasSuffix(pkg.ID, ".test") { // not the generated test main
			roots = append(roots, pkg)
		}
	}
	once := func() []string {
		graph, err := checker.Analyze(analyzers, roots, nil)
		if err != nil {
			t.Fatal(err)
		}
		tree := make(map[string]map[string][]jsonDiag)
		for _, act := range graph.Roots {
			if act.Err != nil {
				t.Fatalf("%s on %s: %v", act.Analyzer.Name, act.Package.ID, act.Err)
			}
			if len(act.Diagnostics) == 0 {
				continue
			}
			if tree[act.Package.ID] == nil {
				tree[act.Package.ID] = make(map[string][]jsonDiag)
			}
			fset := act.Package.Fset
			for _, d := range act.Diagnostics {
				jd := jsonDiag{Posn: fset.Position(d.Pos).String(), Category: d.Category, Message: d.Message}
				if d.End.IsValid() {
					jd.End = fset.Position(d.End).String()
				}
				for _, f := range d.SuggestedFixes {
					jf := struct {
						Message string `json:"message"`
						Edits   []struct {
							Filename string `json:"filename"`
							Start    int    `json:"start"`
							End      int    `json:"end"`
							New      string `json:"new"`
						} `json:"edits"`
					}{Message: f.Message}
					for _, e := range f.TextEdits {
						end := e.End
						if !end.IsValid() {
							end = e.Pos
						}
						jf.Edits = append(jf.Edits, struct {
							Filename string `json:"filename"`
							Start    int    `json:"start"`
							End      int    `json:"end"`
							New      string `json:"new"`
						}{fset.File(e.Pos).Name(), fset.File(e.Pos).Offset(e.Pos), fset.File(end).Offset(end), string(e.NewText)})
					}
					jd.Fixes = append(jd.Fixes, jf)
				}
				tree[act.Package.ID][act.Analyzer.Name] = append(tree[act.Package.ID][act.Analyzer.Name], jd)
			}
		}
		out, err := json.Marshal(tree)
		if err != nil {
			t.Fatal(err)
		}
		return orderedFindings(t, out)
	}
	return once(), once()
}

// sameFindings fails the test unless a and b are the same findings in the
// same order.
func sameFindings(t *testing.T, aName string, a []string, bName string, b []string) {
	t.Helper()
	if slices.Equal(a, b) {
		return
	}
	if slices.Equal(slices.Sorted(slices.Values(a)), slices.Sorted(slices.Values(b))) {
		t.Errorf("%s and %s find the same, in another order:\n%s:\n\t%s\n%s:\n\t%s",
			aName, bName, aName, strings.Join(a, "\n\t"), bName, strings.Join(b, "\n\t"))
		return
	}
	t.Errorf("%s and %s disagree:\n%s:\n\t%s\n%s:\n\t%s",
		aName, bName, aName, strings.Join(a, "\n\t"), bName, strings.Join(b, "\n\t"))
}
