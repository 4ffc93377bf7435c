package ruledoc

import (
	"strings"
	"testing"
)

const good = `// Package demo is a demo.
//
// # Analyzer demo
//
// demo: report demo things
//
// The demo analyzer reports things.
//
// # Other section
//
// Not part of it.
package demo
`

func TestExtract(t *testing.T) {
	doc, err := Extract(good, "demo")
	if err != nil {
		t.Fatal(err)
	}
	want := "report demo things\n\nThe demo analyzer reports things."
	if doc != want {
		t.Errorf("Extract = %q, want %q", doc, want)
	}
	if got := Summary(doc); got != "report demo things" {
		t.Errorf("Summary = %q", got)
	}
}

func TestExtractErrors(t *testing.T) {
	for _, tc := range []struct{ src, name, want string }{
		{"package demo\n", "demo", "no package comment"},
		{good, "other", `no "# Analyzer other" heading`},
		{"// Package demo.\n//\n// # Analyzer demo\n//\n// report things\npackage demo\n", "demo", "not followed by"},
		{"not go", "demo", "does not parse"},
	} {
		_, err := Extract(tc.src, tc.name)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Extract(%q, %q) error = %v, want it to contain %q", tc.src, tc.name, err, tc.want)
		}
	}
}

func TestURL(t *testing.T) {
	if got := URL("uncheckederr"); got != BaseURL+"uncheckederr.md" {
		t.Errorf("URL = %q", got)
	}
}
