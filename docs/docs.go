// Package docs embeds the user documentation of stripeerrlint's rules,
// docs/rules/NAME.md, so that "stripeerrlint help NAME" prints the same
// page that the URL of each diagnostic (Analyzer.URL) points at.
package docs

import (
	"embed"
	"io/fs"
	"path"
	"slices"
	"strings"
)

//go:embed rules/*.md
var rules embed.FS

// Rule returns the documentation page of the rule (or analyzer) named
// name, in Markdown, and whether there is one.
func Rule(name string) (string, bool) {
	if name == "" || strings.ContainsAny(name, "/\\.") {
		return "", false
	}
	data, err := rules.ReadFile("rules/" + name + ".md")
	if err != nil {
		return "", false
	}
	return string(data), true
}

// Names returns the names of the documented rules, sorted.
func Names() []string {
	entries, _ := fs.ReadDir(rules, "rules") // the directory is embedded: no error
	var names []string
	for _, e := range entries {
		if name, ok := strings.CutSuffix(e.Name(), ".md"); ok && !e.IsDir() {
			names = append(names, path.Base(name))
		}
	}
	slices.Sort(names)
	return names
}
