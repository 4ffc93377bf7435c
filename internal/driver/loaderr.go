package driver

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"
)

// This file says what went wrong when packages could not be loaded, in
// terms of what to do about it. go/packages hands problems over in three
// shapes, each of which, printed as it comes, points away from its cause:
//
//   - The go command itself failed (go.mod needs updating, cannot be
//     parsed, ...). In export-data mode go/packages drops go list's
//     standard error and returns no packages and no error, so the user
//     would read "./..." matched no packages. The driver asks again in
//     graph mode, where the go command's message comes back as an error,
//     and prints that ([goCommandError]).
//   - A package could not be found or downloaded. go list reports it as a
//     package with no files and an error positioned at the importing file,
//     and the type checker then reports "could not import" (and worse) in
//     the importer. The driver reports the missing package once, as what
//     it is: a module the go command could not get, or a package of the
//     main module that does not exist (generated and not committed), and
//     treats the importer's errors as the consequence they are. When go
//     list failed part way, the importer's errors are "could not import
//     context (no metadata for context)" and names "redeclared in this
//     block": the driver asks the go command, as above, and shows its
//     message instead.
//   - The test files of a package do not type-check while the package
//     does. The test variant "p [p.test]" is what the driver analyzes
//     (it holds all of p's files); the driver says that it is the test
//     variant and analyzes p without its test files instead.

// A loadError is a package that could not be loaded or analyzed, or a
// failure of the go command, as reported to the user: on standard error,
// and in the JSON and SARIF output.
type loadError struct {
	Pkg     string   // the package path, or the patterns when the go command failed
	Msg     string   // what went wrong and what to do, one line
	Details []string // more lines: further errors, the go command's own words
	Warning bool     // the package was analyzed all the same, in part
}

// text returns the message with its details, one per line.
func (e loadError) text() string {
	return strings.Join(append([]string{e.Msg}, e.Details...), "\n")
}

// A goCommandError is a failure of the go command itself, as opposed to
// an error in some package: go list printed an error and listed nothing.
type goCommandError struct {
	Patterns []string
	Dir      string // the directory it ran in, relative to the current one ("" if the same)
	Stderr   string // what the go command printed, without go/packages' wrapping
	Partial  bool   // it listed some packages all the same (and left out others)
}

func (e *goCommandError) Error() string { return e.loadError().text() }

// loadError describes e: the go command's own words, then what to do.
func (e *goCommandError) loadError() loadError {
	var details []string
	for _, line := range strings.Split(strings.TrimSpace(e.Stderr), "\n") {
		details = append(details, "\t"+line)
	}
	list := "go list"
	if e.Dir != "" {
		list += " -C " + e.Dir
	}
	list += " " + strings.Join(e.Patterns, " ")
	what, msg := "nothing was analyzed", "the go command failed to list the packages:"
	if e.Partial {
		what, msg = "what it could not load was not analyzed", "the go command failed to load some packages:"
	}
	details = append(details, fmt.Sprintf("%s: fix what the go command reports ('%s' shows the same error), then run again", what, list))
	return loadError{
		Pkg:     strings.Join(e.Patterns, " "),
		Msg:     msg,
		Details: details,
	}
}

// friendlyErr matches the error go/packages makes of a failed go command
// (internal/gocommand: "err: exit status 1: stderr: go: ...").
var friendlyErr = regexp.MustCompile(`(?s)^err: exit status [0-9]+: stderr: (.*)$`)

// asGoCommandError returns err as a *goCommandError if it is the go
// command's failure as go/packages reports it, else err unchanged.
func asGoCommandError(err error, cfg *packages.Config, patterns []string) error {
	m := friendlyErr.FindStringSubmatch(err.Error())
	if m == nil {
		return err
	}
	var stderr []string
	for _, line := range strings.Split(strings.TrimSpace(m[1]), "\n") {
		if !strings.HasPrefix(line, "go: downloading ") {
			stderr = append(stderr, line)
		}
	}
	dir := ""
	if wd, err := os.Getwd(); err == nil && cfg.Dir != "" && filepath.Clean(cfg.Dir) != wd {
		dir = shortPath(wd, cfg.Dir)
	}
	return &goCommandError{Patterns: patterns, Dir: dir, Stderr: strings.Join(stderr, "\n")}
}

