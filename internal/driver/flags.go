package driver

import (
	"crypto/sha256"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// options are the standalone driver's own flags.
type options struct {
	Format     string // -format: text, json or sarif (-json is -format=json)
	JSON       bool   // -json
	Suppressed bool   // -suppressed: in SARIF, include the findings directives suppressed
	Fix        bool   // -fix
	Diff       bool   // -diff
	Dir        string // -C
	Tests      bool   // -test
	Context    int    // -c
	Debug      string // -debug
	Version    string // -V
}

// The output formats (-format).
const (
	formatText  = "text"
	formatJSON  = "json"
	formatSARIF = "sarif"
)

var formats = []string{formatText, formatJSON, formatSARIF}

// dbg reports whether debug flag b (a letter of -debug) is set.
func (o *options) dbg(b byte) bool { return strings.IndexByte(o.Debug, b) >= 0 }

// errHelp is returned by parseFlags for -h and -help.
var errHelp = flag.ErrHelp

// A flagError is a bad command line.
type flagError struct{ msg string }

func (e *flagError) Error() string { return e.msg }

// newFlagSet returns the standalone driver's flag set, bound to opts, with
// one enable flag per analyzer (-NAME, recorded in enabled) and each
// analyzer's own flags as -NAME.FLAG: the spelling go vet uses.
func newFlagSet(name string, analyzers []*analysis.Analyzer, opts *options, enabled map[*analysis.Analyzer]*triState) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported by the caller
	fs.Usage = func() {}

	fs.StringVar(&opts.Format, "format", "", "output `format`: text (the default), json (the tree that go vet -json prints) or sarif (SARIF 2.1.0, for code scanning)")
	fs.BoolVar(&opts.JSON, "json", false, "print findings as JSON (the tree that go vet -json prints): -format=json")
	fs.BoolVar(&opts.Suppressed, "suppressed", true, "with -format sarif, include the findings that //stripeerrlint:ignore suppressed, marked as suppressed (GitHub code scanning opens alerts for them: set -suppressed=false there)")
	fs.BoolVar(&opts.Fix, "fix", false, "apply the first suggested fix of each finding instead of printing it")
	fs.BoolVar(&opts.Diff, "diff", false, "with -fix, print the fixes as a unified diff instead of writing the files")
	fs.StringVar(&opts.Dir, "C", "", "run as if started in `dir`")
	fs.BoolVar(&opts.Tests, "test", true, "also analyze test files (the packages' test variants)")
	fs.IntVar(&opts.Context, "c", -1, "show each finding's line with `N` lines of context around it")
	fs.StringVar(&opts.Debug, "debug", "", "debug `letters`: v verbose (loading), t timing, p no parallelism, s fact sanity checks")
	fs.Var(versionFlag{&opts.Version}, "V", "print the version in the form go vet expects (-V=full) and exit")

	for _, a := range analyzers {
		ts := new(triState)
		enabled[a] = ts
		fs.Var(ts, a.Name, fmt.Sprintf("enable the %s analyzer (-%s=false disables it)", a.Name, a.Name))
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
	return fs
}

// parseFlags parses args. It returns the options, the analyzers selected
// by the enable flags (as go vet selects them: if any -NAME flag is true,
// only those; otherwise all but those set to false), and the remaining
// arguments. The error is errHelp for -h or -help, or a *flagError.
func parseFlags(name string, analyzers []*analysis.Analyzer, args []string) (*options, []*analysis.Analyzer, []string, error) {
	opts := new(options)
	enabled := make(map[*analysis.Analyzer]*triState)
	fs := newFlagSet(name, analyzers, opts, enabled)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, nil, nil, errHelp
		}
		return nil, nil, nil, &flagError{err.Error()}
	}
	suppressedSet := false
	fs.Visit(func(f *flag.Flag) { suppressedSet = suppressedSet || f.Name == "suppressed" })
	formatFlag := "-format=" + opts.Format
	switch {
	case opts.JSON && opts.Format != "" && opts.Format != formatJSON:
		return nil, nil, nil, &flagError{fmt.Sprintf("-json and %s cannot be used together (-json is -format=json)", formatFlag)}
	case opts.JSON:
		opts.Format, formatFlag = formatJSON, "-json"
	case opts.Format == "":
		opts.Format = formatText
	}
	switch {
	case !slices.Contains(formats, opts.Format):
		return nil, nil, nil, &flagError{fmt.Sprintf("unsupported output format %s (use %s)", formatFlag, strings.Join(formats, ", "))}
	case opts.Diff && !opts.Fix:
		return nil, nil, nil, &flagError{"-diff requires -fix"}
	case opts.Fix && opts.Format != formatText:
		return nil, nil, nil, &flagError{formatFlag + " and -fix cannot be used together"}
	case suppressedSet && opts.Format != formatSARIF:
		return nil, nil, nil, &flagError{"-suppressed applies to -format=sarif only"}
	case opts.Context >= 0 && opts.Format != formatText:
		return nil, nil, nil, &flagError{"-c shows context in text output only: it cannot be used with " + formatFlag}
	case opts.Version != "" && opts.Version != "full":
		return nil, nil, nil, &flagError{fmt.Sprintf("unsupported flag value: -V=%s (use -V=full)", opts.Version)}
	}
	return opts, selectAnalyzers(analyzers, enabled), fs.Args(), nil
}

