package driver

import (
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/stripeerrlint/stripeerrlint/internal/exportdata"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/stripeerrlint/stripeerrlint/analyzer/directive"
)

// Exit statuses of the standalone driver. What each means is written
// once, in exitStatuses (help.go), which -help prints.
const (
	ExitOK       = 0
	ExitError    = 1
	ExitFindings = 3
)

// A runner is one invocation of the standalone driver.
type runner struct {
	name     string // program name, for messages
	opts     *options
	stdout   io.Writer
	stderr   io.Writer
	load     loadFunc
	baseDir  string               // absolute directory the command runs in (-C)
	suite    []*analysis.Analyzer // every analyzer, selected or not
	debugLog *log.Logger
	exit     int
}

// Run runs the standalone driver (everything but the go vet protocol) with
// the command-line arguments args (without the program name), printing
// findings to stdout and errors and warnings to stderr, and returns the
// exit status: [ExitOK], [ExitError] or [ExitFindings]. name is the
// program's name, for messages.
func Run(name string, analyzers []*analysis.Analyzer, args []string, stdout, stderr io.Writer) int {
	return run(name, analyzers, args, stdout, stderr, packages.Load)
}

func run(name string, analyzers []*analysis.Analyzer, args []string, stdout, stderr io.Writer, loader loadFunc) int {
	// No output shows a Stripe secret (see redact.go).
	stdout, stderr = redactWriter{stdout}, redactWriter{stderr}
	r := &runner{name: name, stdout: stdout, stderr: stderr, load: loader, suite: analyzers}
	if err := analysis.Validate(analyzers); err != nil {
		r.errorf("%v", err)
		return ExitError
	}

	opts, selected, rest, err := parseFlags(name, analyzers, args)
	if errors.Is(err, errHelp) {
		printUsage(stdout, name, analyzers)
		return ExitOK
	}
	if err != nil {
		r.errorf("%v", err)
		fmt.Fprintf(stderr, "Run '%s -help' for usage.\n", name)
		return ExitError
	}
	r.opts = opts
	if opts.Version != "" {
		if err := printVersion(stdout); err != nil {
			r.errorf("%v", err)
			return ExitError
		}
		return ExitOK
	}
	if len(rest) > 0 && rest[0] == "help" {
		if err := printHelp(stdout, name, analyzers, rest[1:]); err != nil {
			r.errorf("%v", err)
			return ExitError
		}
		return ExitOK
	}
	if len(rest) == 0 {
		fmt.Fprintf(stderr, "%s: no packages given\n", name)
		fmt.Fprintf(stderr, "Usage: %s [flags] packages...  (for example ./...)\nRun '%s -help' for usage.\n", name, name)
		return ExitError
	}

	r.baseDir, err = filepath.Abs(opts.Dir) // "" is the current directory
	if err == nil {
		var fi os.FileInfo
		if fi, err = os.Stat(r.baseDir); err == nil && !fi.IsDir() {
			err = fmt.Errorf("%s is not a directory", opts.Dir)
		}
	}
	if err != nil {
		r.errorf("-C: %v", err)
		return ExitError
	}
	r.analyze(selected, rest)
	return r.exit
}

// errorf prints an error message and raises the exit status to ExitError.
func (r *runner) errorf(format string, args ...any) {
	fmt.Fprintf(r.stderr, "%s: %s\n", r.name, fmt.Sprintf(format, args...))
	r.exit = ExitError
}

// warnf prints a warning; it does not change the exit status.
func (r *runner) warnf(format string, args ...any) {
	fmt.Fprintf(r.stderr, "%s: %s\n", r.name, fmt.Sprintf(format, args...))
}

// logf prints a -debug=v message. It may be called concurrently (by
// go/packages too), so it goes through a log.Logger, which serializes.
func (r *runner) logf(format string, args ...any) {
	if r.opts.dbg('v') {
		r.debugLog.Printf(format, args...)
	}
}

