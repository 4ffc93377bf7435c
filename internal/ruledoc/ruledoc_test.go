package ruledoc

import (
	"strings"
	"testing"

	"github.com/stripeerrlint/stripeerrlint/docs"
)

const good = "# demo\n\ndemo: report demo things\n\nThe demo analyzer reports things.\n\n## Why\n\nBecause.\n"

func TestFromPage(t *testing.T) {
	doc, err := FromPage(good, "demo")
	if err != nil {
		t.Fatal(err)
	}
	want := "report demo things\n\nThe demo analyzer reports things.\n\n## Why\n\nBecause."
	if doc != want {
		t.Errorf("FromPage = %q, want %q", doc, want)
	}
	if got := Summary(doc); got != "report demo things" {
		t.Errorf("Summary = %q", got)
	}
	if _, err := FromPage("# demo (a subtitle)\n\ndemo: report demo things\n\nMore.\n", "demo"); err != nil {
		t.Errorf("title with a subtitle: %v", err)
	}
}

func TestFromPageErrors(t *testing.T) {
	for _, tc := range []struct{ page, name, want string }{
		{good, "other", `title "# other"`},
		{"# demos\n\ndemo: report things\n\nMore.\n", "demo", `title "# demo"`},
		{"# demo\n\nReports demo things.\n\nMore.\n", "demo", "not followed by"},
		{"# demo\n\ndemo:\n\nMore.\n", "demo", "not followed by"},
		{"# demo\n\ndemo: report demo\nthings\n\nMore.\n", "demo", "keep it to one"},
		{"# demo\n\ndemo: report demo things\n", "demo", "nothing after"},
	} {
		_, err := FromPage(tc.page, tc.name)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("FromPage(%q, %q) error = %v, want it to contain %q", tc.page, tc.name, err, tc.want)
		}
	}
}

// TestEveryPage checks that every embedded page gives a Doc.
func TestEveryPage(t *testing.T) {
	for _, name := range docs.Names() {
		page, _ := docs.Rule(name)
		if _, err := FromPage(page, name); err != nil {
			t.Errorf("docs/rules/%s.md: %v", name, err)
		}
	}
}

func TestURL(t *testing.T) {
	if got := URL("uncheckederr"); got != BaseURL+"uncheckederr.md" {
		t.Errorf("URL = %q", got)
	}
}
