package driver

import (
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/stripeerrlint/stripeerrlint/analyzer/directive"
)

// Main is the main function of the stripeerrlint command (and of any
// command built the same way with other analyzers). It never returns.
//
// If the command line is that of the go vet / go fix protocol (-flags, or
// a single *.cfg file after the flags), it hands over to unitchecker;
// otherwise it runs the standalone driver, [Run].
func Main(analyzers []*analysis.Analyzer) {
	args := os.Args[1:]
	if IsVetInvocation(args) {
		unitchecker.Main(vetAnalyzers(analyzers, args)...) // never returns
	}
	os.Exit(Run(progName(), analyzers, args, os.Stdout, os.Stderr))
}

// vetAnalyzers returns analyzers and, after them, the analyzer that reports
// stale //stripeerrlint:ignore directives, built for the rules that the
// enable flags in args (-NAME, -NAME=false, which unitchecker applies)
// select, so that it neither runs a deselected rule nor judges its
// directives (see [directive.NewStaleAnalyzer]). As for every analyzer,
// naming some analyzers to enable (-uncheckederr) leaves it out unless
// -staleignore is named too.
func vetAnalyzers(analyzers []*analysis.Analyzer, args []string) []*analysis.Analyzer {
	enabled := make(map[*analysis.Analyzer]*triState)
	for _, a := range analyzers {
		enabled[a] = new(triState)
	}
	for _, arg := range args {
		if arg == "--" {
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		for _, a := range analyzers {
			if a.Name == name {
				if !hasValue {
					value = "true"
				}
				_ = enabled[a].Set(value) // unitchecker reports a bad value
			}
		}
	}
	withStale := directive.WithStale(selectAnalyzers(analyzers, enabled))
	if len(withStale) == 0 || withStale[len(withStale)-1].Name != directive.StaleName {
		return analyzers
	}
	return append(slices.Clip(analyzers), withStale[len(withStale)-1])
}

// IsVetInvocation reports whether args (without the program name) are a
// call by go vet -vettool or go fix -fixtool: "-flags" (asking for the
// flags in JSON), or flags followed by a single unit.cfg file. go vet's
// other call, -V=full, is answered the same way by both drivers.
func IsVetInvocation(args []string) bool {
	for _, a := range args {
		if a == "--" {
			break
		}
		if a == "-flags" || a == "--flags" || strings.HasPrefix(a, "-flags=") || strings.HasPrefix(a, "--flags=") {
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg") && !strings.HasPrefix(args[len(args)-1], "-")
}

// progName is the name the command was invoked as, for messages.
func progName() string {
	return strings.TrimSuffix(filepath.Base(os.Args[0]), ".exe")
}
