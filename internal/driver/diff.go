package driver

import (
	"fmt"

	udiff "github.com/aymanbagabas/go-udiff"
)

// unifiedDiff returns the unified diff that turns before into after, with
// the given file labels ("--- oldLabel", "+++ newLabel") and three lines
// of context, as diff -u and git diff show them, or "" if the two are
// equal. A last line without a newline is marked with "\ No newline at
// end of file".
//
// The diff is go-udiff's: a copy of x/tools' internal/diff, the line diff
// that gopls and go fix -diff print, which golangci-lint uses too.
func unifiedDiff(oldLabel, newLabel, before, after string) (string, error) {
	edits := udiff.Lines(before, after)
	d, err := udiff.ToUnified(oldLabel, newLabel, before, edits, udiff.DefaultContextLines)
	if err != nil {
		// Lines returns consistent edits; this cannot happen.
		return "", fmt.Errorf("diff of %s: %v", oldLabel, err)
	}
	return d, nil
}