// explainNoPackages is called when a load of patterns returned no
// packages and no error. That is what go/packages returns, in export-data
// mode, when the go command itself failed: it asks for the import graph
// alone, which reports such a failure as an error, and returns that error
// ([goCommandError]), or else the plain "matched no packages".
func explainNoPackages(loader loadFunc, cfg *packages.Config, patterns []string) error {
	graph := *cfg
	graph.Mode = graphMode
	if _, err := loader(&graph, patterns...); err != nil {
		return asGoCommandError(err, cfg, patterns)
	}
	return noPackages(patterns)
}

// incomplete reports whether the import graph of pkgs lacks packages
// that go list should have listed: the type checker found no metadata
// for an import. go list then failed part way (typically, it could not
// download a module), and its message was lost in export-data mode.
func incomplete(pkgs []*packages.Package) bool {
	found := false
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		found = found || slices.ContainsFunc(p.Errors, func(e packages.Error) bool { return strings.Contains(e.Msg, "(no metadata for ") })
	})
	return found
}

// explainIncomplete asks the go command, for an [incomplete] load of
// patterns, what went wrong: it returns the go command's failure (as a
// partial one), or nil if it reports none.
func explainIncomplete(loader loadFunc, cfg *packages.Config, patterns []string) *goCommandError {
	graph := *cfg
	graph.Mode = graphMode
	_, err := loader(&graph, patterns...)
	if err == nil {
		return nil
	}
	gce, ok := asGoCommandError(err, cfg, patterns).(*goCommandError)
	if !ok {
		return nil
	}
	gce.Partial = true
	return gce
}

// checkPackages finds the problems of the requested packages and of the
// packages they import, and returns the packages that can be analyzed
// (those with no errors anywhere in their import graph) and the problems,
// each reported once, in package order. A test variant whose own
// package is fine but whose test files do not type-check (or import a
// package that cannot be loaded) is replaced by its package without
// the test files. goErr, if not nil, is the go command's failure to load
// some packages: it is the first problem, and what the type checker says
// of the imports that are missing because of it is not repeated.
func checkPackages(lr *loadResult, baseDir string, goErr *goCommandError) (ok []*packages.Package, problems []loadError) {
	c := &loadChecker{baseDir: baseDir, printed: make(map[string]bool), reported: make(map[*packages.Package]bool), broken: make(map[*packages.Package]bool)}
	if goErr != nil {
		c.goFailed = true
		problems = append(problems, goErr.loadError())
	}
	// Report in a stable order, whatever order the loader returned.
	sorted := slices.SortedFunc(slices.Values(lr.Requested), func(a, b *packages.Package) int { return strings.Compare(a.ID, b.ID) })
	for _, root := range sorted {
		bad := c.badPackages(root)
		if len(bad) == 0 && !root.IllTyped {
			ok = append(ok, root)
			continue
		}
		if plain := lr.WithoutTests[root.ID]; plain != nil && len(c.badPackages(plain)) == 0 && !plain.IllTyped {
			// Only the test files are at fault: analyze the rest.
			problems = append(problems, c.testVariant(root, bad)...)
			ok = append(ok, plain)
			continue
		}
		problems = append(problems, c.report(root, bad)...)
	}
	return ok, problems
}

// A loadChecker gathers the problems of the packages of one load.
type loadChecker struct {
	baseDir  string
	printed  map[string]bool // error texts already shown
	reported map[*packages.Package]bool
	broken   map[*packages.Package]bool // packages with errors, for errors from their importers
	goFailed bool                       // the go command failed part way: imports are missing
}

// badPackages returns the packages with errors in the import graph of
// root, dependencies first.
func (c *loadChecker) badPackages(root *packages.Package) []*packages.Package {
	var bad []*packages.Package
	packages.Visit([]*packages.Package{root}, nil, func(p *packages.Package) {
		if len(p.Errors) > 0 {
			bad = append(bad, p)
			c.broken[p] = true
		}
	})
	return bad
}

// report returns the problems of the packages bad (the broken packages in
// the graph of root) not reported yet, and, if root itself has no problem
// of its own to show, that it was not analyzed because of them.
func (c *loadChecker) report(root *packages.Package, bad []*packages.Package) []loadError {
	var problems []loadError
	var cause *packages.Package // the first package whose problem is shown
	for _, p := range bad {
		e, shown := c.packageProblem(p, root)
		if shown && cause == nil && p != root {
			cause = p
		}
		if e != nil {
			problems = append(problems, *e)
		}
	}
	if _, own := c.ownErrors(root); !own {
		what := "a dependency, which has errors"
		switch {
		case cause != nil && isMissing(cause):
			what = describe(cause) + ", which cannot be loaded"
		case cause != nil:
			what = describe(cause) + ", which has errors"
		}
		msg := fmt.Sprintf("package %s not analyzed: it depends on %s", packageName(root), what)
		if cause == nil && c.goFailed {
			msg = fmt.Sprintf("package %s not analyzed: the go command failed to load what it imports", packageName(root))
		}
		problems = append(problems, loadError{Pkg: packageName(root), Msg: msg})
	}
	return problems
}

