// Command golangci-lint is golangci-lint v2 with the stripeerrlint module
// plugin compiled in: what `golangci-lint custom` builds from
// .custom-gcl.yml (golangci-lint's cmd/golangci-lint with a plugins.go that
// blank-imports each plugin), made from the module proxy alone, for the
// end-to-end test .ci/e2e-golangci.
package main

import (
	"fmt"
	"os"
	"runtime"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/stripeerrlint/stripeerrlint/plugin"
)

// Set with -ldflags -X, as golangci-lint custom does.
var (
	version = "v2.15.0-custom-gcl"
	commit  = "?"
	date    = "(unknown)"
)

func main() {
	info := commands.BuildInfo{
		GoVersion: runtime.Version(),
		Version:   version,
		Commit:    commit,
		Date:      date,
	}
	if err := commands.Execute(info); err != nil {
		fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}
