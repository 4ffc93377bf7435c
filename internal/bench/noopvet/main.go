// Command noopvet is the floor for the go vet benchmark
// (scripts/benchratios.sh): a go vet -vettool built on unitchecker with
// one analyzer that does nothing and has no facts. go vet
// -vettool=stripeerrlint ./... is measured against go vet
// -vettool=noopvet ./...
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"
)

var noop = &analysis.Analyzer{
	Name: "noop",
	Doc:  "noop reports nothing: the floor of the benchmarks",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() { unitchecker.Main(noop) }
