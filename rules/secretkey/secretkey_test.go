package secretkey_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
	"github.com/stripeerrlint/stripeerrlint/rules/secretkey"
)

var scenarios = []string{
	"secretkey/config", "secretkey/pkglevel", "secretkey/client",
	"secretkey/testfiles", "secretkey/madeup", "secretkey/realworld_fakelive",
}

func TestSecretKey(t *testing.T) {
	fixturetest.Run(t, secretkey.Analyzer, scenarios...)
}

func TestSkipTests(t *testing.T) {
	a := secretkey.Analyzer
	if err := a.Flags.Set(secretkey.SkipTestsFlag, "true"); err != nil {
		t.Fatal(err)
	}
	defer a.Flags.Set(secretkey.SkipTestsFlag, "false")
	analysistest.Run(t, fixturetest.TestData(t), a, "secretkey/skiptests")
}

// TestNoSecretInOutput runs the rule on its fixtures and checks that no
// text it produces (messages, fix titles, fix edits, related information)
// holds a secret of the fixtures: neither the whole secret nor its random
// part beyond the last four characters.
func TestNoSecretInOutput(t *testing.T) {
	var secrets []string
	for _, dir := range append(scenarios, "secretkey/skiptests") {
		files, _ := filepath.Glob(filepath.Join(fixturetest.TestData(t), "src", dir, "*.go"))
		for _, f := range files {
			content, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, line := range strings.Split(string(content), "\n") {
				code, _, _ := strings.Cut(line, "// want")
				for _, s := range stripesdk.FindSecrets(code) {
					full := code[s.Start:s.End]
					secrets = append(secrets, full, full[len(s.Prefix):len(full)-4])
				}
			}
		}
	}
	if len(secrets) < 20 {
		t.Fatalf("found %d secret strings in the fixtures, want at least 20", len(secrets))
	}
	results := analysistest.Run(t, fixturetest.TestData(t), secretkey.Analyzer, scenarios...)
	n := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			texts := []string{d.Message, d.Category}
			for _, rel := range d.Related {
				texts = append(texts, rel.Message)
			}
			for _, fix := range d.SuggestedFixes {
				texts = append(texts, fix.Message)
				for _, e := range fix.TextEdits {
					texts = append(texts, string(e.NewText))
				}
			}
			for _, text := range texts {
				n++
				for _, s := range secrets {
					if strings.Contains(text, s) {
						t.Errorf("%v: output %q holds the secret %q", r.Pass.Fset.Position(d.Pos), text, s)
					}
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no diagnostics")
	}
}

// TestRealSDK runs the rule against the real stripe-go v72.122.0 and
// v85.0.0, so the stubs cannot drift from reality unnoticed.
func TestRealSDK(t *testing.T) {
	for _, module := range []string{"v72", "v85"} {
		t.Run(module, func(t *testing.T) {
			fixturetest.RunModule(t, secretkey.Analyzer, module, "./secretkey/...")
		})
	}
}
