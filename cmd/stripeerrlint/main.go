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
// "stripeerrlint -help" lists the flags (-NAME turns analyzer NAME on or
// off, -NAME.FLAG sets one of its flags, and the command has flags of its
// own, such as -fix, -diff, -format and -C) and says what each exit status
// means: 0 no findings, 1 an error, 3 findings. The README has the same
// tables; both come from package internal/driver, where each is written
// once.
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
