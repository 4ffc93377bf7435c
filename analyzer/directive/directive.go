package directive

import (
	"fmt"
	"go/ast"
	"go/token"
	"reflect"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/stripeerrlint/stripeerrlint/internal/ruledoc"
)

// Name is the analyzer's name: the flag prefix and what //nolint and nogo
// configurations call it.
const Name = "stripeerrlint"

// CheckGeneratedFlag is the name of the flag that reports findings in
// generated files too.
const CheckGeneratedFlag = "check-generated"

// Analyzer checks directives; its result (*Result) is what rules report
// through.
var Analyzer = newAnalyzer()

// KnownRules lists the names of the rules a directive may name. The suite's
// test holds it equal to the rules of suite.Analyzers.
var KnownRules = []string{
	"charges",
	"enumvalue",
	"errorsas",
	"errswitch",
	"eventdata",
	"fatal",
	"globalkey",
	"nilerror",
	"nilresult",
	"retrykey",
	"secretkey",
	"uncheckederr",
	"unexpanded",
	"webhooksig",
}

type options struct {
	checkGenerated bool
}

func newAnalyzer() *analysis.Analyzer {
	opts := new(options)
	a := &analysis.Analyzer{
		Name:       Name,
		Doc:        ruledoc.Doc(Name),
		URL:        ruledoc.URL(Name),
		ResultType: reflect.TypeFor[*Result](),
		Run: func(pass *analysis.Pass) (any, error) {
			return run(pass, *opts)
		},
	}
	a.Flags.BoolVar(&opts.checkGenerated, CheckGeneratedFlag, false, "report findings in generated files too")
	return a
}

// prefix starts every stripeerrlint directive.
const prefix = "//stripeerrlint:"

// Result knows, for one package, which findings must not be reported,
// and records those that Report suppressed by a directive.
type Result struct {
	checkGenerated bool
	files          map[*token.File]*fileDirectives

	mu         sync.Mutex // rules of one package report concurrently
	suppressed []Suppression
}

// A Suppression is a finding that a //stripeerrlint:ignore directive
// suppressed. Report records them so that a driver that can read the
// analyzer's result (the standalone driver's SARIF output) can show them
// as suppressed; no driver prints them as findings. Findings in generated
// files are dropped, not recorded: no directive suppressed them.
type Suppression struct {
	Analyzer   string              // the rule that reported the finding
	Diagnostic analysis.Diagnostic // the finding
	Reason     string              // the directive's reason
	Directive  token.Pos           // the position of the directive
}

// Suppressions returns the findings suppressed by directives so far, in
// the order they were reported.
func (r *Result) Suppressions() []Suppression {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.suppressed)
}

type fileDirectives struct {
	generated bool
	ignores   []ignore
}

// ignore is one well-formed //stripeerrlint:ignore directive.
type ignore struct {
	line   int // the line of the comment; it covers line and line+1
	rules  []string
	reason string
	pos    token.Pos // where the comment starts
	end    token.Pos // where it ends
	text   string    // the comment
}

// From returns the Result for pass's package. The pass's analyzer must
// require Analyzer.
func From(pass *analysis.Pass) *Result {
	return pass.ResultOf[Analyzer].(*Result)
}

// Report reports d through pass unless a directive suppresses it for
// pass's analyzer or it lies in a generated file that is not checked.
// A finding suppressed by a directive is recorded (see [Result.Suppressions]).
//
// It also drops a suggested fix with an edit outside the finding's file
// (positions from code that does not parse can lie anywhere): a fix that
// cannot be applied is not offered.
func Report(pass *analysis.Pass, d analysis.Diagnostic) {
	d.SuggestedFixes = applicableFixes(pass.Fset, d)
	r := From(pass)
	generated, ig := r.match(pass.Fset, pass.Analyzer.Name, d.Pos)
	switch {
	case generated:
	case ig != nil:
		r.mu.Lock()
		r.suppressed = append(r.suppressed, Suppression{pass.Analyzer.Name, d, ig.reason, ig.pos})
		r.mu.Unlock()
	default:
		pass.Report(d)
	}
}

