package driver

import (
	"cmp"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"

	"github.com/stripeerrlint/stripeerrlint/docs"
)

// sarifFormatter writes the report as a SARIF 2.1.0 log (-format sarif),
// the format GitHub code scanning and other viewers take:
//
//   - one run, whose tool.driver is stripeerrlint with the version that
//     -V=full prints, and one rule (reportingDescriptor) per analyzer of
//     the suite, whether it ran or not: id = the analyzer's name,
//     shortDescription = its Doc summary, fullDescription = the rest of
//     its Doc, help = its documentation page (docs/rules/NAME.md, in
//     Markdown, as GitHub shows it under an alert), helpUri = its URL;
//   - one result per finding: ruleId = the analyzer's name, and the
//     finding's Category in properties.category. The category is not part
//     of the rule id: code scanning keys alerts, filters and rule help by
//     ruleId, and the categories of a rule are not declared anywhere, so
//     ids such as "uncheckederr/blank" would each be a rule with no
//     description or help, and renaming a category would close and reopen
//     every alert of it;
//   - level "warning" (the analyzers report mistakes, none of which stops a
//     build by itself);
//   - locations with a URI relative to the repository root (the nearest
//     directory above the module that holds .git, else the module root),
//     as uriBaseId SRCROOT, which originalUriBaseIds maps to the absolute
//     root (files outside it get absolute file: URIs); regions with
//     1-based lines and 1-based columns in UTF-16 code units
//     (run.columnKind "utf16CodeUnits", SARIF's default and what GitHub
//     and editors count in; go/token's columns are bytes, so they are
//     converted from the file's text);
//   - relatedLocations from the finding's related information;
//   - fixes from all its suggested fixes: one artifactChange per file,
//     one replacement per edit (deletedRegion by line and column,
//     insertedContent);
//   - a finding suppressed by a //stripeerrlint:ignore directive is a
//     result with a suppressions entry (kind inSource, the directive's
//     reason as justification, the directive's location), so that viewers
//     can show it as suppressed rather than lose it.
//
// Analyzer failures, packages that could not be loaded or type-checked
// (and test variants analyzed without their test files, as warnings) and
// failures of the go command are toolExecutionNotifications of the
// invocation, whose executionSuccessful is then false.
type sarifFormatter struct{ opts formatOptions }

const (
	sarifVersion = "2.1.0"
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	sarifSrcRoot = "SRCROOT"

	// informationURI is the project's home page.
	informationURI = "https://github.com/stripeerrlint/stripeerrlint"
)

