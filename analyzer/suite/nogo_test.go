package suite_test

// Conformance with what Bazel's nogo (rules_go) needs of an analyzer suite:
// one package per analyzer exporting `var Analyzer`, a valid analyzer graph,
// facts that survive gob (nogo, like go vet, serializes facts between
// actions), and the same findings when the suite runs one package at a time
// under unitchecker as under the standalone driver. See docs/nogo.md.

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"fmt"
	"go/types"
	"maps"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/quick"

	"github.com/stripeerrlint/stripeerrlint/internal/exportdata"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/stripeerrlint/stripeerrlint/analyzer/directive"
	"github.com/stripeerrlint/stripeerrlint/analyzer/suite"
)

const modulePath = "github.com/stripeerrlint/stripeerrlint"

// TestRulePackagesExportAnalyzer: every package under rules/ (and the
// directive analyzer's package) exports `var Analyzer *analysis.Analyzer`,
// what a nogo target's deps name; every analyzer of the suite is the
// Analyzer of such a package.
func TestRulePackagesExportAnalyzer(t *testing.T) {
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes, Dir: "../.."}
	pkgs, err := packages.Load(cfg, "./rules/...", "./analyzer/directive")
	if err != nil {
		t.Fatal(err)
	}
	// A rule that does not compile fails its own test; here, look at
	// what type-checked.
	exported := make(map[string]bool) // analyzer name (= package name) -> exports Analyzer
	for _, pkg := range pkgs {
		if strings.Contains(pkg.PkgPath, "/internal/") {
			continue
		}
		v, ok := pkg.Types.Scope().Lookup("Analyzer").(*types.Var)
		if !ok {
			t.Errorf("%s: no package-level var Analyzer", pkg.PkgPath)
			continue
		}
		ptr, ok := v.Type().(*types.Pointer)
		named, _ := types.Unalias(ptr.Elem()).(*types.Named)
		if !ok || named == nil || named.Obj().Pkg().Path() != "golang.org/x/tools/go/analysis" || named.Obj().Name() != "Analyzer" {
			t.Errorf("%s: Analyzer has type %s, want *analysis.Analyzer", pkg.PkgPath, v.Type())
			continue
		}
		exported[pkg.PkgPath] = true
	}
	for _, a := range suite.Analyzers() {
		path := modulePath + "/rules/" + a.Name
		if a == directive.Analyzer {
			path = modulePath + "/analyzer/directive"
		}
		if !exported[path] {
			t.Errorf("suite analyzer %s: no package %s exporting it as Analyzer", a.Name, path)
		}
	}
}

// TestNogoDoc: docs/nogo.md's nogo target lists every analyzer of the
// suite, by the label Gazelle gives its package.
func TestNogoDoc(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "docs", "nogo.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range suite.Analyzers() {
		label := `"@com_github_stripeerrlint_stripeerrlint//rules/` + a.Name + `"`
		if a == directive.Analyzer {
			label = `"@com_github_stripeerrlint_stripeerrlint//analyzer/directive"`
		}
		if !bytes.Contains(data, []byte(label)) {
			t.Errorf("docs/nogo.md: the nogo target's deps lack %s", label)
		}
	}
}

// TestFactsGob: every fact type of every analyzer the suite runs (Requires
// included) round-trips through encoding/gob, as nogo and go vet store
// facts, with non-zero field values.
func TestFactsGob(t *testing.T) {
	if err := analysis.Validate(suite.Analyzers()); err != nil {
		t.Fatal(err)
	}
	seen := make(map[*analysis.Analyzer]bool)
	var walk func(a *analysis.Analyzer)
	n := 0
	walk = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, fact := range a.FactTypes {
			n++
			roundTrip(t, a, fact)
		}
		for _, req := range a.Requires {
			walk(req)
		}
	}
	for _, a := range suite.Analyzers() {
		walk(a)
	}
	if n == 0 {
		t.Fatal("no fact types in the suite: the test checks nothing (the SDK model exports wrapper facts)")
	}
}

func roundTrip(t *testing.T, a *analysis.Analyzer, fact analysis.Fact) {
	t.Helper()
	typ := reflect.TypeOf(fact)
	if typ.Kind() != reflect.Pointer {
		t.Errorf("%s: fact type %s is not a pointer", a.Name, typ)
		return
	}
	rng := rand.New(rand.NewSource(1))
	for i := range 20 {
		in := reflect.New(typ.Elem())
		if i > 0 { // the zero value first, then random ones
			v, ok := quick.Value(typ.Elem(), rng)
			if !ok {
				t.Errorf("%s: cannot generate a value of fact type %s", a.Name, typ)
				return
			}
			in.Elem().Set(v)
		}
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(in.Interface()); err != nil {
			t.Errorf("%s: gob cannot encode fact %s: %v", a.Name, typ, err)
			return
		}
		out := reflect.New(typ.Elem())
		if err := gob.NewDecoder(&buf).Decode(out.Interface()); err != nil {
			t.Errorf("%s: gob cannot decode fact %s: %v", a.Name, typ, err)
			return
		}
		if !reflect.DeepEqual(in.Interface(), out.Interface()) {
			t.Errorf("%s: fact %s changed through gob: %#v became %#v", a.Name, typ, in.Interface(), out.Interface())
			return
		}
	}
}