// ReportAll reports diags through Report in source order: by file name,
// then offset. (token.Pos order across files depends on the order in which
// a driver parsed them, which go/packages does in parallel; every driver
// must see one order.)
func ReportAll(pass *analysis.Pass, diags []analysis.Diagnostic) {
	key := func(d analysis.Diagnostic) (string, int) {
		if tf := pass.Fset.File(d.Pos); tf != nil {
			return tf.Name(), tf.Offset(d.Pos)
		}
		return "", int(d.Pos)
	}
	slices.SortStableFunc(diags, func(a, b analysis.Diagnostic) int {
		fa, oa := key(a)
		fb, ob := key(b)
		if c := strings.Compare(fa, fb); c != 0 {
			return c
		}
		return oa - ob
	})
	for _, d := range diags {
		Report(pass, d)
	}
}

// applicableFixes returns the fixes of d whose edits all lie in d's file.
func applicableFixes(fset *token.FileSet, d analysis.Diagnostic) []analysis.SuggestedFix {
	tf := fset.File(d.Pos)
	fixes := d.SuggestedFixes[:0:0]
	for _, fix := range d.SuggestedFixes {
		ok := tf != nil
		for _, e := range fix.TextEdits {
			end := e.End
			if !end.IsValid() {
				end = e.Pos
			}
			if !ok || e.Pos < token.Pos(tf.Base()) || end > token.Pos(tf.Base()+tf.Size()) || end < e.Pos {
				ok = false
				break
			}
		}
		if ok {
			fixes = append(fixes, fix)
		}
	}
	if len(fixes) == 0 {
		return nil
	}
	return fixes
}

// Suppressed reports whether a finding of rule at pos must not be reported.
func (r *Result) Suppressed(fset *token.FileSet, rule string, pos token.Pos) bool {
	generated, ig := r.match(fset, rule, pos)
	return generated || ig != nil
}

// match reports whether pos lies in a generated file that is not checked,
// and otherwise returns the directive that suppresses a finding of rule at
// pos, if any.
func (r *Result) match(fset *token.FileSet, rule string, pos token.Pos) (generated bool, _ *ignore) {
	tf := fset.File(pos)
	fd := r.files[tf]
	if fd == nil {
		return false, nil
	}
	if fd.generated && !r.checkGenerated {
		return true, nil
	}
	line := tf.Line(pos)
	for i, ig := range fd.ignores {
		if (line == ig.line || line == ig.line+1) && slices.Contains(ig.rules, rule) {
			return false, &fd.ignores[i]
		}
	}
	return false, nil
}

func run(pass *analysis.Pass, opts options) (any, error) {
	r := &Result{checkGenerated: opts.checkGenerated, files: make(map[*token.File]*fileDirectives)}
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.FileStart)
		fd := &fileDirectives{generated: ast.IsGenerated(f)}
		r.files[tf] = fd
		for _, group := range f.Comments {
			for _, c := range group.List {
				if !strings.HasPrefix(c.Text, prefix) {
					continue
				}
				ig, problem := parse(c.Text)
				if problem != "" {
					if !fd.generated || opts.checkGenerated {
						pass.Report(analysis.Diagnostic{Pos: c.Pos(), End: c.End(), Category: "directive", Message: problem})
					}
					continue
				}
				ig.line, ig.pos, ig.end, ig.text = tf.Line(c.Pos()), c.Pos(), c.End(), c.Text
				fd.ignores = append(fd.ignores, ig)
			}
		}
	}
	return r, nil
}

// parse parses one comment that starts with prefix. It returns the
// directive, or a message saying what is wrong with it.
func parse(text string) (ignore, string) {
	body := strings.TrimPrefix(text, prefix)
	body, _, _ = strings.Cut(body, "//") // a further // starts an ordinary comment
	verb, rest, _ := strings.Cut(body, " ")
	verb = strings.TrimSpace(verb)
	if verb != "ignore" {
		return ignore{}, fmt.Sprintf("unknown directive %s%s (the only one is %signore)", prefix, verb, prefix)
	}
	fields := strings.Fields(rest)
	if len(fields) == 0 {
		return ignore{}, prefix + "ignore directive names no rule (write " + prefix + "ignore RULE REASON)"
	}
	rules := strings.Split(fields[0], ",")
	for _, rule := range rules {
		if !slices.Contains(KnownRules, rule) {
			return ignore{}, fmt.Sprintf("%signore directive names unknown rule %q (known: %s)", prefix, rule, strings.Join(KnownRules, ", "))
		}
	}
	if len(fields) == 1 {
		return ignore{}, fmt.Sprintf("%signore directive for %s gives no reason (write why after the rule name)", prefix, fields[0])
	}
	return ignore{rules: rules, reason: strings.Join(fields[1:], " ")}, ""
}
