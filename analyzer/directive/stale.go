package directive

import (
	"fmt"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/stripeerrlint/stripeerrlint/internal/ruledoc"
)

// StaleName is the name of the analyzer that [NewStaleAnalyzer] builds.
const StaleName = "staleignore"

// NewStaleAnalyzer returns an analyzer that reports the
// //stripeerrlint:ignore directives that suppressed no finding of the given
// rules (each an analyzer that requires [Analyzer] and reports through
// [Report]).
//
// # Why it is built, not declared
//
// A directive is stale only if the rule it names ran and reported nothing
// there; a directive naming a rule that did not run must not be judged. In
// the go/analysis model the one way to run after the rules is to require
// them, and requiring a rule runs it. So the analyzer requires exactly the
// rules it judges, and a driver builds it for the rules it runs
// ([WithStale]): the stale check never makes a deselected rule run, and
// never judges one that did not.
//
// Directives in generated files are not judged unless
// -stripeerrlint.check-generated is set: findings there are dropped, not
// suppressed.
func NewStaleAnalyzer(rules ...*analysis.Analyzer) *analysis.Analyzer {
	rules = slices.Clone(rules)
	var names []string
	for _, r := range rules {
		names = append(names, r.Name)
	}
	return &analysis.Analyzer{
		Name: StaleName,
		Doc: StaleName + ": report //stripeerrlint:ignore directives that suppressed nothing\n\n" +
			"A directive naming a rule that ran and reported nothing on its line or the next is reported, " +
			"so that stale suppressions do not pile up. See " + ruledoc.URL(Name) + ".",
		URL:      ruledoc.URL(Name) + "#stale",
		Requires: append([]*analysis.Analyzer{Analyzer}, rules...),
		Run: func(pass *analysis.Pass) (any, error) {
			reportStale(pass, From(pass), names)
			return nil, nil
		},
	}
}

// WithStale returns analyzers with a stale-directive analyzer
// ([NewStaleAnalyzer]) added at the end for those of analyzers that
// require [Analyzer] directly (the rules), or analyzers itself if there are
// none. Drivers call it with the analyzers they are about to run.
func WithStale(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	var rules []*analysis.Analyzer
	for _, a := range analyzers {
		if a.Name != StaleName && slices.Contains(a.Requires, Analyzer) {
			rules = append(rules, a)
		}
	}
	if len(rules) == 0 {
		return analyzers
	}
	return append(slices.Clip(analyzers), NewStaleAnalyzer(rules...))
}

// reportStale reports, in source order, each directive naming one of rules
// that suppressed no finding of it. It runs after the rules (it requires
// them), so r holds every suppression of the package.
func reportStale(pass *analysis.Pass, r *Result, rules []string) {
	type used struct {
		rule      string
		directive token.Pos
	}
	matched := make(map[used]bool)
	for _, s := range r.Suppressions() {
		matched[used{s.Analyzer, s.Directive}] = true
	}
	var diags []analysis.Diagnostic
	for _, f := range pass.Files {
		fd := r.files[pass.Fset.File(f.FileStart)]
		if fd == nil || fd.generated && !r.checkGenerated {
			continue
		}
		for _, ig := range fd.ignores {
			var stale []string
			for _, rule := range ig.rules {
				if slices.Contains(rules, rule) && !matched[used{rule, ig.pos}] {
					stale = append(stale, rule)
				}
			}
			if len(stale) == 0 {
				continue
			}
			what := prefix + "ignore " + strings.Join(ig.rules, ",")
			msg := what + " suppressed nothing (remove it)"
			if len(stale) < len(ig.rules) {
				list := strings.Join(stale, ",")
				msg = fmt.Sprintf("%s suppressed nothing for %s (remove %s from it)", what, list, list)
			}
			diags = append(diags, analysis.Diagnostic{Pos: ig.pos, End: ig.end, Category: "stale", Message: msg,
				SuggestedFixes: staleFix(pass, ig, stale)})
		}
	}
	ReportAll(pass, diags)
}

// staleFix returns the fix for a directive whose rules in stale suppressed
// nothing: remove those rules from it, or, if none is left, the directive
// (with its line if it is alone on it). It returns nil if the file cannot
// be read.
func staleFix(pass *analysis.Pass, ig ignore, stale []string) []analysis.SuggestedFix {
	var keep []string
	for _, rule := range ig.rules {
		if !slices.Contains(stale, rule) {
			keep = append(keep, rule)
		}
	}
	if len(keep) > 0 {
		body := strings.TrimPrefix(ig.text, prefix+"ignore")
		list := strings.Join(ig.rules, ",")
		i := strings.Index(body, list) // parse took the rules from the first field
		if i < 0 {
			return nil
		}
		text := prefix + "ignore" + body[:i] + strings.Join(keep, ",") + body[i+len(list):]
		return []analysis.SuggestedFix{{
			Message:   "Remove " + strings.Join(stale, ",") + " from the directive",
			TextEdits: []analysis.TextEdit{{Pos: ig.pos, End: ig.end, NewText: []byte(text)}},
		}}
	}
	tf := pass.Fset.File(ig.pos)
	src, err := pass.ReadFile(tf.Name())
	if err != nil || len(src) != tf.Size() {
		return nil
	}
	start, end := tf.Offset(ig.pos), tf.Offset(ig.end)
	for start > 0 && (src[start-1] == ' ' || src[start-1] == '\t') {
		start--
	}
	if (start == 0 || src[start-1] == '\n') && end < len(src) && src[end] == '\n' {
		end++ // alone on its line: remove the line
	}
	return []analysis.SuggestedFix{{
		Message:   "Remove the directive",
		TextEdits: []analysis.TextEdit{{Pos: tf.Pos(start), End: tf.Pos(end)}},
	}}
}