// TestUnitcheckerMatchesChecker runs the suite on every fixture module
// (testdata/modules: real stripe-go v72, v84 and v85, and the real web
// frameworks) and on the GOPATH-mode fixture tree testdata/src (the rules'
// fixtures and the SDK stubs, test files included) twice: one package at
// a time under unitchecker (go vet -vettool, the protocol nogo follows,
// facts passed between packages through files), and with
// golang.org/x/tools/go/analysis/checker over go/packages (the standalone
// driver). The findings must be the same, package by package, and every
// analyzer of the suite must find something in one of them.
func TestUnitcheckerMatchesChecker(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a vet tool and runs go vet")
	}
	tool := filepath.Join(t.TempDir(), "vettool")
	build := exec.Command("go", "build", "-o", tool, "./internal/vettool")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the vet tool: %v\n%s", err, out)
	}
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	byAnalyzer := make(map[string]int)
	for _, module := range []string{"v72", "v84", "v85", "frameworks", "exportdata"} {
		t.Run(module, func(t *testing.T) {
			env := append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
			dir := filepath.Join(testdata, "modules", module)
			download := exec.Command("go", "mod", "download")
			download.Dir, download.Env = dir, env
			if out, err := download.CombinedOutput(); err != nil {
				t.Fatalf("go mod download in %s: %v\n%s", dir, err, out)
			}
			compareDrivers(t, tool, dir, env, byAnalyzer, knownDisagreements[module])
		})
	}
	t.Run("gopath", func(t *testing.T) {
		env := append(os.Environ(), "GOPATH="+testdata, "GO111MODULE=off", "GOFLAGS=", "GOWORK=off")
		compareDrivers(t, tool, filepath.Join(testdata, "src"), env, byAnalyzer, nil)
	})
	if !t.Failed() {
		checkEveryAnalyzer(t, byAnalyzer)
	}
}

// knownDisagreements lists, by fixture module, the findings that the
// checker driver reports and go vet does not, each with the reason; a
// finding containing the text is left out of the comparison, and an entry
// that matches no finding fails the test (remove it once the rule is
// fixed).
var knownDisagreements = map[string][]struct{ finding, why string }{
	"exportdata": {{
		finding: `subonly.go:39:22-`,
		why: "enumvalue judges a value against the constants of the enum's package as type-checked; " +
			"in a package that does not import the SDK root, go vet sees the root through the export data " +
			"of paymentintent, which declares no PaymentIntentStatus constant, so enumvalue is silent; the " +
			"standalone driver reads the root in full when another package of the load imports it, and reports",
	}},
}

