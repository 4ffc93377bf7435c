package driver

import (
	"bytes"
	"encoding/json"
	"errors"
	"go/ast"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stripeerrlint/stripeerrlint/internal/driver/internal/fakeanalyzer"
	"golang.org/x/tools/go/analysis"
)

// tinyModule is a module for the fakecharge analyzer: lib.Charge is
// called in wrap (a wrapper), app and app's test; app also calls the
// wrapper. lib and wrap have no findings of their own but wrap's call.
var tinyModule = map[string]string{
	"go.mod": "module example.com/tiny\n\ngo 1.26\n",
	"lib/lib.go": `package lib

// Charge charges.
func Charge() error { return nil }

// ChargeChecked charges and checks.
func ChargeChecked() error { return nil }
`,
	"wrap/wrap.go": `package wrap

import "example.com/tiny/lib"

// Pay wraps lib.Charge.
func Pay() error { return lib.Charge() }
`,
	"app/app.go": `package app

import (
	"fmt"

	"example.com/tiny/lib"
	"example.com/tiny/wrap"
)

// Run pays.
func Run() error {
	if err := lib.Charge(); err != nil {
		return fmt.Errorf("charge: %w", err)
	}
	return wrap.Pay()
}
`,
	"app/app_test.go": `package app

import (
	"testing"

	"example.com/tiny/lib"
)

func TestRun(t *testing.T) {
	_ = lib.Charge()
}
`,
}

// tinyFindings are the findings of fakecharge on tinyModule, ./...
var tinyFindings = []string{
	"app/app.go:12:12: call of lib.Charge; call lib.ChargeChecked instead",
	"app/app.go:15:9: call of wrap.Pay, which calls lib.Charge",
	"app/app_test.go:10:6: call of lib.Charge; call lib.ChargeChecked instead",
	"wrap/wrap.go:6:27: call of lib.Charge; call lib.ChargeChecked instead",
}