// The subset of SARIF 2.1.0 the formatter writes.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool               sarifTool                        `json:"tool"`
		Invocations        []sarifInvocation                `json:"invocations"`
		OriginalURIBaseIDs map[string]sarifArtifactLocation `json:"originalUriBaseIds,omitempty"`
		Results            []sarifResult                    `json:"results"`
		ColumnKind         string                           `json:"columnKind"`
	}
	sarifTool struct {
		Driver sarifToolComponent `json:"driver"`
	}
	sarifToolComponent struct {
		Name            string                     `json:"name"`
		Version         string                     `json:"version,omitempty"`
		SemanticVersion string                     `json:"semanticVersion,omitempty"`
		InformationURI  string                     `json:"informationUri"`
		Rules           []sarifReportingDescriptor `json:"rules"`
	}
	sarifReportingDescriptor struct {
		ID                   string                      `json:"id"`
		ShortDescription     sarifMessage                `json:"shortDescription"`
		FullDescription      *sarifMessage               `json:"fullDescription,omitempty"`
		Help                 *sarifMessage               `json:"help,omitempty"`
		HelpURI              string                      `json:"helpUri,omitempty"`
		DefaultConfiguration sarifReportingConfiguration `json:"defaultConfiguration"`
	}
	sarifReportingConfiguration struct {
		Level string `json:"level"`
	}
	sarifMessage struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown,omitempty"`
	}
	sarifInvocation struct {
		ExecutionSuccessful        bool                `json:"executionSuccessful"`
		ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
	}
	sarifNotification struct {
		Level   string       `json:"level"`
		Message sarifMessage `json:"message"`
	}
	sarifResult struct {
		RuleID           string             `json:"ruleId"`
		RuleIndex        int                `json:"ruleIndex"`
		Level            string             `json:"level"`
		Message          sarifMessage       `json:"message"`
		Locations        []sarifLocation    `json:"locations"`
		RelatedLocations []sarifLocation    `json:"relatedLocations,omitempty"`
		Fixes            []sarifFix         `json:"fixes,omitempty"`
		Suppressions     []sarifSuppression `json:"suppressions,omitempty"`
		Properties       *sarifProperties   `json:"properties,omitempty"`
	}
	sarifProperties struct {
		Category string `json:"category,omitempty"`
	}
	sarifLocation struct {
		ID               *int                  `json:"id,omitempty"`
		PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
		Message          *sarifMessage         `json:"message,omitempty"`
	}
	sarifPhysicalLocation struct {
		ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
		Region           *sarifRegion          `json:"region,omitempty"`
	}
	sarifArtifactLocation struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn,omitempty"`
		EndLine     int `json:"endLine,omitempty"`
		EndColumn   int `json:"endColumn,omitempty"`
	}
	sarifFix struct {
		Description     sarifMessage          `json:"description"`
		ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
	}
	sarifArtifactChange struct {
		ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
		Replacements     []sarifReplacement    `json:"replacements"`
	}
	sarifReplacement struct {
		DeletedRegion   sarifRegion           `json:"deletedRegion"`
		InsertedContent *sarifArtifactContent `json:"insertedContent,omitempty"`
	}
	sarifArtifactContent struct {
		Text string `json:"text"`
	}
	sarifSuppression struct {
		Kind          string         `json:"kind"`
		Justification string         `json:"justification,omitempty"`
		Location      *sarifLocation `json:"location,omitempty"`
	}
)

func (f sarifFormatter) format(w io.Writer, r *report) error {
	c := &sarifConverter{root: f.opts.RepoRoot, lines: make(map[string][]string)}
	tool := sarifToolComponent{
		Name:            "stripeerrlint",
		Version:         f.opts.Version,
		SemanticVersion: f.opts.SemanticVersion,
		InformationURI:  informationURI,
		Rules:           []sarifReportingDescriptor{},
	}
	ruleIndex := make(map[string]int)
	for _, a := range f.opts.Analyzers {
		ruleIndex[a.Name] = len(tool.Rules)
		tool.Rules = append(tool.Rules, sarifRule(a))
	}
	// ruleOf returns the index of the rule named name, adding a bare rule
	// for an analyzer the formatter was not told of.
	ruleOf := func(name string) int {
		i, ok := ruleIndex[name]
		if !ok {
			i = len(tool.Rules)
			ruleIndex[name] = i
			tool.Rules = append(tool.Rules, sarifReportingDescriptor{
				ID: name, ShortDescription: sarifMessage{Text: name}, DefaultConfiguration: sarifReportingConfiguration{"warning"}})
		}
		return i
	}

	inv := sarifInvocation{ExecutionSuccessful: len(r.Errors) == 0 && len(r.LoadErrors) == 0}
	for _, e := range r.LoadErrors {
		level := "error"
		if e.Warning {
			level = "warning"
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{
			Level:   level,
			Message: sarifMessage{Text: redact(e.text())},
		})
	}
	for _, e := range r.Errors {
		if strings.HasPrefix(e.Err.Error(), "failed prerequisites: ") {
			continue // the cause is reported on its own
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{
			Level:   "error",
			Message: sarifMessage{Text: redact(fmt.Sprintf("analyzer %s failed on package %s: %v", e.Analyzer, e.Pkg, e.Err))},
		})
	}

	results := []sarifResult{}
	type key struct {
		posn, end token.Position
		analyzer  string
		message   string
	}
	seen := make(map[key]bool) // a finding in a file shared by p and its test variant
	add := func(fd finding, sup *sarifSuppression) {
		k := key{fd.Posn, fd.Fset.Position(fd.Diag.End), fd.Analyzer, fd.Diag.Message}
		if seen[k] {
			return
		}
		seen[k] = true
		res := c.result(fd)
		res.RuleID, res.RuleIndex = fd.Analyzer, ruleOf(fd.Analyzer)
		if sup != nil {
			res.Suppressions = []sarifSuppression{*sup}
		}
		results = append(results, res)
	}
	// Findings and suppressed findings, in position order.
	i, j := 0, 0
	for i < len(r.Findings) || j < len(r.Suppressed) {
		if j == len(r.Suppressed) || i < len(r.Findings) && compareFindings(r.Findings[i], r.Suppressed[j].finding) <= 0 {
			add(r.Findings[i], nil)
			i++
			continue
		}
		s := r.Suppressed[j]
		sup := &sarifSuppression{Kind: "inSource", Justification: redact(s.Reason)}
		if s.Directive.IsValid() {
			sup.Location = &sarifLocation{PhysicalLocation: c.physical(s.Directive, token.Position{})}
		}
		add(s.finding, sup)
		j++
	}

	run := sarifRun{
		Tool:        sarifTool{Driver: tool},
		Invocations: []sarifInvocation{inv},
		Results:     results,
		ColumnKind:  "utf16CodeUnits",
	}
	if c.root != "" {
		run.OriginalURIBaseIDs = map[string]sarifArtifactLocation{sarifSrcRoot: {URI: fileURI(c.root, true)}}
	}
	data, err := json.MarshalIndent(sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}}, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

