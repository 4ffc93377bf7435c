package driver

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/stripeerrlint/stripeerrlint/analyzer/suite"
)

// sarifApp is a GOPATH-mode package for the real suite, on the SDK stubs
// of testdata/src, with one finding of each kind the SARIF output must
// carry: a fix that adds an import (secretkey), related information and a
// fix (retrykey), a finding suppressed by a directive, and one after a
// non-ASCII character on its line (UTF-16 columns).
const sarifApp = `// Package app has one finding of each kind the SARIF test looks for.
package app

import (
	"time"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/customer"
	"github.com/stripe/stripe-go/v72/refund"
)

func init() {
	stripe.Key = "sk_test_FAKEFAKE0123456789Cd"
}

func retry(charge string) error {
	p := &stripe.RefundParams{Charge: stripe.String(charge)}
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		_, err = refund.New(p)
		if err == nil {
			break
		}
		time.Sleep(time.Second)
	}
	return err
}

func cleanup(id string) {
	//stripeerrlint:ignore uncheckederr best-effort cleanup; the nightly job retries
	customer.Del(id, nil)
}

func drop(id string) {
	/* € */ customer.Del(id, nil)
}
`

// gopathEnv sets up GOPATH mode for the go command the driver runs:
// GOPATH is gopath then the repository's testdata (the SDK stubs).
func gopathEnv(t *testing.T, gopath string) {
	t.Helper()
	needGo(t)
	stubs, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	path := stubs
	if gopath != "" {
		path = gopath + string(filepath.ListSeparator) + stubs
	}
	t.Setenv("GOPATH", path)
	t.Setenv("GO111MODULE", "off")
	t.Setenv("GOFLAGS", "")
}

// sarifRepo writes sarifApp into a new repository (a directory with .git)
// at gopath/src/app and returns the repository root and the app's directory.
func sarifRepo(t *testing.T) (root, appDir string) {
	t.Helper()
	root, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	appDir = filepath.Join(root, "gopath", "src", "app")
	for _, dir := range []string{filepath.Join(root, ".git"), appDir} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(appDir, "app.go"), []byte(sarifApp), 0o644); err != nil {
		t.Fatal(err)
	}
	gopathEnv(t, filepath.Join(root, "gopath"))
	return root, appDir
}

