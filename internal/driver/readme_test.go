package driver

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/stripeerrlint/stripeerrlint/analyzer/suite"
)

// TestREADME checks that the README's tables of the command's flags, of
// the analyzers' flags and of the exit statuses say what -help and the
// analyzers say: those are the one place each is written.
func TestREADME(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	for _, table := range []struct{ what, markdown string }{
		{"table of the command's flags", markdownCommandFlags()},
		{"table of the analyzers' flags", markdownAnalyzerFlags(suite.Analyzers())},
		{"table of exit statuses", markdownExitStatus()},
	} {
		if !strings.Contains(readme, table.markdown) {
			t.Errorf("README.md has no %s as the command has it; it should read:\n\n%s", table.what, table.markdown)
		}
	}
}

// TestExitStatusTable checks the table of exit statuses itself: one row
// per exit status the driver returns, in order, and -help shows each.
func TestExitStatusTable(t *testing.T) {
	var codes []int
	for _, s := range exitStatuses() {
		codes = append(codes, s.Code)
	}
	if want := []int{ExitOK, ExitError, ExitFindings}; !slices.Equal(codes, want) {
		t.Errorf("exit statuses %v, want %v", codes, want)
	}
	stdout, _, _ := runDriver(t, nil, "-help")
	_, help, ok := strings.Cut(stdout, "\nExit status:\n\n")
	if !ok {
		t.Fatalf("-help has no exit status:\n%s", stdout)
	}
	for _, s := range exitStatuses() {
		// Each meaning, as wrapped, is there word for word.
		if !strings.Contains(strings.Join(strings.Fields(help), " "), fmt.Sprintf("%d %s", s.Code, plainText(s.Meaning))) {
			t.Errorf("-help does not say %d means %q:\n%s", s.Code, plainText(s.Meaning), help)
		}
	}
	if !strings.Contains(strings.Join(strings.Fields(help), " "), plainText(exitStatusGoRun)) {
		t.Errorf("-help does not say what go run does with the exit status:\n%s", help)
	}
}

// markdownCommandFlags returns the Markdown table of the command's own
// flags, as -help lists them.
func markdownCommandFlags() string {
	return markdownFlags(newFlagSet("stripeerrlint", nil, new(options), nil))
}

// markdownAnalyzerFlags returns the Markdown table of the flags of
// analyzers, as -NAME.FLAG, sorted.
func markdownAnalyzerFlags(analyzers []*analysis.Analyzer) string {
	fs := flag.NewFlagSet("", flag.ContinueOnError)
	for _, a := range analyzers {
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
	return markdownFlags(fs)
}

// markdownFlags returns a Markdown table of the flags of fs: name,
// default, meaning (the usage, whose `backquoted` words Markdown shows as
// code, as -help shows them as argument names).
func markdownFlags(fs *flag.FlagSet) string {
	var sb strings.Builder
	sb.WriteString("| flag | default | meaning |\n| --- | --- | --- |\n")
	fs.VisitAll(func(f *flag.Flag) {
		def := f.DefValue
		if def == "" {
			def = `""`
		}
		fmt.Fprintf(&sb, "| `-%s` | `%s` | %s |\n", f.Name, def, strings.ReplaceAll(f.Usage, "|", `\|`))
	})
	return sb.String()
}

// markdownExitStatus returns the Markdown table of exit statuses, and
// the note on go run.
func markdownExitStatus() string {
	var sb strings.Builder
	sb.WriteString("| status | meaning |\n| --- | --- |\n")
	for _, s := range exitStatuses() {
		fmt.Fprintf(&sb, "| %d | %s |\n", s.Code, s.Meaning)
	}
	fmt.Fprintf(&sb, "\n%s\n", exitStatusGoRun)
	return sb.String()
}
