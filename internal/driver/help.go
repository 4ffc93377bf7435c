package driver

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"golang.org/x/tools/go/analysis"

	"github.com/stripeerrlint/stripeerrlint/docs"
)

// usage is the text of -help, before the flag and analyzer lists.
const usage = `%[1]s reports mistakes in Go code that uses Stripe's Go SDK.

Usage:

	%[1]s [flags] packages...       analyze packages, for example ./...
	%[1]s help                      list the analyzers
	%[1]s help analyzer             print an analyzer's documentation and flags

It also works as a go vet or go fix tool (then go runs it once per package):

	go vet -vettool=$(command -v %[1]s) [flags] packages...
	go fix -fixtool=$(command -v %[1]s) packages...

Findings are printed on standard output as "file:line:col: message", sorted
by position (-format json: the JSON tree go vet -json prints; -format sarif:
SARIF 2.1.0 for code scanning); errors and warnings go to standard error.

Flags:

`

// exitStatusDoc documents the exit status, in -help and the package doc.
const exitStatusDoc = `Exit status:

	0  no findings (with -fix: every fix was applied)
	1  error: a bad flag, a package that cannot be loaded or does not
	   type-check, an analyzer failure, a file that could not be written
	   (1 wins over 3 when both apply)
	3  findings were reported (with -fix: findings are left, because they
	   have no suggested fix or their fix conflicted with another)
`

// printUsage prints the -help text.
func printUsage(w io.Writer, name string, analyzers []*analysis.Analyzer) {
	fmt.Fprintf(w, usage, name)
	core := newFlagSet(name, nil, new(options), nil)
	core.SetOutput(w)
	core.PrintDefaults()

	fmt.Fprintf(w, "\nAnalyzers (all run by default; -NAME=false turns one off, -NAME=true\nruns only those so named; each analyzer's flags are -NAME.FLAG):\n\n")
	printAnalyzerList(w, analyzers)
	fmt.Fprintf(w, "\nRun '%s help NAME' for an analyzer's documentation and flags.\n\n", name)
	io.WriteString(w, exitStatusDoc)
}

// printAnalyzerList prints one line per analyzer: its name and summary.
func printAnalyzerList(w io.Writer, analyzers []*analysis.Analyzer) {
	sorted := slices.Clone(analyzers)
	slices.SortFunc(sorted, func(x, y *analysis.Analyzer) int { return strings.Compare(x.Name, y.Name) })
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	for _, a := range sorted {
		fmt.Fprintf(tw, "\t%s\t%s\n", a.Name, summary(a))
	}
	if len(sorted) == 0 {
		fmt.Fprintf(tw, "\t(none)\n")
	}
	tw.Flush()
}

// summary returns the first paragraph of an analyzer's Doc, on one line.
func summary(a *analysis.Analyzer) string {
	first, _, _ := strings.Cut(strings.TrimSpace(a.Doc), "\n\n")
	return strings.Join(strings.Fields(first), " ")
}

// printHelp implements "help" (list the analyzers) and "help NAME..."
// (describe each named analyzer: its documentation page, docs/rules/NAME.md
// as embedded by package docs, or, for an analyzer that has none, its
// whole Doc; then its URL and its flags).
func printHelp(w io.Writer, name string, analyzers []*analysis.Analyzer, args []string) error {
	if len(args) == 0 {
		fmt.Fprintf(w, "%s reports mistakes in Go code that uses Stripe's Go SDK.\n\nAnalyzers:\n\n", name)
		printAnalyzerList(w, analyzers)
		fmt.Fprintf(w, "\nRun '%s help NAME' for an analyzer's documentation and flags,\nand '%s -help' for the command's usage and flags.\n", name, name)
		return nil
	}
	for i, arg := range args {
		idx := slices.IndexFunc(analyzers, func(a *analysis.Analyzer) bool { return a.Name == arg })
		if idx < 0 {
			return fmt.Errorf("no analyzer named %q; run '%s help' for the list", arg, name)
		}
		a := analyzers[idx]
		if i > 0 {
			fmt.Fprintln(w)
		}
		if page, ok := docs.Rule(a.Name); ok {
			fmt.Fprintf(w, "%s\n", strings.TrimSpace(page))
			if a.URL != "" {
				fmt.Fprintf(w, "\nThis page online: %s\n", a.URL)
			}
		} else {
			fmt.Fprintf(w, "%s: %s\n", a.Name, summary(a))
			if _, rest, ok := strings.Cut(strings.TrimSpace(a.Doc), "\n\n"); ok {
				fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(rest))
			}
			if a.URL != "" {
				fmt.Fprintf(w, "\nDocumentation: %s\n", a.URL)
			}
		}
		fs := flag.NewFlagSet(a.Name, flag.ContinueOnError)
		n := 0
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
			n++
		})
		if n > 0 {
			fmt.Fprintf(w, "\nFlags:\n\n")
			fs.SetOutput(w)
			fs.PrintDefaults()
		}
	}
	return nil
}