// validateSARIF validates a SARIF log against the SARIF 2.1.0 JSON schema
// (OASIS, errata01), with format assertions.
func validateSARIF(t *testing.T, log []byte) error {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	schemaDoc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(sarifSchema, schemaDoc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile(sarifSchema)
	if err != nil {
		t.Fatalf("compiling the SARIF schema: %v", err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(log))
	if err != nil {
		return err
	}
	return schema.Validate(inst)
}

// TestSARIF runs the suite with -format sarif, validates the log against
// the SARIF 2.1.0 schema, and checks what code scanning relies on.
func TestSARIF(t *testing.T) {
	root, appDir := sarifRepo(t)
	analyzers := suite.Analyzers()
	stdout, stderr, code := runDriver(t, analyzers, "-C", appDir, "-format", "sarif", ".")
	if code != ExitFindings || stderr != "" {
		t.Fatalf("exit %d, stderr %q; want %d and nothing", code, stderr, ExitFindings)
	}
	if err := validateSARIF(t, []byte(stdout)); err != nil {
		t.Fatalf("the log does not validate against the SARIF 2.1.0 schema: %v\n%s", err, stdout)
	}

	var log sarifLog
	if err := json.Unmarshal([]byte(stdout), &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || log.Schema != sarifSchema || len(log.Runs) != 1 {
		t.Fatalf("version %q, $schema %q, %d runs", log.Version, log.Schema, len(log.Runs))
	}
	run := log.Runs[0]
	drv := run.Tool.Driver
	wantVersion, _ := version()
	if drv.Name != "stripeerrlint" || drv.Version != wantVersion || !strings.HasPrefix(drv.Version, "devel comments-go-here buildID=") || drv.InformationURI != informationURI {
		t.Errorf("tool.driver: %+v", drv)
	}
	if len(drv.Rules) != len(analyzers) {
		t.Fatalf("%d rules, want one per analyzer (%d)", len(drv.Rules), len(analyzers))
	}
	for i, a := range analyzers {
		r := drv.Rules[i]
		if r.ID != a.Name || r.HelpURI != a.URL || r.ShortDescription.Text != summary(a) || r.FullDescription == nil ||
			r.Help == nil || !strings.HasPrefix(r.Help.Markdown, "# "+a.Name) || r.DefaultConfiguration.Level != "warning" {
			t.Errorf("rule %d: %+v", i, r)
		}
	}
	if run.ColumnKind != "utf16CodeUnits" {
		t.Errorf("columnKind %q", run.ColumnKind)
	}
	if got, want := run.OriginalURIBaseIDs[sarifSrcRoot].URI, "file://"+filepath.ToSlash(root)+"/"; got != want {
		t.Errorf("SRCROOT = %q, want %q (the directory holding .git)", got, want)
	}
	if !run.Invocations[0].ExecutionSuccessful {
		t.Errorf("invocation not successful: %+v", run.Invocations)
	}

	// The results, in position order; each file URI relative to SRCROOT.
	type want struct {
		rule, category             string
		line, col, endLine, endCol int
		fixes, related             int
		suppressed                 string
		messagePrefix              string
	}
	wants := []want{
		{"secretkey", "testkey", 13, 15, 13, 45, 1, 0, "", "test secret key sk_test_…89Cd in source code"},
		{"retrykey", "nokey", 20, 12, 20, 23, 1, 1, "", "refund.New is retried without a stable idempotency key"},
		{"uncheckederr", "discarded", 31, 2, 31, 15, 0, 0, "best-effort cleanup; the nightly job retries", "error returned by customer.Del is not checked"},
		// "\t/* € */ ": 11 bytes (column 12), 9 UTF-16 code units (column 10).
		{"uncheckederr", "discarded", 35, 10, 35, 23, 0, 0, "", "error returned by customer.Del is not checked"},
	}
	if len(run.Results) != len(wants) {
		t.Fatalf("%d results, want %d:\n%s", len(run.Results), len(wants), stdout)
	}
	for i, w := range wants {
		res := run.Results[i]
		loc := res.Locations[0].PhysicalLocation
		r := loc.Region
		if res.RuleID != w.rule || drv.Rules[res.RuleIndex].ID != w.rule || res.Level != "warning" ||
			res.Properties == nil || res.Properties.Category != w.category ||
			!strings.HasPrefix(res.Message.Text, w.messagePrefix) ||
			loc.ArtifactLocation != (sarifArtifactLocation{URI: "gopath/src/app/app.go", URIBaseID: sarifSrcRoot}) ||
			r == nil || *r != (sarifRegion{w.line, w.col, w.endLine, w.endCol}) ||
			len(res.Fixes) != w.fixes || len(res.RelatedLocations) != w.related {
			b, _ := json.MarshalIndent(res, "", "  ")
			t.Errorf("result %d, want %+v:\n%s", i, w, b)
			continue
		}
		switch {
		case w.suppressed == "" && len(res.Suppressions) != 0:
			t.Errorf("result %d is suppressed: %+v", i, res.Suppressions)
		case w.suppressed != "":
			if len(res.Suppressions) != 1 || res.Suppressions[0].Kind != "inSource" || res.Suppressions[0].Justification != w.suppressed ||
				res.Suppressions[0].Location == nil || res.Suppressions[0].Location.PhysicalLocation.Region.StartLine != w.line-1 {
				t.Errorf("result %d: suppressions %+v", i, res.Suppressions)
			}
		}
	}

	// The secretkey fix: an import added at an insertion point (in the
	// standard group, before "time"), and the literal replaced.
	fix := run.Results[0].Fixes[0]
	if len(fix.ArtifactChanges) != 1 || len(fix.ArtifactChanges[0].Replacements) != 2 {
		t.Fatalf("secretkey fix: %+v", fix)
	}
	imp, lit := fix.ArtifactChanges[0].Replacements[0], fix.ArtifactChanges[0].Replacements[1]
	if imp.DeletedRegion != (sarifRegion{5, 2, 5, 2}) || imp.InsertedContent == nil || imp.InsertedContent.Text != "\"os\"\n\t" ||
		lit.DeletedRegion != (sarifRegion{13, 15, 13, 45}) || lit.InsertedContent == nil || lit.InsertedContent.Text != `os.Getenv("STRIPE_SECRET_KEY")` ||
		!strings.HasPrefix(fix.Description.Text, "Read it from the STRIPE_SECRET_KEY environment variable") {
		t.Errorf("secretkey fix: %+v", fix)
	}
	// The retrykey related location: the loop.
	rel := run.Results[1].RelatedLocations[0]
	if rel.Message == nil || rel.Message.Text != "retried by this loop" || *rel.PhysicalLocation.Region != (sarifRegion{19, 2, 19, 5}) {
		t.Errorf("retrykey related location: %+v", rel)
	}

	// The validator is not vacuous: a wrong level fails.
	broken := strings.Replace(stdout, `"level": "warning"`, `"level": "fatal"`, 1)
	if err := validateSARIF(t, []byte(broken)); err == nil {
		t.Error("a result with level \"fatal\" validates")
	}
}

// TestSARIFSuppressedOnlyInSARIF checks that the suppressed finding never
// reaches text or JSON output, and that in SARIF it follows the selection
// of analyzers whether or not the directive analyzer is selected.
func TestSARIFSuppressedOnlyInSARIF(t *testing.T) {
	_, appDir := sarifRepo(t)
	analyzers := suite.Analyzers()

	text, _, _ := runDriver(t, analyzers, "-C", appDir, ".")
	if strings.Contains(text, "app.go:31:") || strings.Count(text, "customer.Del is not checked") != 1 {
		t.Errorf("text shows the suppressed finding:\n%s", text)
	}
	jsonOut, _, _ := runDriver(t, analyzers, "-C", appDir, "-json", ".")
	if strings.Contains(jsonOut, "app.go:31:") || strings.Count(jsonOut, "customer.Del is not checked") != 1 {
		t.Errorf("JSON shows the suppressed finding:\n%s", jsonOut)
	}

	count := func(args ...string) (results, suppressed int) {
		t.Helper()
		stdout, stderr, _ := runDriver(t, analyzers, append([]string{"-C", appDir, "-format=sarif"}, args...)...)
		var log sarifLog
		if err := json.Unmarshal([]byte(stdout), &log); err != nil {
			t.Fatalf("%q: %v (stderr %q)", args, err, stderr)
		}
		for _, r := range log.Runs[0].Results {
			results++
			if len(r.Suppressions) > 0 {
				suppressed++
			}
		}
		return results, suppressed
	}
	// Only uncheckederr: the directive analyzer is not selected, but its
	// record of suppressions is read all the same.
	if n, s := count("-uncheckederr", "."); n != 2 || s != 1 {
		t.Errorf("-uncheckederr: %d results, %d suppressed; want 2 and 1", n, s)
	}
	// uncheckederr off: its suppressed finding goes too.
	if n, s := count("-uncheckederr=false", "."); n != 2 || s != 0 {
		t.Errorf("-uncheckederr=false: %d results, %d suppressed; want 2 and 0", n, s)
	}
	// -suppressed=false (for GitHub code scanning, which opens alerts for
	// suppressed results): only the findings that were reported.
	if n, s := count("-suppressed=false", "."); n != 3 || s != 0 {
		t.Errorf("-suppressed=false: %d results, %d suppressed; want 3 and 0", n, s)
	}
}

// TestSARIFNothingAnalyzed checks that a run that analyzes nothing still
// prints a valid log.
func TestSARIFNothingAnalyzed(t *testing.T) {
	needGo(t)
	dir := writeModule(t, map[string]string{"go.mod": "module example.com/broken\n\ngo 1.26\n", "p/p.go": "package p\n\nvar x int = \"\"\n"})
	stdout, _, code := runDriver(t, suite.Analyzers(), "-C", dir, "-format=sarif", "./...")
	if code != ExitError {
		t.Errorf("exit %d, want %d", code, ExitError)
	}
	if err := validateSARIF(t, []byte(stdout)); err != nil {
		t.Errorf("%v:\n%s", err, stdout)
	}
}

func TestRepoRoot(t *testing.T) {
	root := t.TempDir()
	mod := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(mod, 0o755); err != nil {
		t.Fatal(err)
	}
	if got := repoRoot(mod); got != mod {
		t.Errorf("no .git: repoRoot = %q, want the module root %q", got, mod)
	}
	// A worktree or submodule has a .git file.
	if err := os.WriteFile(filepath.Join(root, "a", ".git"), []byte("gitdir: elsewhere\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, want := repoRoot(mod), filepath.Join(root, "a"); got != want {
		t.Errorf("repoRoot = %q, want %q", got, want)
	}
}
