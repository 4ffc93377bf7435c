package retrykey

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"iter"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/analyzer/directive"
	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/fixes"
	"github.com/stripeerrlint/stripeerrlint/internal/flow"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
	"github.com/stripeerrlint/stripeerrlint/internal/ruledoc"
)

// Name is the analyzer's name.
const Name = "retrykey"

// JobsFlag is the name of the flag that names the user's own job entry
// points (code a queue retries), as a comma-separated list of
// pkgpath.Func or pkgpath.Type.Method.
const JobsFlag = "jobs"

// HelpersFlag is the name of the flag that names more retry helpers, as a
// comma-separated list of pkgpath.Func.
const HelpersFlag = "helpers"

// Analyzer reports state-changing Stripe calls retried without a stable
// idempotency key, and constant keys that are too long or reused.
var Analyzer = newAnalyzer()

// Categories of the findings.
const (
	CategoryNoKey     = "nokey"     // a retried call with no stable key: the SDK makes a new one per attempt
	CategoryFreshKey  = "freshkey"  // a retried call whose key is made anew on each attempt
	CategoryNilParams = "nilparams" // a retried call with nil params
	CategoryKeyLength = "keylength" // a constant key longer than 255 characters
	CategoryReusedKey = "reusedkey" // one constant key for two requests in a function
	// CategoryRedelivery: a call that creates state in a webhook or job
	// handler, which runs again for the same event or job, with no stable key.
	CategoryRedelivery = "redelivery"
)

func newAnalyzer() *analysis.Analyzer {
	extra := new(helperFlag)
	jobs := new(jobFlag)
	a := &analysis.Analyzer{
		Name:      Name,
		Doc:       ruledoc.Doc(Name),
		URL:       ruledoc.URL(Name),
		Requires:  []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer, stripesdk.Analyzer, directive.Analyzer},
		FactTypes: []analysis.Fact{new(RetryHelper), new(KeyedWrapper), new(RetriesParams)},
		Run: func(pass *analysis.Pass) (any, error) {
			return run(pass, extra, jobs)
		},
	}
	a.Flags.Var(jobs, JobsFlag, "the user's own job entry points, which a queue retries, as a comma-separated list of pkgpath.Func or pkgpath.Type.Method")
	a.Flags.Var(extra, HelpersFlag, "more retry helpers, as a comma-separated list of pkgpath.Func (each func-typed parameter is taken as retried on error)")
	return a
}

// checker holds one package's run. The rule's jobs live in one file each:
// this file checks retried calls and builds their fix; retrycontext.go
// decides whether a call is retried (a loop, or a retry helper), with the
// branch evaluator of flows.go; retryhelpers.go finds retry helpers
// (RetryHelper facts); keys.go finds what key a retried call sends;
// keyedwrappers.go finds wrappers that set their own key (KeyedWrapper
// facts); callers.go judges the params that callers pass to a function
// that retries its own (RetriesParams facts); constkeys.go reports constant keys too long or reused;
// redelivery.go checks creates in webhook and job handlers.
type checker struct {
	pass         *analysis.Pass
	in           *inspector.Inspector
	model        *stripesdk.Model
	byPos        []stripesdk.Site // the classified sites, by position (sitesIn)
	extra        *helperFlag
	jobs         *jobFlag
	localHelpers map[*types.Func]int    // retry helpers declared in this package -> retried parameter
	keyed        map[*types.Func]bool   // wrappers declared in this package that set a stable key
	graphs       *flow.Graphs           // ctrlflow's: which calls never return
	retriers     []*retrier             // functions of this package that retry the params they receive, in source order
	once         map[ast.Node]onceFunc  // at-least-once functions (declarations and literals): webhook and job handlers
	creators     map[*types.Func]string // wrappers declared in this package that create state -> the create call
	diags        []analysis.Diagnostic
}

func run(pass *analysis.Pass, extra *helperFlag, jobs *jobFlag) (any, error) {
	c := &checker{pass: pass, in: pass.ResultOf[inspect.Analyzer].(*inspector.Inspector), extra: extra, jobs: jobs, graphs: flow.NewGraphs(pass)}
	c.model = stripesdk.From(pass)
	// Retry helpers are found in every package: a package of retry
	// utilities need not import the SDK. This looks only at functions with
	// a func-typed parameter that returns an error.
	c.findHelpers()
	if !c.model.Active() {
		return nil, nil
	}
	for _, s := range c.model.Sites() {
		if s.Classified {
			c.byPos = append(c.byPos, s)
		}
	}
	slices.SortStableFunc(c.byPos, func(a, b stripesdk.Site) int { return cmp.Compare(a.Expr().Pos(), b.Expr().Pos()) })
	c.findKeyedWrappers()
	c.findOnceFuncs()
	c.findCreators()
	for _, s := range c.model.Sites() {
		if s.Classified && !c.call(s.Cursor, s.Call) {
			c.redelivery(s.Cursor, s.Call)
		}
	}
	c.checkCallers()
	c.constantKeys()
	directive.ReportAll(pass, c.diags)
	return nil, nil
}

