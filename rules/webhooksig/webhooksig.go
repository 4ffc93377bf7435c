package webhooksig

import (
	"go/ast"
	"go/token"
	"go/types"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/analyzer/directive"
	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/flow"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
	"github.com/stripeerrlint/stripeerrlint/internal/ruledoc"
)

// Name is the analyzer's name.
const Name = "webhooksig"

// MaxToleranceFlag is the name of the flag that sets the longest signature
// tolerance accepted without a finding.
const MaxToleranceFlag = "max-tolerance"

// UnsetSecretFlag is the name of the flag that turns on the unsetsecret
// category, off by default.
const UnsetSecretFlag = "unsetsecret"

// Analyzer reports webhook handlers that skip or weaken signature
// verification.
var Analyzer = newAnalyzer()

// Categories of the findings.
const (
	CategoryUnverified  = "unverified"  // an event decoded from the request on a path without verification
	CategoryUnchecked   = "unchecked"   // the verification error is discarded, blanked or never read
	CategoryUnenforced  = "unenforced"  // the event is used on a path where verification failed
	CategoryReplay      = "replay"      // the signature's timestamp is not checked, or barely
	CategoryEmptySecret = "emptysecret" // the signing secret is empty
	CategoryUnsetSecret = "unsetsecret" // the signing secret, read from the environment, may be empty (off by default)
)

type options struct {
	maxTolerance time.Duration
	unsetSecret  bool
}

func newAnalyzer() *analysis.Analyzer {
	opts := &options{maxTolerance: time.Hour}
	a := &analysis.Analyzer{
		Name:      Name,
		Doc:       ruledoc.Doc(Name),
		URL:       ruledoc.URL(Name),
		Requires:  []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer, stripesdk.Analyzer, directive.Analyzer},
		FactTypes: []analysis.Fact{new(UnverifiedEvent)},
		Run: func(pass *analysis.Pass) (any, error) {
			return run(pass, opts)
		},
	}
	a.Flags.DurationVar(&opts.maxTolerance, MaxToleranceFlag, time.Hour, "longest webhook signature tolerance accepted without a finding")
	a.Flags.BoolVar(&opts.unsetSecret, UnsetSecretFlag, false, "report webhook signing secrets read from the environment and never checked for being empty (category unsetsecret)")
	return a
}

// run checks the package's webhook calls (stripesdk.WebhookCalls) for
// replay protection and empty secrets wherever they are (tolerance.go),
// its webhook options literals, and its HTTP handlers (handler.go). Code in
// _test.go files is left alone: tests replay recorded events with fixed
// secrets and build fake handlers; they are not where requests are forged.
func run(pass *analysis.Pass, opts *options) (any, error) {
	m := stripesdk.From(pass)
	if !m.Active() {
		return nil, nil
	}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{pass: pass, opts: opts, model: m, calls: m.WebhookCalls(), graphs: flow.NewGraphs(pass),
		unverifiedFuncs: make(map[*types.Func]string)}
	c.byFunc = make(map[inspector.Cursor][]stripesdk.WebhookCall)
	for _, wc := range c.calls {
		if fn, ok := gocode.InnermostFunc(wc.Cursor); ok {
			c.byFunc[fn] = append(c.byFunc[fn], wc)
		}
	}
	c.findUnverified(in)
	for _, wc := range c.calls {
		if !c.inTest(wc.Expr()) {
			c.call(wc)
		}
	}
	for cur := range in.Root().Preorder((*ast.CompositeLit)(nil), (*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		if c.inTest(cur.Node()) {
			continue
		}
		switch n := cur.Node().(type) {
		case *ast.CompositeLit:
			c.optionsLit(n)
		case *ast.FuncDecl:
			if fn, _ := pass.TypesInfo.Defs[n.Name].(*types.Func); fn != nil && n.Body != nil {
				c.function(cur, fn.Signature(), n.Body)
			}
		case *ast.FuncLit:
			if sig, _ := pass.TypesInfo.TypeOf(n).(*types.Signature); sig != nil {
				c.function(cur, sig, n.Body)
			}
		}
	}
	directive.ReportAll(pass, c.diags)
	return nil, nil
}

type checker struct {
	pass  *analysis.Pass
	opts  *options
	model *stripesdk.Model
	calls []stripesdk.WebhookCall // the package's, in source order
	// byFunc holds the webhook calls by the innermost function around
	// them (a declaration or a literal).
	byFunc map[inspector.Cursor][]stripesdk.WebhookCall
	graphs *flow.Graphs // ctrlflow's, shared with every analyzer that requires it
	diags  []analysis.Diagnostic
	// unverifiedFuncs are the package's functions with the UnverifiedEvent
	// fact, and the decoding call each names.
	unverifiedFuncs map[*types.Func]string
	secrets         *secrets // found on the first call of unsetSecret
}

// inTest reports whether n is in a _test.go file.
func (c *checker) inTest(n ast.Node) bool { return gocode.InTestFile(c.pass.Fset, n.Pos()) }

func (c *checker) report(pos, end token.Pos, category, msg string, fix *analysis.SuggestedFix, related ...analysis.RelatedInformation) {
	d := analysis.Diagnostic{Pos: pos, End: end, Category: category, Message: msg, Related: related}
	if fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	c.diags = append(c.diags, d)
}
