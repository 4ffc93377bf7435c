package driver

import (
	"flag"
	"strings"
	"testing"

	"github.com/stripeerrlint/stripeerrlint/analyzer/suite"
	"github.com/stripeerrlint/stripeerrlint/docs"
)

// TestHelpPrintsRulePage checks that "help NAME" prints the rule's page
// (docs/rules/NAME.md) followed by its URL and its flags, for every
// analyzer of the suite.
func TestHelpPrintsRulePage(t *testing.T) {
	for _, a := range suite.Analyzers() {
		stdout, stderr, code := runDriver(t, suite.Analyzers(), "help", a.Name)
		page, _ := docs.Rule(a.Name)
		if code != ExitOK || stderr != "" || !strings.HasPrefix(stdout, strings.TrimSpace(page)+"\n") {
			t.Errorf("help %s: exit %d, stderr %q; stdout does not start with its page:\n%s", a.Name, code, stderr, stdout)
			continue
		}
		rest := strings.TrimPrefix(stdout, strings.TrimSpace(page)+"\n")
		if !strings.Contains(rest, a.URL) {
			t.Errorf("help %s: no URL after the page:\n%s", a.Name, rest)
		}
		n := 0
		a.Flags.VisitAll(func(f *flag.Flag) {
			n++
			if !strings.Contains(rest, "-"+a.Name+"."+f.Name) {
				t.Errorf("help %s: flag -%s.%s not listed after the page:\n%s", a.Name, a.Name, f.Name, rest)
			}
		})
		if (n > 0) != strings.Contains(rest, "\nFlags:\n") {
			t.Errorf("help %s: %d flags, but:\n%s", a.Name, n, rest)
		}
	}
}
