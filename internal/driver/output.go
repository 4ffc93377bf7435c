package driver

import (
	"cmp"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// A finding is one diagnostic reported by an analyzer on a requested
// package.
type finding struct {
	Pkg      string // package path (a test variant has its package's path, as in go vet)
	Analyzer string
	Fset     *token.FileSet
	Diag     analysis.Diagnostic
	Posn     token.Position // Fset.Position(Diag.Pos)
}

// An analysisError is the failure of an analyzer on a package.
type analysisError struct {
	Pkg      string
	Analyzer string
	Err      error
}

// A suppressedFinding is a finding that a //stripeerrlint:ignore
// directive suppressed (recorded by the directive analyzer, see
// [directive.Result.Suppressions]). Only the SARIF format shows them, as
// results with a suppression; the text and JSON formats never see them.
type suppressedFinding struct {
	finding
	Reason    string         // the directive's reason
	Directive token.Position // where the directive is
}

// A report is everything the standalone driver prints about one run: the
// findings (sorted by [compareFindings]), the suppressed findings (idem;
// gathered only for the SARIF format) and the analyzer failures. A
// [formatter] turns it into output.
type report struct {
	Findings   []finding
	Suppressed []suppressedFinding
	Errors     []analysisError
	LoadErrors []loadError // packages not analyzed (or only in part), failures of the go command
	Selected   []string    // the names of the analyzers that ran
}

// A formatter writes a report in one output format. To add a format,
// implement this interface and add it to formatters.
type formatter interface {
	format(w io.Writer, r *report) error
}

// formatOptions are the settings that formatters share.
type formatOptions struct {
	BaseDir string // text output shows file names relative to this
	Context int    // text: lines of context around each finding (-c); <0 none

	// SARIF
	Analyzers       []*analysis.Analyzer // every analyzer of the suite: the rules
	Version         string               // the version, as -V=full prints it
	SemanticVersion string               // the module's version, if a release
	RepoRoot        string               // URIs are relative to this
}

// newFormatter returns the formatter for -format (text, json or sarif).
func newFormatter(format string, opts formatOptions) formatter {
	switch format {
	case formatJSON:
		return jsonFormatter{}
	case formatSARIF:
		return sarifFormatter{opts}
	}
	return textFormatter{opts}
}

// compareFindings orders findings by file name, line, column, analyzer and
// message, which makes the output deterministic.
func compareFindings(x, y finding) int {
	return cmp.Or(
		cmp.Compare(x.Posn.Filename, y.Posn.Filename),
		cmp.Compare(x.Posn.Line, y.Posn.Line),
		cmp.Compare(x.Posn.Column, y.Posn.Column),
		cmp.Compare(x.Analyzer, y.Analyzer),
		cmp.Compare(x.Diag.Message, y.Diag.Message),
		cmp.Compare(x.Pkg, y.Pkg),
	)
}

// textFormatter prints one line per finding, "file:line:col: message",
// with file names relative to the base directory when that is shorter (as
// go vet prints them), then one indented line per related position. A
// finding reported identically in two packages (a file shared by p and a
// test variant) is printed once.
type textFormatter struct{ opts formatOptions }

func (f textFormatter) format(w io.Writer, r *report) error {
	var sb strings.Builder
	type key struct {
		posn, end token.Position
		analyzer  string
		message   string
	}
	seen := make(map[key]bool)
	for _, fd := range r.Findings {
		k := key{fd.Posn, fd.Fset.Position(fd.Diag.End), fd.Analyzer, fd.Diag.Message}
		if seen[k] {
			continue
		}
		seen[k] = true
		f.line(&sb, fd.Posn, fd.Fset.Position(fd.Diag.End), fd.Diag.Message)
		for _, rel := range fd.Diag.Related {
			f.line(&sb, fd.Fset.Position(rel.Pos), fd.Fset.Position(rel.End), "\t"+rel.Message)
		}
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

func (f textFormatter) line(sb *strings.Builder, posn, end token.Position, message string) {
	fmt.Fprintf(sb, "%s: %s\n", shortPosn(f.opts.BaseDir, posn), redact(message))
	if f.opts.Context < 0 || !posn.IsValid() {
		return
	}
	if !end.IsValid() || end.Filename != posn.Filename {
		end = posn
	}
	data, _ := os.ReadFile(posn.Filename)
	lines := strings.Split(string(data), "\n")
	for i := posn.Line - f.opts.Context; i <= end.Line+f.opts.Context; i++ {
		if 1 <= i && i <= len(lines) {
			fmt.Fprintf(sb, "%d\t%s\n", i, redact(lines[i-1]))
		}
	}
}

// shortPath returns filename relative to base if that is shorter, as the
// go command shows file names; otherwise filename unchanged.
func shortPath(base, filename string) string {
	if base == "" || !filepath.IsAbs(filename) {
		return filename
	}
	if rel, err := filepath.Rel(base, filename); err == nil && len(rel) < len(filename) {
		return rel
	}
	return filename
}

// shortPosn formats posn as "file:line:col" with a short file name.
func shortPosn(base string, posn token.Position) string {
	posn.Filename = shortPath(base, posn.Filename)
	return posn.String()
}

// jsonFormatter prints the JSON tree that go vet -json and the x/tools
// checkers print: package -> analyzer name -> either a list of
// diagnostics or {"error": "..."}. A package that could not be loaded or
// type-checked has the error under every analyzer that was to run; when
// the go command failed, the "package" is the command line's patterns. Packages are named by their path, as go
// vet names them (the x/tools checkers use go/packages IDs, which differ
// for test variants: "p [p.test]"). File names are absolute; offsets in
// edits are byte offsets. Messages are redacted; a suggested fix that
// would insert a secret is left out.
type jsonFormatter struct{}

// The JSON schema, as defined by golang.org/x/tools/go/analysis (its
// internal analysisflags and driverutil packages) and parsed by go vet.
type (
	jsonTree  map[string]map[string]any
	jsonError struct {
		Err string `json:"error"`
	}
	jsonDiagnostic struct {
		Category       string             `json:"category,omitempty"`
		Posn           string             `json:"posn"`
		End            string             `json:"end"`
		Message        string             `json:"message"`
		SuggestedFixes []jsonSuggestedFix `json:"suggested_fixes,omitempty"`
		Related        []jsonRelated      `json:"related,omitempty"`
	}
	jsonSuggestedFix struct {
		Message string         `json:"message"`
		Edits   []jsonTextEdit `json:"edits"`
	}
	jsonTextEdit struct {
		Filename string `json:"filename"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		New      string `json:"new"`
	}
	jsonRelated struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	}
)

func (jsonFormatter) format(w io.Writer, r *report) error {
	tree := make(jsonTree)
	pkgMap := func(pkg string) map[string]any {
		m, ok := tree[pkg]
		if !ok {
			m = make(map[string]any)
			tree[pkg] = m
		}
		return m
	}
	for _, e := range r.Errors {
		pkgMap(e.Pkg)[e.Analyzer] = jsonError{redact(e.Err.Error())}
	}
	// A package that was not analyzed is an error of every analyzer, as
	// go vet -json and the x/tools checkers show a package that does not
	// type-check. (A package analyzed without its test files has its
	// findings here, and the warning on standard error only.)
	for _, e := range r.LoadErrors {
		if e.Warning {
			continue
		}
		for _, a := range r.Selected {
			pkgMap(e.Pkg)[a] = jsonError{redact(e.text())}
		}
	}
	for _, fd := range r.Findings {
		m := pkgMap(fd.Pkg)
		if _, isErr := m[fd.Analyzer].(jsonError); isErr {
			continue
		}
		list, _ := m[fd.Analyzer].([]jsonDiagnostic)
		jd := toJSON(fd.Fset, fd.Diag)
		redactJSON(&jd)
		m[fd.Analyzer] = append(list, jd)
	}
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

func toJSON(fset *token.FileSet, d analysis.Diagnostic) jsonDiagnostic {
	jd := jsonDiagnostic{
		Category: d.Category,
		Posn:     fset.Position(d.Pos).String(),
		End:      fset.Position(cmp.Or(d.End, d.Pos)).String(),
		Message:  d.Message,
	}
	for _, fix := range d.SuggestedFixes {
		jf := jsonSuggestedFix{Message: fix.Message}
		for _, e := range fix.TextEdits {
			start := fset.Position(e.Pos)
			jf.Edits = append(jf.Edits, jsonTextEdit{
				Filename: start.Filename,
				Start:    start.Offset,
				End:      fset.Position(cmp.Or(e.End, e.Pos)).Offset,
				New:      string(e.NewText),
			})
		}
		jd.SuggestedFixes = append(jd.SuggestedFixes, jf)
	}
	for _, rel := range d.Related {
		jd.Related = append(jd.Related, jsonRelated{
			Posn:    fset.Position(rel.Pos).String(),
			End:     fset.Position(cmp.Or(rel.End, rel.Pos)).String(),
			Message: rel.Message,
		})
	}
	return jd
}

// redactJSON redacts the messages of jd and drops the suggested fixes
// that would insert a secret (shown redacted, they would be wrong).
func redactJSON(jd *jsonDiagnostic) {
	jd.Message = redact(jd.Message)
	for i := range jd.Related {
		jd.Related[i].Message = redact(jd.Related[i].Message)
	}
	jd.SuggestedFixes = slices.DeleteFunc(jd.SuggestedFixes, func(f jsonSuggestedFix) bool {
		return hasSecret(f.Message) || slices.ContainsFunc(f.Edits, func(e jsonTextEdit) bool { return hasSecret(e.New) })
	})
	if len(jd.SuggestedFixes) == 0 {
		jd.SuggestedFixes = nil
	}
}

// sortFindings sorts findings in place by [compareFindings].
func sortFindings(fs []finding) { slices.SortStableFunc(fs, compareFindings) }
