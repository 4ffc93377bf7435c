// Package ruledoc gives every stripeerrlint analyzer its documentation from
// one source: the rule's page, docs/rules/NAME.md, embedded by package docs.
// The page is at once what `stripeerrlint help NAME` prints, what the URL of
// each diagnostic links (gopls, SARIF), and, through Doc, the analyzer's Doc
// (what go vet help, gopls and the command's analyzer list print). The
// rule's doc.go is a short package comment that points at the page.
//
// A page opens with its title and, on the first line after it, the summary
// in the form of x/tools' analyzer docs:
//
//	# uncheckederr
//
//	uncheckederr: report Stripe API calls whose error is not checked
//
//	Category codes: ...
//
// Doc returns the summary (without "NAME: "), a blank line, then the rest
// of the page: the go/analysis convention of a one-line title followed by
// the description.
package ruledoc

import (
	"fmt"
	"strings"

	"github.com/stripeerrlint/stripeerrlint/docs"
)

// BaseURL is where the rule documentation lives; URL appends NAME.md.
const BaseURL = "https://github.com/stripeerrlint/stripeerrlint/blob/main/docs/rules/"

// URL returns the documentation URL of the rule named name.
func URL(name string) string { return BaseURL + name + ".md" }

// Doc returns the Analyzer.Doc of the analyzer named name, from its page
// docs/rules/NAME.md. It is meant for package initialisation: a missing or
// malformed page is a programming error, caught by every test.
func Doc(name string) string {
	page, ok := docs.Rule(name)
	if !ok {
		panic(fmt.Sprintf("ruledoc: no page docs/rules/%s.md", name))
	}
	doc, err := FromPage(page, name)
	if err != nil {
		panic(fmt.Sprintf("ruledoc: docs/rules/%s.md: %v", name, err))
	}
	return doc
}

// FromPage returns the Analyzer.Doc that the Markdown page gives the
// analyzer named name: the summary of its "NAME: summary" line (the first
// line after the "# NAME" title), a blank line, and the rest of the page.
func FromPage(page, name string) (string, error) {
	title, rest, _ := strings.Cut(page, "\n")
	if title != "# "+name && !strings.HasPrefix(title, "# "+name+" ") {
		return "", fmt.Errorf("page does not start with the title %q", "# "+name)
	}
	rest = strings.TrimLeft(rest, "\n")
	line, body, _ := strings.Cut(rest, "\n")
	summary, ok := strings.CutPrefix(line, name+": ")
	if !ok || strings.TrimSpace(summary) == "" {
		return "", fmt.Errorf("title is not followed by a %q line", name+": summary")
	}
	if body != "" && !strings.HasPrefix(body, "\n") {
		return "", fmt.Errorf("summary %q is followed by more lines: keep it to one", summary)
	}
	body = strings.TrimSpace(body)
	if body == "" {
		return "", fmt.Errorf("page has nothing after its summary")
	}
	return strings.TrimSpace(summary) + "\n\n" + body, nil
}

// Summary returns the first line of an analyzer's Doc.
func Summary(doc string) string {
	first, _, _ := strings.Cut(doc, "\n")
	return strings.TrimSpace(first)
}