// testVariant returns the problems of the test variant root of a package
// that is fine without its test files (bad are the broken packages in the
// graph of root): a missing package that a test file imports, or errors
// in test files, and that the package was analyzed without them.
func (c *loadChecker) testVariant(root *packages.Package, bad []*packages.Package) []loadError {
	var problems []loadError
	for _, p := range bad {
		if p == root {
			continue
		}
		if e, _ := c.packageProblem(p, root); e != nil {
			problems = append(problems, *e)
		}
	}
	c.reported[root] = true
	errs, _ := c.ownErrors(root)
	errs = preferTypeErrors(errs)
	var files []string
	for _, e := range errs {
		if f := c.errorFile(e); f != "" && !slices.Contains(files, f) {
			files = append(files, f)
		}
	}
	msgs := c.messages(errs)
	if len(msgs) == 0 {
		// The missing package, reported above, says what to do.
		return append(problems, loadError{
			Pkg:     packageName(root),
			Msg:     fmt.Sprintf("package %s analyzed without its test files, which import a package that cannot be loaded", packageName(root)),
			Warning: true,
		})
	}
	details := shownDetails(msgs[1:])
	details = append(details, fmt.Sprintf("fix %s, or run with -test=false to leave test files out", strings.Join(files, ", ")))
	return append(problems, loadError{
		Pkg:     packageName(root),
		Msg:     fmt.Sprintf("package %s analyzed without its test files: its test variant does not type-check: %s", packageName(root), msgs[0]),
		Details: details,
		Warning: true,
	})
}

// packageProblem returns the problem of p, if it was not reported yet and
// has errors of its own (not only the consequences of a broken import),
// and reports whether p has a problem shown (now or before). root is the
// requested package whose graph holds p.
func (c *loadChecker) packageProblem(p, root *packages.Package) (*loadError, bool) {
	errs, own := c.ownErrors(p)
	if !own {
		return nil, false
	}
	if c.reported[p] {
		return nil, true
	}
	c.reported[p] = true
	if isMissing(p) {
		e := c.missing(p, root)
		return &e, true
	}
	errs = preferTypeErrors(errs)
	what := "does not type-check"
	if k := errs[0].Kind; k != packages.TypeError && k != packages.ParseError {
		what = "cannot be loaded"
	}
	var msgs []string
	for _, m := range c.messages(errs) {
		if !c.printed[m] {
			c.printed[m] = true
			msgs = append(msgs, m)
		}
	}
	if len(msgs) == 0 {
		return nil, true // shown already, for another variant of the same package
	}
	return &loadError{
		Pkg:     packageName(p),
		Msg:     fmt.Sprintf("package %s %s: %s", packageName(p), what, msgs[0]),
		Details: shownDetails(msgs[1:]),
	}, true
}

// preferTypeErrors returns the errors of the type checker or the parser
// among errs, if there are any, else errs. Those of go list, which builds
// export data, are the compiler's view of the same mistakes.
func preferTypeErrors(errs []packages.Error) []packages.Error {
	typeErrs := slices.DeleteFunc(slices.Clone(errs), func(e packages.Error) bool {
		return e.Kind != packages.TypeError && e.Kind != packages.ParseError
	})
	if len(typeErrs) > 0 {
		return typeErrs
	}
	return errs
}

// describe names p in a message: its path, and for a test variant
// ("p [p.test]") that it is p with its test files.
func describe(p *packages.Package) string {
	if p.ID != p.PkgPath && strings.HasSuffix(p.ID, ".test]") && !strings.HasSuffix(p.PkgPath, "_test") {
		return packageName(p) + " with its test files"
	}
	return packageName(p)
}

// shownDetails returns the first of msgs to show after a first message,
// indented, and how many more there are.
func shownDetails(msgs []string) []string {
	const shown = 2 // after the first
	var details []string
	for _, m := range msgs[:min(len(msgs), shown)] {
		details = append(details, "\t"+m)
	}
	if len(msgs) > shown {
		details = append(details, "\t(and "+plural(len(msgs)-shown, "more error", "more errors")+")")
	}
	return details
}

