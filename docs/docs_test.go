package docs_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stripeerrlint/stripeerrlint/analyzer/suite"
	"github.com/stripeerrlint/stripeerrlint/docs"
	"github.com/stripeerrlint/stripeerrlint/internal/ruledoc"
)

// TestEveryAnalyzerHasAPage holds the embedded pages and the suite to one
// another: every analyzer has a page, whose URL is the analyzer's, and
// every page documents an analyzer.
func TestEveryAnalyzerHasAPage(t *testing.T) {
	var names []string
	for _, a := range suite.Analyzers() {
		names = append(names, a.Name)
		page, ok := docs.Rule(a.Name)
		if !ok {
			t.Errorf("analyzer %s has no page docs/rules/%s.md", a.Name, a.Name)
			continue
		}
		if title, _, _ := strings.Cut(page, "\n"); title != "# "+a.Name && !strings.HasPrefix(title, "# "+a.Name+" ") {
			t.Errorf("docs/rules/%s.md does not start with the heading %q", a.Name, "# "+a.Name)
		}
		if a.URL != ruledoc.URL(a.Name) || !strings.HasSuffix(a.URL, "/docs/rules/"+a.Name+".md") {
			t.Errorf("analyzer %s: URL %q does not point at its page", a.Name, a.URL)
		}
	}
	for _, name := range docs.Names() {
		if !slices.Contains(names, name) {
			t.Errorf("docs/rules/%s.md documents no analyzer of the suite", name)
		}
	}
	if len(docs.Names()) == 0 {
		t.Error("no page embedded")
	}
}

func TestRuleRejectsPaths(t *testing.T) {
	for _, name := range []string{"", "../design", "rules/uncheckederr", "uncheckederr.md", "nosuchrule"} {
		if _, ok := docs.Rule(name); ok {
			t.Errorf("Rule(%q) found a page", name)
		}
	}
}