// compareDrivers runs the suite on ./... in dir (with env), test files
// included, through the checker and through go vet -vettool=tool, and
// fails t where they disagree (but for the known disagreements). It adds
// the findings, by analyzer, to byAnalyzer.
func compareDrivers(t *testing.T, tool, dir string, env []string, byAnalyzer map[string]int, known []struct{ finding, why string }) {
	const pattern = "./..."

	// The standalone driver's way.
	// As the standalone driver loads (internal/driver/load.go): the
	// requested packages from source, their dependencies from export
	// data.
	cfg := &packages.Config{Mode: packages.LoadSyntax | packages.NeedModule | packages.NeedImports, Dir: dir, Env: env, Tests: true}
	pkgs, err := packages.Load(cfg, pattern)
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("fixture packages did not load")
	}
	var roots []*packages.Package
	for _, p := range pkgs {
		if !strings.HasSuffix(p.ID, ".test") { // not the generated test main
			roots = append(roots, p)
		}
	}
	exportdata.Trim(roots)
	graph, err := checker.Analyze(suite.Analyzers(), roots, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := make(map[string][]string) // package path -> findings
	for act := range graph.All() {
		if !act.IsRoot {
			continue
		}
		if act.Err != nil {
			t.Fatalf("%s on %s: %v", act.Analyzer.Name, act.Package.ID, act.Err)
		}
		for _, d := range act.Diagnostics {
			end := ""
			if d.End.IsValid() {
				end = act.Package.Fset.Position(d.End).String()
			}
			var fixes []string
			for _, f := range d.SuggestedFixes {
				fixes = append(fixes, f.Message)
			}
			path := act.Package.PkgPath
			want[path] = append(want[path], finding(act.Package.Fset.Position(d.Pos).String(), end, act.Analyzer.Name, d.Category, d.Message, fixes))
		}
	}
	if len(want) == 0 {
		t.Fatal("no findings from the standalone driver: the fixture checks nothing")
	}

	// go vet's way: one unitchecker run per package (and per test
	// variant).
	vet := exec.Command("go", "vet", "-json", "-vettool="+tool, pattern)
	vet.Dir, vet.Env = dir, env
	// go vet -json prints the JSON on standard output or, in older
	// versions of go, standard error: read both.
	out, err := vet.CombinedOutput()
	if err != nil {
		t.Fatalf("go vet: %v\n%s", err, out)
	}
	got, err := parseVetJSON(out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}

	// A package and its test variant share files: both drivers report
	// a finding in a non-test file once per variant. Compare the sets.
	n := 0
	paths := slices.Sorted(maps.Keys(want))
	for path := range got {
		if _, ok := want[path]; !ok {
			paths = append(paths, path)
		}
	}
	matched := make([]bool, len(known))
	for _, path := range paths {
		g, w := dedup(got[path]), dedup(want[path])
		w = slices.DeleteFunc(w, func(f string) bool {
			for i, k := range known {
				if strings.Contains(f, k.finding) && !slices.Contains(g, f) {
					matched[i] = true
					t.Logf("known disagreement: checker only: %s\n\t(%s)", f, k.why)
					return true
				}
			}
			return false
		})
		n += len(w)
		for _, f := range w {
			if name, ok := analyzerOf(f); ok {
				byAnalyzer[name]++
			}
		}
		if !slices.Equal(g, w) {
			t.Errorf("%s: go vet -vettool (unitchecker) and the checker driver disagree\nunitchecker only:\n\t%s\nchecker only:\n\t%s",
				path, strings.Join(minus(g, w), "\n\t"), strings.Join(minus(w, g), "\n\t"))
		}
	}
	for i, k := range known {
		if !matched[i] {
			t.Errorf("known disagreement %q no longer occurs: remove it from knownDisagreements", k.finding)
		}
	}
	t.Logf("%d findings in %d packages agree", n, len(paths))
}

// dedup returns the sorted distinct elements of s.
func dedup(s []string) []string {
	return slices.Compact(slices.Sorted(slices.Values(s)))
}

// minus returns the elements of a (sorted) not in b (sorted).
func minus(a, b []string) []string {
	var out []string
	for _, x := range a {
		if _, found := slices.BinarySearch(b, x); !found {
			out = append(out, x)
		}
	}
	return out
}

// analyzerOf returns the analyzer name of a finding as finding formats
// it.
func analyzerOf(f string) (string, bool) {
	_, rest, ok := strings.Cut(f, ": [")
	if !ok {
		return "", false
	}
	name, _, ok := strings.Cut(rest, "/")
	return name, ok
}

// finding is one diagnostic as text, for comparison and failure messages.
func finding(posn, end, analyzer, category, message string, fixes []string) string {
	return fmt.Sprintf("%s-%s: [%s/%s] %s (fixes: %q)", posn, end, analyzer, category, message, fixes)
}

// parseVetJSON reads the output of go vet -json: for each package, a line
// "# pkgpath" then a JSON object mapping package ID to analyzer name to
// diagnostics (or to an error). It returns the findings by package path.
func parseVetJSON(out []byte) (map[string][]string, error) {
	findings := make(map[string][]string) // package path (a test variant counts as its package) -> findings
	dec := json.NewDecoder(bytes.NewReader(stripComments(out)))
	for dec.More() {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err != nil {
			return nil, fmt.Errorf("parsing go vet -json output: %v", err)
		}
		for pkg, byAnalyzer := range tree {
			for name, raw := range byAnalyzer {
				var diags []struct {
					Posn     string `json:"posn"`
					End      string `json:"end"`
					Category string `json:"category"`
					Message  string `json:"message"`
					Fixes    []struct {
						Message string `json:"message"`
					} `json:"suggested_fixes"`
				}
				if err := json.Unmarshal(raw, &diags); err != nil {
					return nil, fmt.Errorf("%s: %s: %s", pkg, name, raw)
				}
				for _, d := range diags {
					var fixes []string
					for _, f := range d.Fixes {
						fixes = append(fixes, f.Message)
					}
					path, _, _ := strings.Cut(pkg, " ")
					findings[path] = append(findings[path], finding(d.Posn, d.End, name, d.Category, d.Message, fixes))
				}
			}
		}
	}
	return findings, nil
}

// stripComments drops go vet's "# package" lines.
func stripComments(out []byte) []byte {
	var b bytes.Buffer
	for line := range bytes.Lines(out) {
		if !bytes.HasPrefix(line, []byte("#")) {
			b.Write(line)
		}
	}
	return b.Bytes()
}
