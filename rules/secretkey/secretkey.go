package secretkey

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/analyzer/directive"
	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/fixes"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
	"github.com/stripeerrlint/stripeerrlint/internal/ruledoc"
)

// Name is the analyzer's name.
const Name = "secretkey"

// SkipTestsFlag is the name of the flag that leaves _test.go files alone,
// live keys included. Without it, only live keys are reported there.
const SkipTestsFlag = "skip-tests"

// Analyzer reports Stripe secrets in string literals.
var Analyzer = newAnalyzer()

// Categories of the findings.
const (
	CategoryLiveKey       = "livekey"       // sk_live_ or rk_live_
	CategoryTestKey       = "testkey"       // sk_test_ or rk_test_
	CategoryWebhookSecret = "webhooksecret" // whsec_
)

// Environment variables the fix reads the secrets from.
const (
	keyEnv     = "STRIPE_SECRET_KEY"
	webhookEnv = "STRIPE_WEBHOOK_SECRET"
)

type options struct {
	skipTests bool
}

func newAnalyzer() *analysis.Analyzer {
	opts := new(options)
	a := &analysis.Analyzer{
		Name:     Name,
		Doc:      ruledoc.Doc(Name),
		URL:      ruledoc.URL(Name),
		Requires: []*analysis.Analyzer{inspect.Analyzer, stripesdk.Analyzer, directive.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			return run(pass, opts)
		},
	}
	a.Flags.BoolVar(&opts.skipTests, SkipTestsFlag, false, "do not report secrets in _test.go files")
	return a
}

// run has no fast exit on stripesdk's Model.Active: secrets sit in
// configuration packages that import nothing of Stripe's. Visiting the
// string literals is cheap.
func run(pass *analysis.Pass, opts *options) (any, error) {
	m := stripesdk.From(pass)
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	var diags []analysis.Diagnostic
	for cur := range in.Root().Preorder((*ast.BasicLit)(nil)) {
		lit := cur.Node().(*ast.BasicLit)
		if lit.Kind != token.STRING || !strings.Contains(lit.Value, "_") {
			continue
		}
		inTest := gocode.InTestFile(pass.Fset, lit.Pos())
		if opts.skipTests && inTest {
			continue
		}
		value, err := strconv.Unquote(lit.Value)
		if err != nil {
			continue
		}
		for _, s := range stripesdk.FindSecrets(value) {
			if inTest && !s.Live {
				// Test-mode keys and signing secrets in tests move no
				// money, and tests need them; live keys stay reported.
				continue
			}
			d := analysis.Diagnostic{Pos: lit.Pos(), End: lit.End(), Category: category(s), Message: message(s)}
			if s.Start == 0 && s.End == len(value) {
				if fix := fixSecret(pass, m, cur, lit, s); fix != nil {
					d.SuggestedFixes = []analysis.SuggestedFix{*fix}
				}
			}
			diags = append(diags, d)
		}
	}
	directive.ReportAll(pass, diags)
	return nil, nil
}

func category(s stripesdk.Secret) string {
	switch {
	case s.Kind == stripesdk.WebhookSecret:
		return CategoryWebhookSecret
	case s.Live:
		return CategoryLiveKey
	}
	return CategoryTestKey
}

// message describes the secret, redacted.
func message(s stripesdk.Secret) string {
	what := "roll it and load it from the environment"
	if !s.Live && s.Kind != stripesdk.WebhookSecret {
		what = "load it from the environment"
	}
	return s.Describe() + " " + s.Redacted() + " in source code: " + what
}

// fixSecret replaces the literal with os.Getenv when it goes straight into
// a place that takes a secret of its kind.
func fixSecret(pass *analysis.Pass, m *stripesdk.Model, cur inspector.Cursor, lit *ast.BasicLit, s stripesdk.Secret) *analysis.SuggestedFix {
	sink := sinkOf(pass, m, cur, lit)
	env := ""
	switch {
	case sink == keySink && s.Kind != stripesdk.WebhookSecret:
		env = keyEnv
	case sink == webhookSink && s.Kind == stripesdk.WebhookSecret:
		env = webhookEnv
	default:
		return nil
	}
	file := gocode.EnclosingFile(cur)
	if file == nil {
		return nil
	}
	osName, edits, ok := fixes.AddImport(pass.TypesInfo, file, lit.Pos(), "os", "os")
	if !ok {
		return nil
	}
	edits = append(edits, analysis.TextEdit{Pos: lit.Pos(), End: lit.End(), NewText: []byte(osName + ".Getenv(" + strconv.Quote(env) + ")")})
	return &analysis.SuggestedFix{
		Message:   "Read it from the " + env + " environment variable (behavior change)",
		TextEdits: edits,
	}
}

type sink int

const (
	noSink sink = iota
	keySink
	webhookSink
)

// sinkOf says where the literal goes: into an API key (stripe.Key,
// stripe.NewClient, client.New, (*client.API).Init), into the secret of a
// webhook verification, or elsewhere.
func sinkOf(pass *analysis.Pass, m *stripesdk.Model, cur inspector.Cursor, lit *ast.BasicLit) sink {
	switch p := cur.Parent().Node().(type) {
	case *ast.AssignStmt:
		if p.Tok != token.ASSIGN || len(p.Lhs) != len(p.Rhs) {
			return noSink
		}
		for i, rhs := range p.Rhs {
			if rhs != lit {
				continue
			}
			var id *ast.Ident
			switch lhs := ast.Unparen(p.Lhs[i]).(type) {
			case *ast.SelectorExpr:
				id = lhs.Sel
			case *ast.Ident:
				id = lhs
			}
			if id == nil {
				return noSink
			}
			if v, ok := pass.TypesInfo.Uses[id].(*types.Var); ok && stripesdk.IsAPIKeyVar(v) {
				return keySink
			}
		}
	case *ast.CallExpr:
		idx := slices.Index(p.Args, ast.Expr(lit))
		fn := gocode.CalleeFunc(pass.TypesInfo, p)
		if idx < 0 || fn == nil || fn.Pkg() == nil {
			return noSink
		}
		if vi, ok := m.VerifierOf(fn); ok && vi.Secret == idx {
			return webhookSink
		}
		if idx == stripesdk.APIKeyParam(fn) {
			return keySink
		}
	}
	return noSink
}
