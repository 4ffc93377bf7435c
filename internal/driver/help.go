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

// An exitStatus is an exit status of the standalone driver and what it
// means.
type exitStatus struct {
	Code    int
	Meaning string // flags in `backquotes`, as Markdown shows them
}

// exitStatuses says what each exit status means. It is written here
// only: -help prints it, the package documentation refers to it, and a
// test keeps the README's table of exit statuses equal to it.
func exitStatuses() []exitStatus {
	return []exitStatus{
		{ExitOK, "no findings (with `-fix`: every fix was applied)"},
		{ExitError, "error: a bad flag, a package that cannot be loaded or does not type-check, a failure of the go command, an analyzer failure, a file that could not be written (1 wins over 3 when both apply)"},
		{ExitFindings, "findings were reported (with `-fix`: findings are left, because they have no suggested fix or their fix conflicted with another)"},
	}
}

// exitStatusGoRun is what the exit status looks like under go run, after
// the table in -help and in the README.
const exitStatusGoRun = "Under `go run`, the shell sees go run's own exit status, 1, whenever the command's is not 0 (go run prints `exit status 3`); the installed binary's status is the command's own."

// printExitStatus prints the exit statuses as -help shows them: a table
// wrapped to 72 columns, then the note on go run.
func printExitStatus(w io.Writer) {
	fmt.Fprintf(w, "Exit status:\n\n")
	for _, s := range exitStatuses() {
		for i, line := range wrap(plainText(s.Meaning), 64) {
			if i == 0 {
				fmt.Fprintf(w, "\t%d  %s\n", s.Code, line)
			} else {
				fmt.Fprintf(w, "\t   %s\n", line)
			}
		}
	}
	fmt.Fprintln(w)
	for _, line := range wrap(plainText(exitStatusGoRun), 72) {
		fmt.Fprintln(w, line)
	}
}

// plainText returns Markdown text without its backquotes.
func plainText(md string) string { return strings.ReplaceAll(md, "`", "") }

// wrap splits text into lines of at most width bytes, at spaces (a word
// longer than width is a line of its own).
func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(text) {
		switch {
		case line == "":
			line = word
		case len(line)+1+len(word) <= width:
			line += " " + word
		default:
			lines = append(lines, line)
			line = word
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// printUsage prints the -help text.
func printUsage(w io.Writer, name string, analyzers []*analysis.Analyzer) {
	fmt.Fprintf(w, usage, name)
	core := newFlagSet(name, nil, new(options), nil)
	core.SetOutput(w)
	core.PrintDefaults()

	fmt.Fprintf(w, "\nAnalyzers (all run by default; -NAME=false turns one off, -NAME=true\nruns only those so named; each analyzer's flags are -NAME.FLAG):\n\n")
	printAnalyzerList(w, analyzers)
	fmt.Fprintf(w, "\nRun '%s help NAME' for an analyzer's documentation and flags.\n\n", name)
	printExitStatus(w)
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