// analyze loads patterns, runs analyzers on them, and prints the report or
// applies the fixes.
func (r *runner) analyze(analyzers []*analysis.Analyzer, patterns []string) {
	// Stale //stripeerrlint:ignore directives are judged for the selected
	// rules only (see directive.NewStaleAnalyzer).
	analyzers = directive.WithStale(analyzers)
	t0 := time.Now()
	cfg := &packages.Config{Dir: r.baseDir, Tests: r.opts.Tests}
	r.debugLog = log.New(r.stderr, r.name+": ", 0)
	if r.opts.dbg('v') {
		cfg.Logf = r.debugLog.Printf
	}
	lr, err := load(r.load, cfg, patterns, analyzers, r.logf)
	if err != nil {
		var gce *goCommandError
		problem := loadError{Pkg: strings.Join(patterns, " "), Msg: err.Error()}
		if errors.As(err, &gce) {
			problem = gce.loadError()
		}
		r.loadFailed([]loadError{problem}, analyzers)
		return
	}
	r.logf("load: %v", time.Since(t0))

	var goErr *goCommandError
	if incomplete(lr.Requested) {
		goErr = explainIncomplete(r.load, cfg, patterns)
	}
	roots, problems := checkPackages(lr, r.baseDir, goErr)
	if len(roots) == 0 {
		r.loadFailed(problems, analyzers)
		return
	}
	r.reportLoadErrors(problems)

	// For SARIF, the directive analyzer must be a root of the analysis
	// even if it was not selected: only roots keep their results, and its
	// result holds the findings that directives suppressed.
	selected := analyzers
	if r.opts.Format == formatSARIF && r.opts.Suppressed && !slices.Contains(analyzers, directive.Analyzer) && requires(analyzers, directive.Analyzer) {
		analyzers = append(slices.Clip(analyzers), directive.Analyzer)
	}

	t1 := time.Now()
	exportdata.Trim(roots)
	graph, err := checker.Analyze(analyzers, roots, &checker.Options{
		Sequential:  r.opts.dbg('p'),
		SanityCheck: r.opts.dbg('s'),
	})
	if err != nil {
		r.errorf("%v", err)
		return
	}
	r.logf("analysis: %v", time.Since(t1))
	if r.opts.dbg('t') {
		r.printTiming(graph)
	}

	rep := collect(graph, roots, selected, r.opts.Format == formatSARIF && r.opts.Suppressed)
	rep.LoadErrors = problems
	for _, e := range rep.Errors {
		r.exit = ExitError
		// Show the causes only: an analyzer that failed makes those that
		// require it fail with "failed prerequisites". (JSON shows them
		// all in its output.)
		if r.opts.Format != formatJSON && !strings.HasPrefix(e.Err.Error(), "failed prerequisites: ") {
			r.warnf("analyzer %s failed on package %s: %v", e.Analyzer, e.Pkg, e.Err)
		}
	}

	if r.opts.Fix {
		r.fix(rep, roots)
		return
	}

	r.print(rep, roots)
	if len(rep.Findings) > 0 && r.exit == ExitOK {
		r.exit = ExitFindings
	}
}

// reportLoadErrors prints the problems of loading on standard error
// (the JSON and SARIF formats show them in their output too) and, if
// there are any, sets the exit status to ExitError.
func (r *runner) reportLoadErrors(problems []loadError) {
	printLoadErrors(r.stderr, r.name, problems)
	if len(problems) > 0 {
		r.exit = ExitError
	}
}

// loadFailed reports problems when nothing can be analyzed: on standard
// error, and, with -json or -format sarif, in the output, which is
// valid all the same.
func (r *runner) loadFailed(problems []loadError, selected []*analysis.Analyzer) {
	r.reportLoadErrors(problems)
	r.exit = ExitError
	if r.opts.Format != formatText {
		r.print(&report{LoadErrors: problems, Selected: analyzerNames(selected)}, nil)
	}
}

// analyzerNames returns the names of analyzers.
func analyzerNames(analyzers []*analysis.Analyzer) []string {
	names := make([]string, len(analyzers))
	for i, a := range analyzers {
		names[i] = a.Name
	}
	return names
}

// print writes the report in the format of -format.
func (r *runner) print(rep *report, roots []*packages.Package) {
	opts := formatOptions{BaseDir: r.baseDir, Context: r.opts.Context}
	if r.opts.Format == formatSARIF {
		opts.Analyzers = r.suite
		opts.RepoRoot = repoRoot(r.moduleDir(roots))
		var err error
		if opts.Version, err = version(); err != nil {
			r.warnf("version: %v", err)
		}
		opts.SemanticVersion = semanticVersion()
	}
	if err := newFormatter(r.opts.Format, opts).format(r.stdout, rep); err != nil {
		r.errorf("writing output: %v", err)
	}
}

