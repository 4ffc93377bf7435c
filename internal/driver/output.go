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

// A report is everything the standalone driver prints about one run: the
// findings (sorted by [compareFindings]) and the analyzer failures. A
// [formatter] turns it into output.
type report struct {
	Findings []finding
	Errors   []analysisError
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
}

// newFormatter returns the formatter for the -json flag: JSON or text.
func newFormatter(jsonOutput bool, opts formatOptions) formatter {
	if jsonOutput {
		return jsonFormatter{}
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
	fmt.Fprintf(sb, "%s: %s\n", shortPosn(f.opts.BaseDir, posn), message)
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
			fmt.Fprintf(sb, "%d\t%s\n", i, lines[i-1])
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
// diagnostics or {"error": "..."}. Packages are named by their path, as go
// vet names them (the x/tools checkers use go/packages IDs, which differ
// for test variants: "p [p.test]"). File names are absolute; offsets in
// edits are byte offsets.
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
		pkgMap(e.Pkg)[e.Analyzer] = jsonError{e.Err.Error()}
	}
	for _, fd := range r.Findings {
		m := pkgMap(fd.Pkg)
		if _, isErr := m[fd.Analyzer].(jsonError); isErr {
			continue
		}
		list, _ := m[fd.Analyzer].([]jsonDiagnostic)
		m[fd.Analyzer] = append(list, toJSON(fd.Fset, fd.Diag))
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

// sortFindings sorts findings in place by [compareFindings].
func sortFindings(fs []finding) { slices.SortStableFunc(fs, compareFindings) }