// sarifRule describes analyzer a.
func sarifRule(a *analysis.Analyzer) sarifReportingDescriptor {
	rd := sarifReportingDescriptor{
		ID:                   a.Name,
		ShortDescription:     sarifMessage{Text: summary(a)},
		HelpURI:              a.URL,
		DefaultConfiguration: sarifReportingConfiguration{"warning"},
	}
	if _, rest, ok := strings.Cut(strings.TrimSpace(a.Doc), "\n\n"); ok && strings.TrimSpace(rest) != "" {
		rd.FullDescription = &sarifMessage{Text: strings.TrimSpace(rest)}
	}
	if page, ok := docs.Rule(a.Name); ok {
		rd.Help = &sarifMessage{Text: strings.TrimSpace(a.Doc), Markdown: page}
	} else if a.Doc != "" {
		rd.Help = &sarifMessage{Text: strings.TrimSpace(a.Doc)}
	}
	return rd
}

// A sarifConverter converts positions and findings to SARIF.
type sarifConverter struct {
	root  string              // repository root: URIs are relative to it
	lines map[string][]string // file name -> lines, for UTF-16 columns
}

// result converts a finding (all but its rule).
func (c *sarifConverter) result(fd finding) sarifResult {
	d := fd.Diag
	res := sarifResult{
		Level:     "warning",
		Message:   sarifMessage{Text: redact(d.Message)},
		Locations: []sarifLocation{{PhysicalLocation: c.physical(fd.Posn, fd.Fset.Position(d.End))}},
	}
	if d.Category != "" {
		res.Properties = &sarifProperties{Category: d.Category}
	}
	for i, rel := range d.Related {
		id := i + 1
		res.RelatedLocations = append(res.RelatedLocations, sarifLocation{
			ID:               &id,
			PhysicalLocation: c.physical(fd.Fset.Position(rel.Pos), fd.Fset.Position(rel.End)),
			Message:          &sarifMessage{Text: redact(rel.Message)},
		})
	}
	for _, sf := range d.SuggestedFixes {
		if fix, ok := c.fix(fd.Fset, sf); ok {
			res.Fixes = append(res.Fixes, fix)
		}
	}
	return res
}

