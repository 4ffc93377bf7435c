// Command vettool runs the stripeerrlint suite under unitchecker, the
// protocol of go vet -vettool (and, package by package with facts passed
// between actions, of Bazel's nogo). It is built and run by
// analyzer/suite/nogo_test.go to check that the suite finds under that protocol
// exactly what it finds under the standalone driver; users run
// cmd/stripeerrlint.
package main

import (
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/stripeerrlint/stripeerrlint/analyzer/suite"
)

func main() {
	unitchecker.Main(suite.Analyzers()...)
}
