// Command genlarge writes the large module of the benchmarks (see package
// largegen) into a directory, for scripts/speedtable.sh:
//
//	genlarge -gosum testdata/modules/v85/go.sum DIR
//
// The module has two packages: big, 10,000 functions in 20 files, and
// onefile, 2,500 functions in one file of more than 1 MB.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/stripeerrlint/stripeerrlint/internal/bench/largegen"
)

func main() {
	gosum := flag.String("gosum", "testdata/modules/v85/go.sum", "go.sum of a module that requires "+largegen.SDKVersion)
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: genlarge [-gosum file] dir\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	sum, err := os.ReadFile(*gosum)
	if err == nil {
		err = os.MkdirAll(flag.Arg(0), 0o777)
	}
	if err == nil {
		err = largegen.WriteModule(flag.Arg(0), sum, largegen.Big, largegen.OneFile)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "genlarge: %v\n", err)
		os.Exit(1)
	}
}
