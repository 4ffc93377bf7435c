// Command stripeerrlint reports mistakes in Go code that uses Stripe's Go
// SDK: unchecked or misclassified Stripe API errors, and the like. Run
// "stripeerrlint help" for the list of analyzers.
//
// Usage:
//
//	stripeerrlint [flags] packages...       analyze packages, for example ./...
//	stripeerrlint help                      list the analyzers
//	stripeerrlint help analyzer             print an analyzer's documentation and flags
//
// It also works as a go vet or go fix tool, run by go once per package:
//
//	go vet -vettool=$(command -v stripeerrlint) [flags] packages...
//	go fix -fixtool=$(command -v stripeerrlint) packages...
//
// Findings are printed on standard output as "file:line:col: message",
// sorted by position, with file names relative to the current directory
// (or in JSON or SARIF, see -format); errors and warnings go to standard
// error. No output shows a Stripe secret key in full (sk_live_…Xy9Z).
//
// Flags:
//
//	-NAME          run analyzer NAME: all run by default; -NAME=false turns
//	               one off, and -NAME (=true) runs only the analyzers so named
//	-NAME.FLAG     set a flag of analyzer NAME (see "stripeerrlint help NAME")
//	-format F      output format: text (the default), json (the tree go vet
//	               -json prints) or sarif (SARIF 2.1.0, for code scanning)
//	-json          print findings as JSON, the tree go vet -json prints
//	               (-format=json)
//	-suppressed    with -format sarif, include findings suppressed by
//	               //stripeerrlint:ignore, marked as suppressed (default
//	               true; GitHub code scanning opens alerts for them, so
//	               set -suppressed=false there)
//	-fix           apply the first suggested fix of each finding (the edits
//	               only: nothing else in the file is reformatted); fixes that
//	               conflict with one already applied are skipped with a warning
//	-diff          with -fix, print a unified diff instead of writing files
//	-C dir         run as if started in dir
//	-test          analyze test files too (default true)
//	-c N           show each finding's line with N lines of context
//	-V=full        print the version, as go vet expects
//	-debug FLAGS   v verbose loading, t timing, p no parallelism, s fact checks
//
// Exit status:
//
//	0  no findings (with -fix: every fix was applied)
//	1  error: a bad flag, a package that cannot be loaded or does not
//	   type-check, an analyzer failure, a file that could not be written
//	   (1 wins over 3 when both apply)
//	3  findings were reported (with -fix: findings are left, because they
//	   have no suggested fix or their fix conflicted with another)
//
// Under go vet, go's own conventions apply: go vet exits 1 when there are
// findings, and go fix -diff exits 1 when the diff is not empty.
package main

import (
	"github.com/stripeerrlint/stripeerrlint/analyzer/suite"
	"github.com/stripeerrlint/stripeerrlint/internal/driver"
)

func main() {
	driver.Main(suite.Analyzers())
}
