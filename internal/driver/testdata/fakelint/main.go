// Command fakelint is the stripeerrlint driver with the fakecharge
// analyzer, for the driver's end-to-end tests.
package main

import (
	"github.com/stripeerrlint/stripeerrlint/internal/driver"
	"github.com/stripeerrlint/stripeerrlint/internal/driver/internal/fakeanalyzer"
	"golang.org/x/tools/go/analysis"
)

func main() {
	driver.Main([]*analysis.Analyzer{fakeanalyzer.Analyzer})
}
