package docs_test

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stripeerrlint/stripeerrlint/analyzer/suite"
	"github.com/stripeerrlint/stripeerrlint/docs"
	"github.com/stripeerrlint/stripeerrlint/internal/ruledoc"
)

// TestEveryAnalyzerHasAPage holds the embedded pages and the suite to one
// another: every analyzer has a page, which gives the analyzer its Doc and
// whose URL is the analyzer's, and every page documents an analyzer.
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
		if doc, err := ruledoc.FromPage(page, a.Name); err != nil || a.Doc != doc {
			t.Errorf("analyzer %s: Doc is not the one its page gives (set Doc: ruledoc.Doc(name)); page error: %v", a.Name, err)
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

// TestDocGoPointsAtThePage keeps the page the one source of a rule's prose:
// each analyzer package's doc.go is a short package comment that names the
// page, not a second copy of it.
func TestDocGoPointsAtThePage(t *testing.T) {
	files, err := filepath.Glob("../rules/*/doc.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no rules/*/doc.go: %v", err)
	}
	files = append(files, "../analyzer/directive/doc.go")
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(token.NewFileSet(), file, src, parser.ParseComments|parser.PackageClauseOnly)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(filepath.Dir(file))
		if name == "directive" {
			name = "stripeerrlint"
		}
		text := f.Doc.Text()
		if !strings.Contains(text, "docs/rules/"+name+".md") {
			t.Errorf("%s: the package comment does not point at docs/rules/%s.md", file, name)
		}
		if n := strings.Count(text, "\n"); n > 8 {
			t.Errorf("%s: the package comment has %d lines: the prose belongs in docs/rules/%s.md", file, n, name)
		}
	}
}