// moduleDir returns the directory of the main module of the analyzed
// packages (the module of the first root that has one), or else the
// directory the command runs in.
func (r *runner) moduleDir(roots []*packages.Package) string {
	for _, p := range roots {
		if p.Module != nil && p.Module.Dir != "" {
			return p.Module.Dir
		}
	}
	return r.baseDir
}

// requires reports whether some analyzer of list requires a, directly or not.
func requires(list []*analysis.Analyzer, a *analysis.Analyzer) bool {
	seen := make(map[*analysis.Analyzer]bool)
	var visit func(list []*analysis.Analyzer) bool
	visit = func(list []*analysis.Analyzer) bool {
		for _, b := range list {
			if b == a {
				return true
			}
			if !seen[b] {
				seen[b] = true
				if visit(b.Requires) {
					return true
				}
			}
		}
		return false
	}
	for _, b := range list {
		if visit(b.Requires) {
			return true
		}
	}
	return false
}

// packageName names p in messages: its import path (test variants share
// it), or its ID if it has none.
func packageName(p *packages.Package) string {
	if p.PkgPath != "" {
		return p.PkgPath
	}
	return p.ID
}

// collect gathers the findings of the selected analyzers on roots, the
// findings that directives suppressed if suppressed is set, and the
// analyzer failures anywhere in the action graph.
func collect(graph *checker.Graph, roots []*packages.Package, selected []*analysis.Analyzer, suppressed bool) *report {
	isRoot := make(map[*packages.Package]bool, len(roots))
	for _, p := range roots {
		isRoot[p] = true
	}
	isSelected := make(map[string]bool)
	for _, a := range selected {
		isSelected[a.Name] = true
	}
	rep := &report{Selected: analyzerNames(selected)}
	for act := range graph.All() {
		if act.Err != nil {
			rep.Errors = append(rep.Errors, analysisError{packageName(act.Package), act.Analyzer.Name, act.Err})
			continue
		}
		if !act.IsRoot || !isRoot[act.Package] {
			continue
		}
		if res, ok := act.Result.(*directive.Result); ok && suppressed && act.Analyzer == directive.Analyzer {
			fset := act.Package.Fset
			for _, s := range res.Suppressions() {
				if isSelected[s.Analyzer] {
					rep.Suppressed = append(rep.Suppressed, suppressedFinding{
						finding:   finding{packageName(act.Package), s.Analyzer, fset, s.Diagnostic, fset.Position(s.Diagnostic.Pos)},
						Reason:    s.Reason,
						Directive: fset.Position(s.Directive),
					})
				}
			}
		}
		if !isSelected[act.Analyzer.Name] {
			continue
		}
		for _, d := range act.Diagnostics {
			rep.Findings = append(rep.Findings, finding{
				Pkg:      packageName(act.Package),
				Analyzer: act.Analyzer.Name,
				Fset:     act.Package.Fset,
				Diag:     d,
				Posn:     act.Package.Fset.Position(d.Pos),
			})
		}
	}
	sortFindings(rep.Findings)
	slices.SortStableFunc(rep.Suppressed, func(x, y suppressedFinding) int { return compareFindings(x.finding, y.finding) })
	sort.SliceStable(rep.Errors, func(i, j int) bool {
		x, y := rep.Errors[i], rep.Errors[j]
		return x.Pkg < y.Pkg || x.Pkg == y.Pkg && x.Analyzer < y.Analyzer
	})
	return rep
}

// plural returns "n noun" with the singular or plural noun.
func plural(n int, singular, pluralForm string) string {
	if n == 1 {
		return "1 " + singular
	}
	return fmt.Sprintf("%d %s", n, pluralForm)
}

// printTiming prints (-debug=t) the actions that took 90% of the time.
func (r *runner) printTiming(graph *checker.Graph) {
	var list []*checker.Action
	var total time.Duration
	for act := range graph.All() {
		list = append(list, act)
		total += act.Duration
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Duration > list[j].Duration })
	fmt.Fprintf(r.stderr, "%d actions, %v in all\n", len(list), total)
	var sum time.Duration
	for _, act := range list {
		if sum >= total*9/10 {
			break
		}
		fmt.Fprintf(r.stderr, "%v\t%s\n", act.Duration, act)
		sum += act.Duration
	}
}
