package driver

import (
	"bytes"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/stripeerrlint/stripeerrlint/internal/driver/internal/fakeanalyzer"
)

// The tests of this file build modules that the go command cannot load,
// each for one reason, and check the exact messages. None needs the
// network: GOPROXY=off, or replacements by local directories.

// fake returns the analyzers these tests run.
func fake() []*analysis.Analyzer { return []*analysis.Analyzer{fakeanalyzer.Analyzer} }

// goEnv sets the go command's environment for a test.
func goEnv(t *testing.T, goflags, goproxy string) {
	t.Helper()
	needGo(t)
	t.Setenv("GOFLAGS", goflags)
	t.Setenv("GOPROXY", goproxy)
	t.Setenv("GOWORK", "off")
}

// staleGoMod is a module whose go.mod must be updated before the go
// command lists anything: a replaced dependency requires a newer version
// of another module than go.mod does.
var staleGoMod = map[string]string{
	"go.mod": `module example.com/stale

go 1.26

require (
	example.com/dep v1.0.0
	example.com/other v1.0.0
)

replace (
	example.com/dep v1.0.0 => ./dep
	example.com/other => ./other
)
`,
	"dep/go.mod":   "module example.com/dep\n\ngo 1.26\n\nrequire example.com/other v1.1.0\n",
	"dep/dep.go":   "package dep\n\nfunc F() {}\n",
	"other/go.mod": "module example.com/other\n\ngo 1.26\n",
	"other/o.go":   "package other\n",
	"p/p.go":       "package p\n\nimport \"example.com/dep\"\n\nfunc G() { dep.F() }\n",
}

// TestLoadErrorGoCommand checks that a failure of the go command itself
// is reported in its words, not as "matched no packages", in both load
// paths (a whole module, and a part of it, which first asks for the
// import graph), and in the JSON and SARIF output too.
func TestLoadErrorGoCommand(t *testing.T) {
	goEnv(t, "-mod=readonly", "off")
	dir := writeModule(t, staleGoMod)
	for _, pattern := range []string{"./...", "./p"} {
		stdout, stderr, code := runDriver(t, fake(), "-C", dir, pattern)
		want := `lint: the go command failed to list the packages:
	go: updates to go.mod needed, disabled by -mod=readonly; to update it:
		go mod tidy
lint: nothing was analyzed: fix what the go command reports ('go list -C ` + dir + ` ` + pattern + `' shows the same error), then run again
`
		if code != ExitError || stdout != "" || stderr != want {
			t.Errorf("%s: exit %d, stdout %q, stderr:\n%s\nwant 1, no output and:\n%s", pattern, code, stdout, stderr, want)
		}
	}

	stdout, _, code := runDriver(t, fake(), "-C", dir, "-json", "./...")
	var tree map[string]map[string]jsonError
	if err := json.Unmarshal([]byte(stdout), &tree); err != nil {
		t.Fatalf("-json: %v:\n%s", err, stdout)
	}
	if got := tree["./..."]["fakecharge"].Err; code != ExitError || !strings.HasPrefix(got, "the go command failed to list the packages:\n\tgo: updates to go.mod needed") {
		t.Errorf("-json: exit %d, error %q", code, got)
	}

	stdout, _, code = runDriver(t, fake(), "-C", dir, "-format=sarif", "./...")
	inv := sarifInvocationOf(t, stdout)
	if code != ExitError || inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != 1 ||
		inv.ToolExecutionNotifications[0].Level != "error" ||
		!strings.Contains(inv.ToolExecutionNotifications[0].Message.Text, "go: updates to go.mod needed") {
		t.Errorf("sarif: exit %d, invocation %+v", code, inv)
	}
}

// sarifInvocationOf validates a SARIF log and returns its invocation.
func sarifInvocationOf(t *testing.T, log string) sarifInvocation {
	t.Helper()
	if err := validateSARIF(t, []byte(log)); err != nil {
		t.Fatalf("%v:\n%s", err, log)
	}
	var l sarifLog
	if err := json.Unmarshal([]byte(log), &l); err != nil || len(l.Runs) != 1 || len(l.Runs[0].Invocations) != 1 {
		t.Fatalf("%v:\n%s", err, log)
	}
	return l.Runs[0].Invocations[0]
}