// fix converts a suggested fix. It reports false for a fix that cannot be
// shown: one with no edits, or one that would insert a secret (a redacted
// fix would be a wrong one).
func (c *sarifConverter) fix(fset *token.FileSet, sf analysis.SuggestedFix) (sarifFix, bool) {
	if len(sf.TextEdits) == 0 || hasSecret(sf.Message) {
		return sarifFix{}, false
	}
	fix := sarifFix{Description: sarifMessage{Text: sf.Message}}
	byFile := make(map[string]int) // file name -> index in ArtifactChanges
	edits := slices.Clone(sf.TextEdits)
	slices.SortStableFunc(edits, func(x, y analysis.TextEdit) int { return cmp.Compare(x.Pos, y.Pos) })
	for _, e := range edits {
		if hasSecret(string(e.NewText)) {
			return sarifFix{}, false
		}
		start, end := fset.Position(e.Pos), fset.Position(cmp.Or(e.End, e.Pos))
		if !start.IsValid() || end.Filename != start.Filename {
			return sarifFix{}, false
		}
		i, ok := byFile[start.Filename]
		if !ok {
			i = len(fix.ArtifactChanges)
			byFile[start.Filename] = i
			fix.ArtifactChanges = append(fix.ArtifactChanges, sarifArtifactChange{ArtifactLocation: c.artifact(start.Filename)})
		}
		rep := sarifReplacement{DeletedRegion: *c.region(start, end)}
		if len(e.NewText) > 0 {
			rep.InsertedContent = &sarifArtifactContent{Text: string(e.NewText)}
		}
		fix.ArtifactChanges[i].Replacements = append(fix.ArtifactChanges[i].Replacements, rep)
	}
	return fix, true
}

// physical returns the location of the range from posn to end (end may be
// invalid: the region is then the rest of posn's line).
func (c *sarifConverter) physical(posn, end token.Position) sarifPhysicalLocation {
	pl := sarifPhysicalLocation{ArtifactLocation: c.artifact(posn.Filename)}
	if posn.Line > 0 {
		pl.Region = c.region(posn, end)
	}
	return pl
}

// region converts a range of positions to a SARIF region. An empty range
// is an insertion point (endColumn = startColumn).
func (c *sarifConverter) region(posn, end token.Position) *sarifRegion {
	r := &sarifRegion{StartLine: max(posn.Line, 1), StartColumn: c.column(posn)}
	if end.IsValid() && end.Filename == posn.Filename && end.Offset >= posn.Offset {
		r.EndLine, r.EndColumn = end.Line, c.column(end)
	}
	return r
}

// column returns the 1-based UTF-16 column of posn, from the text of its
// line; if the file cannot be read, its byte column.
func (c *sarifConverter) column(posn token.Position) int {
	if posn.Column < 1 {
		return 1
	}
	lines, ok := c.lines[posn.Filename]
	if !ok {
		if data, err := os.ReadFile(posn.Filename); err == nil {
			lines = strings.Split(string(data), "\n")
		}
		c.lines[posn.Filename] = lines
	}
	if posn.Line < 1 || posn.Line > len(lines) {
		return posn.Column
	}
	line := lines[posn.Line-1]
	prefix := line[:min(posn.Column-1, len(line))]
	if !utf8.ValidString(prefix) {
		return posn.Column
	}
	return 1 + len(utf16.Encode([]rune(prefix)))
}

// artifact returns the location of the file name: relative to the
// repository root, or an absolute file: URI if it lies outside.
func (c *sarifConverter) artifact(name string) sarifArtifactLocation {
	if c.root != "" && filepath.IsAbs(name) {
		if rel, err := filepath.Rel(c.root, name); err == nil && filepath.IsLocal(rel) {
			return sarifArtifactLocation{URI: (&url.URL{Path: filepath.ToSlash(rel)}).String(), URIBaseID: sarifSrcRoot}
		}
	}
	if filepath.IsAbs(name) {
		return sarifArtifactLocation{URI: fileURI(name, false)}
	}
	return sarifArtifactLocation{URI: (&url.URL{Path: filepath.ToSlash(name)}).String()}
}

// fileURI returns the file: URI of the absolute path name, ending in a
// slash if dir.
func fileURI(name string, dir bool) string {
	p := filepath.ToSlash(name)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/x on Windows
	}
	if dir && !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// repoRoot returns the root of the repository that holds dir: the nearest
// directory at or above dir that holds .git (a directory, or a file in a
// worktree or submodule), or dir itself if there is none.
func repoRoot(dir string) string {
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return dir
		}
		d = parent
	}
}