// writeModule writes files into a new temporary directory and returns it.
func writeModule(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func needGo(t testing.TB) string {
	t.Helper()
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	return goCmd
}

// runDriver runs the standalone driver in-process.
func runDriver(t *testing.T, analyzers []*analysis.Analyzer, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = Run("lint", analyzers, args, &out, &errOut)
	return out.String(), errOut.String(), code
}

func lines(s string) []string {
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

func TestRunStandalone(t *testing.T) {
	needGo(t)
	dir := writeModule(t, tinyModule)
	fake := []*analysis.Analyzer{fakeanalyzer.Analyzer}

	t.Run("text", func(t *testing.T) {
		stdout, stderr, code := runDriver(t, fake, "-C", dir, "./...")
		if code != ExitFindings || stderr != "" {
			t.Errorf("exit %d, stderr %q; want %d and nothing", code, stderr, ExitFindings)
		}
		if got := strings.Join(lines(stdout), "\n"); got != strings.Join(tinyFindings, "\n") {
			t.Errorf("stdout:\n%s\nwant:\n%s", got, strings.Join(tinyFindings, "\n"))
		}
	})

	t.Run("no findings", func(t *testing.T) {
		stdout, stderr, code := runDriver(t, fake, "-C", dir, "./lib")
		if code != ExitOK || stdout != "" || stderr != "" {
			t.Errorf("exit %d, stdout %q, stderr %q; want 0 and nothing", code, stdout, stderr)
		}
	})

	t.Run("analyzer disabled", func(t *testing.T) {
		stdout, _, code := runDriver(t, fake, "-C", dir, "-fakecharge=false", "./...")
		if code != ExitOK || stdout != "" {
			t.Errorf("exit %d, stdout %q; want 0 and nothing", code, stdout)
		}
	})

	t.Run("analyzer flag", func(t *testing.T) {
		t.Cleanup(func() { fakeanalyzer.Analyzer.Flags.Set("target", "Charge") })
		stdout, _, code := runDriver(t, fake, "-C", dir, "-fakecharge.target=ChargeChecked", "./...")
		if code != ExitOK || stdout != "" {
			t.Errorf("exit %d, stdout %q; want 0 and nothing", code, stdout)
		}
	})

	// Only ./app is requested: wrap comes from export data in the first
	// load, so the driver must reload it from source to see the wrapper.
	t.Run("wrapper in an unrequested package", func(t *testing.T) {
		stdout, stderr, code := runDriver(t, fake, "-C", dir, "-debug=v", "./app")
		want := []string{tinyFindings[0], tinyFindings[1], tinyFindings[2]}
		if code != ExitFindings || strings.Join(lines(stdout), "\n") != strings.Join(want, "\n") {
			t.Errorf("exit %d, stdout:\n%s\nwant %d and:\n%s", code, stdout, ExitFindings, strings.Join(want, "\n"))
		}
		if !strings.Contains(stderr, "loading with dependencies that may hold facts from source: example.com/tiny/lib example.com/tiny/wrap") {
			t.Errorf("stderr does not show the reload:\n%s", stderr)
		}
	})

	t.Run("no tests", func(t *testing.T) {
		stdout, _, code := runDriver(t, fake, "-C", dir, "-test=false", "./app")
		want := []string{tinyFindings[0], tinyFindings[1]}
		if code != ExitFindings || strings.Join(lines(stdout), "\n") != strings.Join(want, "\n") {
			t.Errorf("exit %d, stdout:\n%s\nwant:\n%s", code, stdout, strings.Join(want, "\n"))
		}
	})

	t.Run("context", func(t *testing.T) {
		stdout, _, _ := runDriver(t, fake, "-C", dir, "-c=0", "./wrap")
		want := tinyFindings[3] + "\n6\tfunc Pay() error { return lib.Charge() }\n"
		if stdout != want {
			t.Errorf("stdout %q, want %q", stdout, want)
		}
	})

	t.Run("json", func(t *testing.T) {
		stdout, stderr, code := runDriver(t, fake, "-C", dir, "-json", "./...")
		if code != ExitFindings || stderr != "" {
			t.Errorf("exit %d, stderr %q", code, stderr)
		}
		var tree map[string]map[string][]jsonDiagnostic
		if err := json.Unmarshal([]byte(stdout), &tree); err != nil {
			t.Fatalf("%v in:\n%s", err, stdout)
		}
		app := tree["example.com/tiny/app"]["fakecharge"]
		if len(tree) != 2 || len(app) != 3 || len(tree["example.com/tiny/wrap"]["fakecharge"]) != 1 {
			t.Fatalf("unexpected tree:\n%s", stdout)
		}
		d := app[0]
		wantFile := filepath.Join(dir, "app", "app.go")
		off := strings.Index(tinyModule["app/app.go"], "Charge()")
		if d.Posn != wantFile+":12:12" || d.End != wantFile+":12:24" || d.Category != "fake" ||
			len(d.SuggestedFixes) != 1 || d.SuggestedFixes[0].Message != "Call ChargeChecked" ||
			len(d.SuggestedFixes[0].Edits) != 1 || d.SuggestedFixes[0].Edits[0] != (jsonTextEdit{wantFile, off, off + len("Charge"), "ChargeChecked"}) {
			t.Errorf("first diagnostic: %+v", d)
		}
	})

	t.Run("help", func(t *testing.T) {
		stdout, _, code := runDriver(t, fake, "help")
		if code != ExitOK || !strings.Contains(stdout, "  fakecharge  report calls of lib.Charge and of its wrappers\n") {
			t.Errorf("help: exit %d:\n%s", code, stdout)
		}
		stdout, _, code = runDriver(t, fake, "help", "fakecharge")
		if code != ExitOK || !strings.HasPrefix(stdout, "fakecharge: report calls of lib.Charge and of its wrappers\n\nThe fakecharge analyzer exists") ||
			!strings.Contains(stdout, "-fakecharge.target string") || !strings.Contains(stdout, "https://example.com/fakecharge") {
			t.Errorf("help fakecharge: exit %d:\n%s", code, stdout)
		}
		_, stderr, code := runDriver(t, fake, "help", "nosuch")
		if code != ExitError || stderr != "lint: no analyzer named \"nosuch\"; run 'lint help' for the list\n" {
			t.Errorf("help nosuch: exit %d, stderr %q", code, stderr)
		}
		stdout, _, code = runDriver(t, fake, "-help")
		if code != ExitOK || !strings.Contains(stdout, "Exit status:") || !strings.Contains(stdout, "-fix") {
			t.Errorf("-help: exit %d:\n%s", code, stdout)
		}
	})

	t.Run("usage errors", func(t *testing.T) {
		for _, args := range [][]string{{"-nosuch", "./..."}, {}, {"-diff", "./..."}, {"-C", filepath.Join(dir, "nosuchdir"), "./..."}} {
			stdout, stderr, code := runDriver(t, fake, args...)
			if code != ExitError || stdout != "" || !strings.HasPrefix(stderr, "lint: ") {
				t.Errorf("%q: exit %d, stdout %q, stderr %q; want 1 and an error", args, code, stdout, stderr)
			}
		}
	})

	t.Run("no packages", func(t *testing.T) {
		if err := os.Mkdir(filepath.Join(dir, "nothing"), 0o755); err != nil {
			t.Fatal(err)
		}
		_, stderr, code := runDriver(t, fake, "-C", dir, "./nothing/...")
		if code != ExitError || stderr != "lint: \"./nothing/...\" matched no packages\n" {
			t.Errorf("exit %d, stderr %q", code, stderr)
		}
		_, stderr, code = runDriver(t, fake, "-C", dir, "./nosuchdir")
		if code != ExitError || !strings.HasPrefix(stderr, "lint: package ./nosuchdir cannot be loaded: ") {
			t.Errorf("exit %d, stderr %q", code, stderr)
		}
	})
}

func TestRunTypeErrors(t *testing.T) {
	needGo(t)
	dir := writeModule(t, map[string]string{
		"go.mod":     "module example.com/bad\n\ngo 1.26\n",
		"x/x.go":     "package x\n\nvar _ = foo\nvar _ = bar\nvar _ = baz\nvar _ = qux\n",
		"y/y.go":     "package y\n\nimport _ \"example.com/bad/x\"\n",
		"ok/ok.go":   "package ok\n\nimport \"example.com/bad/lib\"\n\nvar _ = lib.Charge()\n",
		"lib/lib.go": "package lib\n\nfunc Charge() error { return nil }\n",
		"p/p.go":     "package p\n\nfunc f( {\n",
	})
	stdout, stderr, code := runDriver(t, []*analysis.Analyzer{fakeanalyzer.Analyzer}, "-C", dir, "./...")
	want := `lint: package example.com/bad/p does not type-check: p/p.go:3:9: expected ')', found '{'
	p/p.go:3:11: expected ')', found 'EOF'
	p/p.go:3:11: expected ';', found 'EOF'
	(and 1 more error)
lint: package example.com/bad/x does not type-check: x/x.go:3:9: undefined: foo
	x/x.go:4:9: undefined: bar
	x/x.go:5:9: undefined: baz
	(and 1 more error)
lint: package example.com/bad/y not analyzed: it depends on example.com/bad/x, which has errors
`
	if code != ExitError || stderr != want {
		t.Errorf("exit %d, stderr:\n%s\nwant 1 and:\n%s", code, stderr, want)
	}
	// The packages that type-check are analyzed all the same.
	if stdout != "ok/ok.go:5:9: call of lib.Charge; call lib.ChargeChecked instead\n" {
		t.Errorf("stdout %q", stdout)
	}

	// With -json, standard output is valid JSON even if nothing could be
	// analyzed, and shows the error as go vet -json does.
	stdout, _, code = runDriver(t, []*analysis.Analyzer{fakeanalyzer.Analyzer}, "-C", dir, "-json", "./x")
	want = `{
	"example.com/bad/x": {
		"fakecharge": {
			"error": "package example.com/bad/x does not type-check: x/x.go:3:9: undefined: foo\n\tx/x.go:4:9: undefined: bar\n\tx/x.go:5:9: undefined: baz\n\t(and 1 more error)"
		}
	}
}
`
	if code != ExitError || stdout != want {
		t.Errorf("-json ./x: exit %d, stdout:\n%s\nwant:\n%s", code, stdout, want)
	}
}

// overlapAnalyzer reports each call of lib.Charge twice, with fixes that
// overlap: the second cannot be merged with the first.
var overlapAnalyzer = &analysis.Analyzer{
	Name: "overlap",
	Doc:  "report calls twice with overlapping fixes",
	Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok || sel.Sel.Name != "Charge" {
					return true
				}
				for _, repl := range []string{"lib.ChargeChecked", "lib.ChargeOther"} {
					pass.Report(analysis.Diagnostic{
						Pos: call.Pos(), Message: "call of Charge (" + repl + ")",
						SuggestedFixes: []analysis.SuggestedFix{{
							Message:   "Use " + repl,
							TextEdits: []analysis.TextEdit{{Pos: sel.Pos(), End: sel.End(), NewText: []byte(repl)}},
						}},
					})
				}
				return true
			})
		}
		return nil, nil
	},
}