// TestLoadErrorTestVariant checks a package whose test files do not
// type-check: it is analyzed without them (its finding is reported),
// the message names the test variant and the file and mentions
// -test=false, and the external test package, which imports the test
// variant, is not analyzed.
func TestLoadErrorTestVariant(t *testing.T) {
	goEnv(t, "-mod=mod", "off")
	dir := writeModule(t, map[string]string{
		"go.mod":        "module example.com/tv\n\ngo 1.26\n",
		"lib/lib.go":    "package lib\n\nfunc Charge() error { return nil }\n",
		"p/p.go":        "package p\n\nimport \"example.com/tv/lib\"\n\nfunc F() int { _ = lib.Charge(); return 1 }\n",
		"p/p_test.go":   "package p\n\nimport \"testing\"\n\nfunc TestF(t *testing.T) { var s string = F(); _ = s }\n",
		"p/x_test.go":   "package p_test\n\nimport (\n\t\"testing\"\n\n\t\"example.com/tv/p\"\n)\n\nfunc TestG(t *testing.T) { p.F() }\n",
		"q/q.go":        "package q\n",
		"q/q_test.go":   "package q\n",
		"lib/x_test.go": "package lib\n",
	})
	stdout, stderr, code := runDriver(t, fake(), "-C", dir, "./...")
	want := `lint: package example.com/tv/p analyzed without its test files: its test variant does not type-check: p/p_test.go:5:43: cannot use F() (value of type int) as string value in variable declaration
lint: fix p/p_test.go, or run with -test=false to leave test files out
lint: package example.com/tv/p_test not analyzed: it depends on example.com/tv/p with its test files, which has errors
`
	if code != ExitError || stderr != want {
		t.Errorf("exit %d, stderr:\n%s\nwant 1 and:\n%s", code, stderr, want)
	}
	if stdout != "p/p.go:5:20: call of lib.Charge; call lib.ChargeChecked instead\n" {
		t.Errorf("stdout %q", stdout)
	}

	// With -test=false, nothing is wrong.
	stdout, stderr, code = runDriver(t, fake(), "-C", dir, "-test=false", "./...")
	if code != ExitFindings || stderr != "" || stdout != "p/p.go:5:20: call of lib.Charge; call lib.ChargeChecked instead\n" {
		t.Errorf("-test=false: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}

	// SARIF: the warning and the error are notifications.
	stdout, _, _ = runDriver(t, fake(), "-C", dir, "-format=sarif", "./...")
	inv := sarifInvocationOf(t, stdout)
	var levels []string
	for _, n := range inv.ToolExecutionNotifications {
		levels = append(levels, n.Level+": "+strings.SplitN(n.Message.Text, ":", 2)[0])
	}
	wantLevels := []string{"warning: package example.com/tv/p analyzed without its test files", "error: package example.com/tv/p_test not analyzed"}
	if inv.ExecutionSuccessful || strings.Join(levels, "\n") != strings.Join(wantLevels, "\n") {
		t.Errorf("sarif notifications:\n%s\nwant\n%s", strings.Join(levels, "\n"), strings.Join(wantLevels, "\n"))
	}
}

// TestLoadErrorMissingModule checks that a dependency the go command
// could not download is reported once, in the go command's words, and
// not as the importer's "could not import" type error.
func TestLoadErrorMissingModule(t *testing.T) {
	goEnv(t, "-mod=mod", "off")
	dir := writeModule(t, map[string]string{
		"go.mod": "module example.com/nodl\n\ngo 1.26\n\nrequire example.invalid/gone v1.0.0\n",
		"p/p.go": "package p\n\nimport (\n\t\"context\"\n\n\t\"example.invalid/gone/z\"\n)\n\nfunc F(ctx context.Context) { z.A() }\n",
		"q/q.go": "package q\n\nimport _ \"example.com/nodl/p\"\n",
	})
	stdout, stderr, code := runDriver(t, fake(), "-C", dir, "./...")
	want := `lint: package example.invalid/gone/z (imported at p/p.go:6:2) cannot be loaded: the go command could not get its module: module lookup disabled by GOPROXY=off
lint: package example.com/nodl/p not analyzed: it depends on example.invalid/gone/z, which cannot be loaded
lint: package example.com/nodl/q not analyzed: it depends on example.invalid/gone/z, which cannot be loaded
`
	if code != ExitError || stdout != "" || stderr != want {
		t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant 1 and:\n%s", code, stdout, stderr, want)
	}
}

// TestLoadErrorGeneratedPackage checks a package of the main module that
// does not exist (a generated one, not committed), imported by a test
// file: the go command's advice to "go get" it is replaced by what to do.
func TestLoadErrorGeneratedPackage(t *testing.T) {
	goEnv(t, "", "off")
	dir := writeModule(t, map[string]string{
		"go.mod":      "module example.com/gen\n\ngo 1.26\n",
		"lib/lib.go":  "package lib\n\nfunc Charge() error { return nil }\n",
		"p/p.go":      "package p\n\nimport \"example.com/gen/lib\"\n\nfunc F() { lib.Charge() }\n",
		"p/p_test.go": "package p\n\nimport (\n\t\"testing\"\n\n\t\"example.com/gen/mocks\"\n)\n\nfunc TestF(t *testing.T) { mocks.M() }\n",
	})
	stdout, stderr, code := runDriver(t, fake(), "-C", dir, "./...")
	want := `lint: package example.com/gen/mocks (imported at p/p_test.go:6:2) does not exist: it is a package of this module (example.com/gen) that is missing, probably generated and not committed; run 'go generate ./...'
	(a test file imports it: -test=false leaves test files out)
lint: package example.com/gen/p analyzed without its test files, which import a package that cannot be loaded
`
	if code != ExitError || stderr != want {
		t.Errorf("exit %d, stderr:\n%s\nwant 1 and:\n%s", code, stderr, want)
	}
	if stdout != "p/p.go:5:12: call of lib.Charge; call lib.ChargeChecked instead\n" {
		t.Errorf("stdout %q", stdout)
	}

	// -json: the findings, and the missing package as an error.
	stdout, _, _ = runDriver(t, fake(), "-C", dir, "-json", "./...")
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(stdout), &tree); err != nil {
		t.Fatalf("-json: %v:\n%s", err, stdout)
	}
	var e jsonError
	if err := json.Unmarshal(tree["example.com/gen/mocks"]["fakecharge"], &e); err != nil || !strings.HasPrefix(e.Err, "package example.com/gen/mocks (imported at p/p_test.go:6:2) does not exist") {
		t.Errorf("-json: mocks error %q (%v)", e.Err, err)
	}
	var diags []jsonDiagnostic
	if err := json.Unmarshal(tree["example.com/gen/p"]["fakecharge"], &diags); err != nil || len(diags) != 1 {
		t.Errorf("-json: p's findings %v (%v)", diags, err)
	}
}

// TestLoadErrorIncomplete checks a load from which go list left packages
// out, having failed part way (it could not download a module): the type
// checker's "could not import context (no metadata for context)" and
// "redeclared" cascade give way to the go command's own message. go
// list's failures of this kind depend on the network, so go/packages is
// replaced by a stand-in that answers as it does then: the packages,
// with those errors, in export-data mode, and the go command's error in
// graph mode.
func TestLoadErrorIncomplete(t *testing.T) {
	dir := writeModule(t, map[string]string{"go.mod": "module example.com/inc\n\ngo 1.26\n"})
	const goSays = "go: example.invalid/gone@v1.0.0: reading https://proxy.golang.org/example.invalid/gone/@v/v1.0.0.zip: 404 Not Found"
	mod := &packages.Module{Path: "example.com/inc", Main: true, Dir: dir}
	loader := func(cfg *packages.Config, patterns ...string) ([]*packages.Package, error) {
		if cfg.Mode == graphMode {
			return nil, errors.New("err: exit status 1: stderr: go: downloading example.invalid/gone v1.0.0\n" + goSays + "\n")
		}
		return []*packages.Package{{
			ID: "example.com/inc/p", PkgPath: "example.com/inc/p", Name: "p", Module: mod, IllTyped: true,
			GoFiles: []string{filepath.Join(dir, "p", "p.go"), filepath.Join(dir, "p", "q.go")},
			Errors: []packages.Error{
				{Pos: filepath.Join(dir, "p", "p.go") + ":4:2", Msg: "could not import context (no metadata for context)", Kind: packages.TypeError},
				{Pos: filepath.Join(dir, "p", "q.go") + ":3:6", Msg: "X redeclared in this block", Kind: packages.TypeError},
			},
		}}, nil
	}
	noop := &analysis.Analyzer{Name: "noop", Doc: "report nothing", Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	var stdout, stderr bytes.Buffer
	code := run("lint", []*analysis.Analyzer{noop}, []string{"-C", dir, "./..."}, &stdout, &stderr, loader)
	want := `lint: the go command failed to load some packages:
	` + goSays + `
lint: what it could not load was not analyzed: fix what the go command reports ('go list -C ` + dir + ` ./...' shows the same error), then run again
lint: package example.com/inc/p not analyzed: the go command failed to load what it imports
`
	if code != ExitError || stdout.String() != "" || stderr.String() != want {
		t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant 1 and:\n%s", code, stdout.String(), stderr.String(), want)
	}
}