// selectAnalyzers applies the enable flags.
func selectAnalyzers(analyzers []*analysis.Analyzer, enabled map[*analysis.Analyzer]*triState) []*analysis.Analyzer {
	var hasTrue, hasFalse bool
	for _, a := range analyzers {
		switch *enabled[a] {
		case setTrue:
			hasTrue = true
		case setFalse:
			hasFalse = true
		}
	}
	var keep []*analysis.Analyzer
	for _, a := range analyzers {
		if hasTrue && *enabled[a] == setTrue || !hasTrue && (!hasFalse || *enabled[a] != setFalse) {
			keep = append(keep, a)
		}
	}
	return keep
}

// A triState is a boolean flag that knows whether it was set.
type triState int

const (
	unset triState = iota
	setTrue
	setFalse
)

func (ts *triState) Get() any { return *ts == setTrue }

func (ts *triState) Set(value string) error {
	b, err := strconv.ParseBool(value)
	if err != nil {
		return errors.New("want true or false")
	}
	if b {
		*ts = setTrue
	} else {
		*ts = setFalse
	}
	return nil
}

func (ts *triState) String() string {
	if ts != nil && *ts == setFalse {
		return "false"
	}
	return "true"
}

func (ts *triState) IsBoolFlag() bool { return true }

// versionFlag is -V: a boolean-looking flag whose only value is "full".
type versionFlag struct{ v *string }

func (f versionFlag) IsBoolFlag() bool { return true }
func (f versionFlag) String() string {
	if f.v == nil {
		return ""
	}
	return *f.v
}
func (f versionFlag) Set(s string) error {
	if s == "true" {
		s = "full"
	}
	*f.v = s
	return nil
}

// printVersion prints the line that go vet's -V=full handshake expects
// (the same as unitchecker prints): the executable's name and a build ID
// that changes whenever the executable does, so that go vet's cache of
// results is invalidated by a new build.
func printVersion(w io.Writer) error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	v, err := version()
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s version %s\n", exe, v)
	return err
}

// version returns the version as -V=full prints it after "version ":
// "devel comments-go-here buildID=" and a hash of the executable.
func version() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	f, err := os.Open(exe)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return fmt.Sprintf("devel comments-go-here buildID=%02x", string(h.Sum(nil))), nil
}

// semanticVersion returns the version of the main module of the running
// executable if it is a release or pseudo-version (go install
// module@version), or "".
func semanticVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok || !strings.HasPrefix(bi.Main.Version, "v") {
		return "" // "(devel)" or "": built from a checkout
	}
	return strings.TrimPrefix(bi.Main.Version, "v") // SemVer 2.0 has no "v"
}
