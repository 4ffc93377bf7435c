// Package directive defines the analyzer through which every stripeerrlint
// rule reports, so that suppression directives and the generated-file policy
// hold in every driver (the stripeerrlint command, go vet, go fix, gopls,
// golangci-lint and nogo), and that reports misused directives.
//
// Its documentation, which is also the analyzer's Doc, is the page
// docs/rules/stripeerrlint.md; see ruledoc for how Doc is taken from it.
package directive