func TestRunFix(t *testing.T) {
	needGo(t)
	fake := []*analysis.Analyzer{fakeanalyzer.Analyzer}

	t.Run("all fixes applied", func(t *testing.T) {
		dir := writeModule(t, tinyModule)
		stdout, stderr, code := runDriver(t, fake, "-C", dir, "-fix", "./wrap")
		if code != ExitOK || stdout != "" || stderr != "" {
			t.Errorf("exit %d, stdout %q, stderr %q; want 0 and nothing", code, stdout, stderr)
		}
		got, _ := os.ReadFile(filepath.Join(dir, "wrap", "wrap.go"))
		if want := strings.Replace(tinyModule["wrap/wrap.go"], "lib.Charge()", "lib.ChargeChecked()", 1); string(got) != want {
			t.Errorf("wrap.go:\n%s\nwant:\n%s", got, want)
		}
	})

	t.Run("findings without fixes remain", func(t *testing.T) {
		dir := writeModule(t, tinyModule)
		stdout, stderr, code := runDriver(t, fake, "-C", dir, "-fix", "./...")
		if code != ExitFindings || stdout != "" || stderr != "lint: 1 finding has no suggested fix; run lint without -fix to list them\n" {
			t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
		}
		// wrap.Pay now calls ChargeChecked, so it is no longer a wrapper.
		stdout, _, code = runDriver(t, fake, "-C", dir, "./...")
		if code != ExitOK || stdout != "" {
			t.Errorf("after -fix: exit %d, findings:\n%s", code, stdout)
		}
	})

	t.Run("diff", func(t *testing.T) {
		dir := writeModule(t, tinyModule)
		stdout, _, code := runDriver(t, fake, "-C", dir, "-fix", "-diff", "./wrap")
		want := `--- a/wrap/wrap.go
+++ b/wrap/wrap.go
@@ -3,4 +3,4 @@
 import "example.com/tiny/lib"
 
 // Pay wraps lib.Charge.
-func Pay() error { return lib.Charge() }
+func Pay() error { return lib.ChargeChecked() }
`
		if code != ExitOK || stdout != want {
			t.Errorf("exit %d, diff:\n%s\nwant:\n%s", code, stdout, want)
		}
		if got, _ := os.ReadFile(filepath.Join(dir, "wrap", "wrap.go")); string(got) != tinyModule["wrap/wrap.go"] {
			t.Errorf("-diff changed wrap.go")
		}
	})

	t.Run("conflict", func(t *testing.T) {
		dir := writeModule(t, tinyModule)
		stdout, stderr, code := runDriver(t, []*analysis.Analyzer{overlapAnalyzer}, "-C", dir, "-fix", "./wrap")
		wantErr := `lint: wrap/wrap.go:6:27: fix "Use lib.ChargeOther" (overlap) not applied: it conflicts with another fix
lint: 1 of 2 fixes applied; run lint -fix again to apply the rest
`
		if code != ExitFindings || stdout != "" || stderr != wantErr {
			t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant %d and:\n%s", code, stdout, stderr, ExitFindings, wantErr)
		}
		got, _ := os.ReadFile(filepath.Join(dir, "wrap", "wrap.go"))
		if !strings.Contains(string(got), "return lib.ChargeChecked()") {
			t.Errorf("wrap.go:\n%s", got)
		}
	})
}