// funcDecls yields the functions declared with a body in the package.
func (c *checker) funcDecls() iter.Seq2[*types.Func, inspector.Cursor] {
	return func(yield func(*types.Func, inspector.Cursor) bool) {
		for cur := range c.in.Root().Preorder((*ast.FuncDecl)(nil)) {
			decl := cur.Node().(*ast.FuncDecl)
			fn, _ := c.pass.TypesInfo.Defs[decl.Name].(*types.Func)
			if fn != nil && decl.Body != nil && !yield(fn, cur) {
				return
			}
		}
	}
}

// sitesIn yields the Stripe calls the model classified within n, in
// source order: a binary search for n's start among the sites sorted by
// position, then the sites up to n's end.
func (c *checker) sitesIn(n ast.Node) iter.Seq[stripesdk.Site] {
	return func(yield func(stripesdk.Site) bool) {
		i, _ := slices.BinarySearchFunc(c.byPos, n.Pos(), func(s stripesdk.Site, p token.Pos) int { return cmp.Compare(s.Expr().Pos(), p) })
		for _, s := range c.byPos[i:] {
			if s.Expr().Pos() >= n.End() {
				return
			}
			if gocode.Contains(n, s.Expr()) && !yield(s) {
				return
			}
		}
	}
}

// call checks one call: a retried state-changing API call or wrapper must
// send a stable idempotency key. It reports whether the call is retried
// (then redelivery leaves it alone).
func (c *checker) call(cur inspector.Cursor, desc stripesdk.Callee) bool {
	if (desc.Kind != stripesdk.KindAPI && desc.Kind != stripesdk.KindWrapper) || !desc.Mutates() || desc.ErrResult < 0 {
		return false
	}
	call := cur.Node().(*ast.CallExpr)
	ctx, ok := c.retryContext(cur, desc.ErrResult)
	if !ok {
		return false
	}
	k := c.keyOf(cur, desc, ctx)
	if ctx.loop != nil && k.param != nil && c.batchParams(k.param, ctx) {
		return false // the params change with each iteration: a batch
	}
	var where string
	var related analysis.RelatedInformation
	if ctx.helperCall != nil {
		where = "before calling " + ctx.helperName
		related = analysis.RelatedInformation{Pos: ctx.helperCall.Pos(), End: ctx.helperCall.Lparen, Message: "retried by " + ctx.helperName}
	} else {
		where = "before the loop"
		related = analysis.RelatedInformation{Pos: ctx.loop.Pos(), End: ctx.loop.Pos() + token.Pos(len("for")), Message: "retried by this loop"}
	}
	var category, msg string
	var fix *analysis.SuggestedFix
	switch k.state {
	case keyNone:
		category = CategoryNoKey
		switch {
		case desc.Kind == stripesdk.KindWrapper && k.param == nil:
			msg = fmt.Sprintf("%s is retried without a stable idempotency key: set one from stable data inside it, or pass it params with a key", desc.Name)
		case k.param != nil:
			msg = fmt.Sprintf("%s is retried without a stable idempotency key: set one with %s.SetIdempotencyKey %s", desc.Name, k.param.Name(), where)
			if k.fixOK {
				fix = c.fixSetKey(cur, ctx, k)
			}
		default:
			msg = fmt.Sprintf("%s is retried without a stable idempotency key: build its params %s and set one with SetIdempotencyKey", desc.Name, where)
		}
	case keyFresh:
		category = CategoryFreshKey
		msg = fmt.Sprintf("%s is retried with a new idempotency key from %s on each attempt: set the key once, %s", desc.Name, k.fresh, where)
	case keyCallers:
		c.paramRetry(cur, desc, k.param, related)
		return true
	case keyNilParams:
		category = CategoryNilParams
		if stripesdk.NilParamsSendKey(desc) {
			msg = fmt.Sprintf("%s is retried with nil params, so each attempt gets a new idempotency key: pass params with a stable key", desc.Name)
		} else {
			msg = fmt.Sprintf("%s is retried with nil params, so no idempotency key is sent: pass params with a stable key", desc.Name)
		}
	default:
		return true
	}
	d := analysis.Diagnostic{Pos: call.Pos(), End: call.Lparen + 1, Category: category, Message: msg, Related: []analysis.RelatedInformation{related}}
	if fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	c.diags = append(c.diags, d)
	return true
}

