package suite_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/tools/go/analysis"

	"github.com/stripeerrlint/stripeerrlint/analyzer/directive"
	"github.com/stripeerrlint/stripeerrlint/analyzer/suite"
	"github.com/stripeerrlint/stripeerrlint/internal/ruledoc"
)

func TestSuiteValidates(t *testing.T) {
	if err := analysis.Validate(suite.Analyzers()); err != nil {
		t.Fatal(err)
	}
}

// TestKnownRules holds directive.KnownRules, what //stripeerrlint:ignore
// accepts, equal to the suite's rules.
func TestKnownRules(t *testing.T) {
	var names []string
	for _, a := range suite.Analyzers() {
		if a != directive.Analyzer {
			names = append(names, a.Name)
		}
	}
	slices.Sort(names)
	known := slices.Sorted(slices.Values(directive.KnownRules))
	if !slices.Equal(names, known) {
		t.Errorf("suite rules %v, directive.KnownRules %v: keep them equal", names, known)
	}
	if last := suite.Analyzers()[len(suite.Analyzers())-1]; last != directive.Analyzer {
		t.Errorf("the suite must end with directive.Analyzer, ends with %s", last.Name)
	}
}

// TestDocs checks each analyzer's documentation: a summary in vet's style,
// a URL to its page, and the page itself.
func TestDocs(t *testing.T) {
	for _, a := range suite.Analyzers() {
		summary := ruledoc.Summary(a.Doc)
		checkMessageStyle(t, a.Name+" summary", summary)
		if len(summary) > 80 {
			t.Errorf("%s: summary longer than 80 characters: %q", a.Name, summary)
		}
		if a.URL != ruledoc.URL(a.Name) {
			t.Errorf("%s: URL %q, want %q", a.Name, a.URL, ruledoc.URL(a.Name))
		}
		page := filepath.Join("..", "..", "docs", "rules", a.Name+".md")
		if _, err := os.Stat(page); err != nil {
			t.Errorf("%s: no documentation page: %v", a.Name, err)
		}
	}
}

// TestWantMessages checks every expected diagnostic in the fixtures against
// vet's message style: lower case, no trailing period.
func TestWantMessages(t *testing.T) {
	want := regexp.MustCompile("// want (.*)$")
	quoted := regexp.MustCompile("(?:^|\\s)(`[^`]*`|\"(?:[^\"\\\\]|\\\\.)*\")")
	n := 0
	for _, root := range []string{"../../testdata/src", "../../testdata/modules"} {
		err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.Contains(path, "github.com/") {
				return err
			}
			f, err := os.Open(path)
			if err != nil {
				return err
			}
			defer f.Close()
			sc := bufio.NewScanner(f)
			for line := 1; sc.Scan(); line++ {
				m := want.FindStringSubmatch(sc.Text())
				if m == nil {
					continue
				}
				for _, q := range quoted.FindAllStringSubmatch(m[1], -1) {
					msg := q[1][1 : len(q[1])-1]
					n++
					checkMessageStyle(t, fmt.Sprintf("%s:%d", path, line), msg)
				}
			}
			return sc.Err()
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if n == 0 {
		t.Fatal("found no // want comments: the walk is broken")
	}
	t.Logf("checked %d expected messages", n)
}

func checkMessageStyle(t *testing.T, where, msg string) {
	t.Helper()
	msg = strings.TrimSpace(msg)
	if msg == "" {
		t.Errorf("%s: empty message", where)
		return
	}
	if r := []rune(msg)[0]; unicode.IsUpper(r) {
		t.Errorf("%s: message starts with an upper-case letter: %q", where, msg)
	}
	if strings.HasSuffix(msg, ".") && !strings.HasSuffix(msg, "...") {
		t.Errorf("%s: message ends with a period: %q", where, msg)
	}
}