// TestRunRobust runs analyzers that misbehave in ways the driver must
// survive: one that reads TypesInfo in packages with no files (packages
// from export data), and one that fails.
func TestRunRobust(t *testing.T) {
	needGo(t)
	dir := writeModule(t, tinyModule)
	careless := &analysis.Analyzer{
		Name:      "careless",
		Doc:       "reads TypesInfo everywhere",
		FactTypes: []analysis.Fact{new(testFact)},
		Run: func(pass *analysis.Pass) (any, error) {
			n := len(pass.TypesInfo.Defs) + len(pass.Files)
			if pass.Pkg.Path() == "fmt" && n != 0 {
				return nil, errors.New("fmt should have no syntax")
			}
			return nil, nil
		},
	}
	stdout, stderr, code := runDriver(t, []*analysis.Analyzer{careless}, "-C", dir, "./app")
	if code != ExitOK || stdout != "" || stderr != "" {
		t.Errorf("careless: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}

	failing := &analysis.Analyzer{
		Name: "failing",
		Doc:  "fails",
		Run:  func(*analysis.Pass) (any, error) { return nil, errors.New("boom") },
	}
	dependent := &analysis.Analyzer{
		Name:     "dependent",
		Doc:      "requires failing",
		Requires: []*analysis.Analyzer{failing},
		Run:      func(*analysis.Pass) (any, error) { return nil, nil },
	}
	stdout, stderr, code = runDriver(t, []*analysis.Analyzer{failing, dependent}, "-C", dir, "./lib")
	if code != ExitError || stdout != "" || stderr != "lint: analyzer failing failed on package example.com/tiny/lib: boom\n" {
		t.Errorf("failing: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	stdout, _, code = runDriver(t, []*analysis.Analyzer{failing}, "-C", dir, "-json", "./lib")
	if code != ExitError || stdout != "{\n\t\"example.com/tiny/lib\": {\n\t\t\"failing\": {\n\t\t\t\"error\": \"boom\"\n\t\t}\n\t}\n}\n" {
		t.Errorf("failing -json: exit %d, stdout %q", code, stdout)
	}
}