// batchParams reports whether, in a loop, the params variable v is given
// values that depend on the iteration (other than its key): each iteration
// then sends another request, not the same one again.
func (c *checker) batchParams(v *types.Var, ctx retryCtx) bool {
	info := c.pass.TypesInfo
	batch := false
	ast.Inspect(ctx.body, func(n ast.Node) bool {
		lhs, rhs, _ := gocode.Assignment(n)
		for i, l := range lhs {
			if i >= len(rhs) || rootVar(info, l) != v {
				continue
			}
			if sel, ok := l.(*ast.SelectorExpr); ok {
				if f, ok := info.Uses[sel.Sel].(*types.Var); ok && stripesdk.IsIdempotencyKeyField(f) {
					continue
				}
			}
			if c.mentionsIgnoringKey(rhs[i], ctx.iterVars) {
				batch = true
			}
		}
		return !batch
	})
	return batch
}

// mentionsIgnoringKey is gocode.UsesAny, skipping the IdempotencyKey
// field of composite literals.
func (c *checker) mentionsIgnoringKey(x ast.Expr, vars map[*types.Var]bool) bool {
	info := c.pass.TypesInfo
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.KeyValueExpr:
			if id, ok := n.Key.(*ast.Ident); ok {
				if f, ok := info.Uses[id].(*types.Var); ok && stripesdk.IsIdempotencyKeyField(f) {
					return false
				}
			}
		case *ast.Ident:
			if v, ok := info.Uses[n].(*types.Var); ok && vars[v] {
				found = true
			}
		}
		return true
	})
	return found
}

// rootVar returns the variable at the root of a selector chain (v in
// v.Params.Amount), or nil.
func rootVar(info *types.Info, x ast.Expr) *types.Var {
	for {
		switch e := ast.Unparen(x).(type) {
		case *ast.SelectorExpr:
			x = e.X
		case *ast.Ident:
			v, _ := info.ObjectOf(e).(*types.Var)
			return v
		default:
			return nil
		}
	}
}

// fixSetKey sets a new key once, before the first attempt: before the
// loop or the helper call, or before an earlier call that sends the same
// params (the first attempt of a loop that retries it).
// p.SetIdempotencyKey(stripe.NewIdempotencyKey()).
func (c *checker) fixSetKey(cur inspector.Cursor, ctx retryCtx, k keyInfo) *analysis.SuggestedFix {
	if k.root == nil {
		return nil
	}
	file := gocode.EnclosingFile(cur)
	list, idx, ok := gocode.StmtList(ctx.anchor)
	if file == nil || !ok {
		return nil
	}
	at := list[idx]
	for j := idx - 1; j >= 0; j-- {
		if list[j].Pos() <= k.param.Pos() && k.param.Pos() < list[j].End() {
			break // the definition of the params
		}
		if c.sendsParams(list[j], k.param) {
			at = list[j]
		}
	}
	pos := at.Pos()
	name, edits, ok := fixes.AddImport(c.pass.TypesInfo, file, pos, k.root.Path(), "stripe")
	if !ok {
		return nil
	}
	// The variable must be the one in scope there.
	if scope := gocode.ScopeAt(c.pass.TypesInfo, file, pos); scope == nil {
		return nil
	} else if _, obj := scope.LookupParent(k.param.Name(), pos); obj != k.param {
		return nil
	}
	indent := fixes.Indent(c.pass, pos)
	if _, labeled := at.(*ast.LabeledStmt); labeled {
		// The label may sit at the start of the line: indent as a
		// statement of the block.
		if block, ok := ctx.anchor.Parent().Node().(*ast.BlockStmt); ok {
			indent = fixes.Indent(c.pass, block.Lbrace) + "\t"
		}
		tf := c.pass.Fset.File(pos)
		pos = tf.LineStart(tf.PositionFor(pos, false).Line)
		edits = append(edits, analysis.TextEdit{Pos: pos, End: pos, NewText: fmt.Appendf(nil, "%s%s.SetIdempotencyKey(%s.NewIdempotencyKey())\n", indent, k.param.Name(), name)})
	} else {
		edits = append(edits, analysis.TextEdit{Pos: pos, End: pos, NewText: fmt.Appendf(nil, "%s.SetIdempotencyKey(%s.NewIdempotencyKey())\n%s", k.param.Name(), name, indent)})
	}
	return &analysis.SuggestedFix{
		Message:   "Set one idempotency key before the first attempt (behavior change)",
		TextEdits: edits,
	}
}

// sendsParams reports whether the statement s makes a state-changing API
// call with the params variable v.
func (c *checker) sendsParams(s ast.Stmt, v *types.Var) bool {
	for site := range c.sitesIn(s) {
		if !site.Call.Mutates() {
			continue
		}
		for _, arg := range site.Expr().Args {
			if rootVar(c.pass.TypesInfo, gocode.Unaddr(arg)) == v {
				return true
			}
		}
	}
	return false
}
