// Command noopcheck is the floor for the standalone driver's benchmark
// (scripts/benchratios.sh): singlechecker with one analyzer that does
// nothing and has no facts, so that it loads only the requested packages
// from source (packages.LoadSyntax) and their dependencies from export
// data, and runs nothing. stripeerrlint ./... is measured against
// noopcheck ./...
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/singlechecker"
)

var noop = &analysis.Analyzer{
	Name: "noop",
	Doc:  "noop reports nothing: the floor of the benchmarks",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() { singlechecker.Main(noop) }
