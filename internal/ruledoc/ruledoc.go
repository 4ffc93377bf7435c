// Package ruledoc gives every stripeerrlint analyzer its documentation from
// one source: the package comment of the rule's doc.go, which is at once the
// godoc, the analyzer's Doc (what `stripeerrlint help NAME`, vet and gopls
// print) and, through URL, a link to docs/rules/NAME.md.
//
// A rule's doc.go has this form:
//
//	// Package uncheckederr defines an Analyzer that reports ...
//	//
//	// # Analyzer uncheckederr
//	//
//	// uncheckederr: report Stripe API calls whose error is not checked
//	//
//	// The full description ...
//	package uncheckederr
//
// and the analyzer embeds it (//go:embed doc.go) and calls
// MustExtract(doc, "uncheckederr").
package ruledoc

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// BaseURL is where the rule documentation lives; URL appends NAME.md.
const BaseURL = "https://github.com/stripeerrlint/stripeerrlint/blob/main/docs/rules/"

// URL returns the documentation URL of the rule named name.
func URL(name string) string { return BaseURL + name + ".md" }

// MustExtract is Extract for package initialisation: a doc.go without the
// required section is a programming error, caught by every test.
func MustExtract(goSource, name string) string {
	doc, err := Extract(goSource, name)
	if err != nil {
		panic(fmt.Sprintf("ruledoc: %s: %v", name, err))
	}
	return doc
}

// Extract returns the "# Analyzer NAME" section of the package comment in
// goSource, without the heading and without the "NAME:" prefix of its first
// line: the form analysis.Analyzer.Doc expects (summary line, blank line,
// description). The section ends at the next heading or at the end of the
// comment.
func Extract(goSource, name string) (string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", goSource, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		return "", fmt.Errorf("doc.go does not parse: %v", err)
	}
	if f.Doc == nil {
		return "", fmt.Errorf("doc.go has no package comment")
	}
	heading := "Analyzer " + name
	for _, section := range strings.Split("\n"+f.Doc.Text(), "\n# ") {
		title, body, _ := strings.Cut(section, "\n")
		if strings.TrimSpace(title) != heading {
			continue
		}
		body = strings.TrimSpace(body)
		summary, ok := strings.CutPrefix(body, name+":")
		if !ok {
			return "", fmt.Errorf("heading %q is not followed by a %q line", heading, name+": summary")
		}
		return strings.TrimSpace(summary), nil
	}
	return "", fmt.Errorf("package comment has no %q heading", "# "+heading)
}

// Summary returns the first line of an analyzer's Doc.
func Summary(doc string) string {
	first, _, _ := strings.Cut(doc, "\n")
	return strings.TrimSpace(first)
}
