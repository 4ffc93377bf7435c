// Package directive defines the analyzer through which every stripeerrlint
// rule reports, so that suppression directives and the generated-file policy
// hold in every driver (the stripeerrlint command, go vet, go fix, gopls,
// golangci-lint and nogo), and that reports misused directives.
//
// # Analyzer stripeerrlint
//
// stripeerrlint: check //stripeerrlint:ignore directives
//
// A finding of any stripeerrlint rule is suppressed by a comment
//
//	//stripeerrlint:ignore RULE[,RULE...] REASON
//
// on the line of the finding or on the line above it (text after a
// further // is an ordinary comment, not part of the reason). The reason is
// required: a suppression nobody can explain is a finding waiting to come
// back. This analyzer reports a directive that names no rule, names a rule
// stripeerrlint does not have, or gives no reason, and any other
// //stripeerrlint: comment it does not understand.
//
// Findings in generated files (a "// Code generated ... DO NOT EDIT."
// comment, as go/ast.IsGenerated recognises) are not reported unless the
// -stripeerrlint.check-generated flag is set.
package directive