// isMissing reports whether p is a package the go command could not find
// or download: it has no files, only an error of go list.
func isMissing(p *packages.Package) bool {
	return len(p.GoFiles) == 0 && len(p.CompiledGoFiles) == 0 && p.Name == "" &&
		slices.ContainsFunc(p.Errors, func(e packages.Error) bool { return e.Kind == packages.ListError })
}

// missing describes the missing package p, imported in the graph of root:
// a package of root's module that does not exist (probably generated, and
// the go command's advice to "go get" it is wrong), or one whose module
// the go command could not get, in the go command's words.
func (c *loadChecker) missing(p, root *packages.Package) loadError {
	var goMsg, at string
	for _, e := range p.Errors {
		if e.Kind == packages.ListError {
			goMsg, at = e.Msg, c.errorPos(e)
			break
		}
	}
	imported := ""
	if at != "" {
		imported = " (imported at " + at + ")"
	}
	byTest := strings.Contains(at, "_test.go:")
	if mod := root.Module; mod != nil && mod.Main && (p.PkgPath == mod.Path || strings.HasPrefix(p.PkgPath, mod.Path+"/")) {
		e := loadError{
			Pkg: packageName(p),
			Msg: fmt.Sprintf("package %s%s does not exist: it is a package of this module (%s) that is missing, probably generated and not committed; run 'go generate ./...'", p.PkgPath, imported, mod.Path),
		}
		if byTest {
			e.Details = []string{"\t(a test file imports it: -test=false leaves test files out)"}
		}
		return e
	}
	goMsg, _, _ = strings.Cut(goMsg, "\n")
	goMsg = strings.TrimSuffix(goMsg, "; to add:")
	goMsg = strings.TrimSuffix(goMsg, "; to add it:")
	return loadError{
		Pkg: packageName(p),
		Msg: fmt.Sprintf("package %s%s cannot be loaded: the go command could not get its module: %s", p.PkgPath, imported, goMsg),
	}
}

// ownErrors returns the errors of p less those that only follow from a
// broken import (the type checker's "could not import X" when X has
// errors, or when the go command failed and X is missing, and what it
// says about the names X would have declared), and reports whether any
// are left. If all of p's errors are such consequences but no import of p
// is broken, they are p's own.
func (c *loadChecker) ownErrors(p *packages.Package) ([]packages.Error, bool) {
	if len(p.Errors) == 0 {
		return nil, false
	}
	brokenImport := c.goFailed
	for _, imp := range p.Imports {
		brokenImport = brokenImport || c.broken[imp]
	}
	if !brokenImport {
		return p.Errors, true
	}
	own := slices.DeleteFunc(slices.Clone(p.Errors), func(e packages.Error) bool {
		return e.Kind == packages.TypeError && (strings.HasPrefix(e.Msg, "could not import ") || strings.HasSuffix(e.Msg, " redeclared in this block"))
	})
	return own, len(own) > 0
}

// messages formats errs as "file:line:col: message" with short file
// names, dropping repeats.
func (c *loadChecker) messages(errs []packages.Error) []string {
	var msgs []string
	for _, e := range errs {
		m := e.Msg
		if pos := c.errorPos(e); pos != "" {
			m = pos + ": " + m
		}
		if !slices.Contains(msgs, m) {
			msgs = append(msgs, m)
		}
	}
	return msgs
}

// errorPos matches the "file:line[:col]" of a packages.Error position.
var errorPos = regexp.MustCompile(`^(.*?)(:[0-9]+(?::[0-9]+)?)$`)

// errorPos returns the position of e with a short file name, or "".
func (c *loadChecker) errorPos(e packages.Error) string {
	pos := e.Pos
	if m := errorPos.FindStringSubmatch(pos); m != nil {
		pos = shortPath(c.baseDir, m[1]) + m[2]
	}
	if pos == "-" {
		return ""
	}
	return pos
}

// errorFile returns the short name of the file of e's position, or "".
func (c *loadChecker) errorFile(e packages.Error) string {
	if m := errorPos.FindStringSubmatch(e.Pos); m != nil {
		return shortPath(c.baseDir, m[1])
	}
	return ""
}

// printLoadErrors prints problems on w, each line prefixed with the
// program's name but the details' (which are indented).
func printLoadErrors(w io.Writer, name string, problems []loadError) {
	for _, e := range problems {
		fmt.Fprintf(w, "%s: %s\n", name, e.Msg)
		for _, d := range e.Details {
			if strings.HasPrefix(d, "\t") {
				fmt.Fprintf(w, "%s\n", d)
			} else {
				fmt.Fprintf(w, "%s: %s\n", name, d)
			}
		}
	}
}
