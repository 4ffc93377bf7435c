package retrykey

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
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
const Name = "retrykey"

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
)

func newAnalyzer() *analysis.Analyzer {
	extra := new(helperFlag)
	a := &analysis.Analyzer{
		Name:      Name,
		Doc:       ruledoc.Doc(Name),
		URL:       ruledoc.URL(Name),
		Requires:  []*analysis.Analyzer{inspect.Analyzer, stripesdk.Analyzer, directive.Analyzer},
		FactTypes: []analysis.Fact{new(RetryHelper), new(KeyedWrapper)},
		Run: func(pass *analysis.Pass) (any, error) {
			return run(pass, extra)
		},
	}
	a.Flags.Var(extra, HelpersFlag, "more retry helpers, as a comma-separated list of pkgpath.Func (each func-typed parameter is taken as retried on error)")
	return a
}

type checker struct {
	pass         *analysis.Pass
	in           *inspector.Inspector
	model        *stripesdk.Model
	extra        *helperFlag
	localHelpers map[*types.Func]int  // retry helpers declared in this package -> retried parameter
	keyed        map[*types.Func]bool // wrappers declared in this package that set a stable key
	diags        []analysis.Diagnostic
}

func run(pass *analysis.Pass, extra *helperFlag) (any, error) {
	c := &checker{pass: pass, in: pass.ResultOf[inspect.Analyzer].(*inspector.Inspector), extra: extra}
	c.model = stripesdk.From(pass)
	// Retry helpers are found in every package: a package of retry
	// utilities need not import the SDK. This looks only at functions with
	// a func-typed parameter that returns an error.
	c.findHelpers()
	if !c.model.Active() {
		return nil, nil
	}
	c.findKeyedWrappers()
	for cur := range c.in.Root().Preorder((*ast.CallExpr)(nil)) {
		c.call(cur)
	}
	c.constantKeys()
	directive.ReportAll(pass, c.diags)
	return nil, nil
}

// call checks one call: a retried state-changing API call or wrapper must
// send a stable idempotency key.
func (c *checker) call(cur inspector.Cursor) {
	call := cur.Node().(*ast.CallExpr)
	desc, ok := c.model.ClassifyCall(call)
	if !ok || (desc.Kind != stripesdk.KindAPI && desc.Kind != stripesdk.KindWrapper) || !desc.Mutates() || desc.ErrResult < 0 {
		return
	}
	ctx, ok := c.retryContext(cur, desc.ErrResult)
	if !ok {
		return
	}
	k := c.keyOf(cur, desc, ctx)
	if ctx.loop != nil && k.param != nil && c.batchParams(cur, k.param, ctx) {
		return // the params change with each iteration: a batch
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
			msg = fmt.Sprintf("%s is retried, but nothing gives its Stripe request a stable idempotency key (the SDK sends a new key on each attempt, so a retry can run the request twice); set a key from stable data inside it, or pass it params with a key", desc.Name)
		case k.param != nil:
			msg = fmt.Sprintf("%s is retried without a stable idempotency key (the SDK sends a new key on each attempt, so a retry can run the request twice); set one with %s.SetIdempotencyKey %s", desc.Name, k.param.Name(), where)
			if k.fixOK {
				fix = c.fixSetKey(cur, ctx, k)
			}
		default:
			msg = fmt.Sprintf("%s is retried without a stable idempotency key (the SDK sends a new key on each attempt, so a retry can run the request twice); build its params %s and set a key with SetIdempotencyKey", desc.Name, where)
		}
	case keyFresh:
		category = CategoryFreshKey
		msg = fmt.Sprintf("%s is retried with an idempotency key made from %s on each attempt (a new key per attempt protects nothing: a retry can run the request twice); set the key once, %s", desc.Name, k.fresh, where)
	case keyNilParams:
		category = CategoryNilParams
		if stripesdk.NilParamsSendKey(desc) {
			msg = fmt.Sprintf("%s is retried with nil params, for which the SDK sends a new idempotency key on each attempt (a retry can run the request twice); pass params with a stable key set by SetIdempotencyKey", desc.Name)
		} else {
			msg = fmt.Sprintf("%s is retried with nil params, which send no idempotency key (a retry can run the request twice); pass params with a stable key set by SetIdempotencyKey", desc.Name)
		}
	default:
		return
	}
	d := analysis.Diagnostic{Pos: call.Pos(), End: call.Lparen + 1, Category: category, Message: msg, Related: []analysis.RelatedInformation{related}}
	if fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	c.diags = append(c.diags, d)
}

// batchParams reports whether, in a loop, the params variable v is given
// values that depend on the iteration (other than its key): each iteration
// then sends another request, not the same one again.
func (c *checker) batchParams(cur inspector.Cursor, v *types.Var, ctx retryCtx) bool {
	info := c.pass.TypesInfo
	batch := false
	ast.Inspect(ctx.body, func(n ast.Node) bool {
		if batch {
			return false
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if rootVar(info, lhs) != v || i >= len(n.Rhs) {
					continue
				}
				if sel, ok := lhs.(*ast.SelectorExpr); ok {
					if f, ok := info.Uses[sel.Sel].(*types.Var); ok && stripesdk.IsIdempotencyKeyField(f) {
						continue
					}
				}
				if c.mentionsIgnoringKey(n.Rhs[i], ctx.iterVars) {
					batch = true
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if info.Defs[id] == v && i < len(n.Values) && c.mentionsIgnoringKey(n.Values[i], ctx.iterVars) {
					batch = true
				}
			}
		}
		return true
	})
	return batch
}

// mentionsIgnoringKey is mentions, skipping the IdempotencyKey field of
// composite literals.
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
	if k.root == nil || !gocode.InBlock(ctx.anchor) {
		return nil
	}
	file := gocode.EnclosingFile(cur)
	if file == nil {
		return nil
	}
	list, idx := stmtList(ctx.anchor)
	if list == nil {
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
	if scope := c.scopeAt(file, pos); scope == nil {
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
		pos = tf.LineStart(tf.Line(pos))
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
	found := false
	ast.Inspect(s, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		if d, ok := c.model.ClassifyCall(call); ok && d.Mutates() {
			for _, arg := range call.Args {
				if rootVar(c.pass.TypesInfo, unaddr(arg)) == v {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// unaddr strips parentheses and an address-of operator.
func unaddr(x ast.Expr) ast.Expr {
	x = ast.Unparen(x)
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		return ast.Unparen(u.X)
	}
	return x
}

func (c *checker) scopeAt(file *ast.File, pos token.Pos) *types.Scope {
	fileScope := c.pass.TypesInfo.Scopes[file]
	if fileScope == nil {
		return nil
	}
	return fileScope.Innermost(pos)
}

// --- Wrappers that set their own key ---

// findKeyedWrappers finds the wrappers of this package that set a stable
// idempotency key themselves (or call a function that does), and exports
// KeyedWrapper facts for them.
func (c *checker) findKeyedWrappers() {
	type candidate struct {
		fn   *types.Func
		decl inspector.Cursor
	}
	var candidates []candidate
	for cur := range c.in.Root().Preorder((*ast.FuncDecl)(nil)) {
		decl := cur.Node().(*ast.FuncDecl)
		fn, _ := c.pass.TypesInfo.Defs[decl.Name].(*types.Func)
		if fn == nil || decl.Body == nil {
			continue
		}
		if d, ok := c.model.ClassifyFunc(fn); ok && d.Kind == stripesdk.KindWrapper && d.Mutates() {
			candidates = append(candidates, candidate{fn, cur})
		}
	}
	c.keyed = make(map[*types.Func]bool)
	for changed := true; changed; {
		changed = false
		for _, cand := range candidates {
			if !c.keyed[cand.fn] && c.setsStableKey(cand.decl) {
				c.keyed[cand.fn] = true
				changed = true
			}
		}
	}
	for _, cand := range candidates {
		if c.keyed[cand.fn] {
			c.pass.ExportObjectFact(cand.fn, new(KeyedWrapper))
		}
	}
}

// setsStableKey reports whether the function declared at decl sets an
// idempotency key from a value that is not fresh, or calls a keyed
// wrapper.
func (c *checker) setsStableKey(decl inspector.Cursor) bool {
	body := decl.Node().(*ast.FuncDecl).Body
	ctx := retryCtx{body: body}
	found := false
	for _, s := range c.keySettings(decl) {
		if _, fresh := c.fresh(s.value, ctx, 0); !fresh {
			found = true
		}
	}
	self := c.pass.TypesInfo.Defs[decl.Node().(*ast.FuncDecl).Name]
	for cur := range decl.Preorder((*ast.CallExpr)(nil)) {
		if fn := gocode.CalleeFunc(c.pass.TypesInfo, cur.Node().(*ast.CallExpr)); fn != nil && fn != self && c.keyedWrapper(fn) {
			found = true
		}
	}
	return found
}

// keyedWrapper reports whether fn is a wrapper that sets a stable key.
func (c *checker) keyedWrapper(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	fn = fn.Origin()
	if fn.Pkg() == c.pass.Pkg {
		return c.keyed[fn]
	}
	return c.pass.ImportObjectFact(fn, new(KeyedWrapper))
}

// --- Constant keys ---

// keySetting is one place that sets an idempotency key.
type keySetting struct {
	value  ast.Expr   // the string or *string value
	target ast.Node   // what gets the key: the *types.Var's identifier, or the composite literal
	v      *types.Var // the params variable, when the target is one
	cur    inspector.Cursor
}

// keySettings returns the key settings under cur: SetIdempotencyKey
// calls, assignments to the IdempotencyKey field, and IdempotencyKey
// fields of composite literals.
func (c *checker) keySettings(cur inspector.Cursor) []keySetting {
	info := c.pass.TypesInfo
	var out []keySetting
	for n := range cur.Preorder((*ast.CallExpr)(nil), (*ast.AssignStmt)(nil), (*ast.KeyValueExpr)(nil)) {
		switch x := n.Node().(type) {
		case *ast.CallExpr:
			fn := gocode.CalleeFunc(info, x)
			if !stripesdk.IsSetIdempotencyKey(fn) || len(x.Args) != 1 {
				continue
			}
			if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok {
				out = append(out, keySetting{value: x.Args[0], v: rootVar(info, sel.X), cur: n})
			}
		case *ast.AssignStmt:
			for i, lhs := range x.Lhs {
				sel, ok := lhs.(*ast.SelectorExpr)
				if !ok || len(x.Lhs) != len(x.Rhs) {
					continue
				}
				if f, ok := info.Uses[sel.Sel].(*types.Var); ok && stripesdk.IsIdempotencyKeyField(f) {
					out = append(out, keySetting{value: x.Rhs[i], v: rootVar(info, sel.X), cur: n})
				}
			}
		case *ast.KeyValueExpr:
			id, ok := x.Key.(*ast.Ident)
			if !ok {
				continue
			}
			if f, ok := info.Uses[id].(*types.Var); ok && stripesdk.IsIdempotencyKeyField(f) {
				s := keySetting{value: x.Value, cur: n}
				s.target, s.v = c.literalTarget(n)
				out = append(out, s)
			}
		}
	}
	return out
}

// literalTarget returns the outermost composite literal around the
// key-value pair at cur, and the variable it is assigned to, if any.
func (c *checker) literalTarget(cur inspector.Cursor) (ast.Node, *types.Var) {
	var lit ast.Node
	p := cur.Parent()
	for {
		switch p.Node().(type) {
		case *ast.CompositeLit:
			lit = p.Node()
			p = p.Parent()
			continue
		case *ast.KeyValueExpr:
			p = p.Parent()
			continue
		}
		break
	}
	if u, ok := p.Node().(*ast.UnaryExpr); ok && u.Op == token.AND {
		p = p.Parent()
	}
	var id *ast.Ident
	switch s := p.Node().(type) {
	case *ast.AssignStmt:
		if len(s.Lhs) == 1 && len(s.Rhs) == 1 {
			id, _ = s.Lhs[0].(*ast.Ident)
		}
	case *ast.ValueSpec:
		if len(s.Names) == 1 && len(s.Values) == 1 {
			id = s.Names[0]
		}
	}
	if id != nil {
		v, _ := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
		return lit, v
	}
	return lit, nil
}

// constantKeys reports constant keys longer than the SDK accepts, and a
// constant key used for two requests in one function.
func (c *checker) constantKeys() {
	type use struct {
		key  string
		call *ast.CallExpr
		desc stripesdk.Callee
		id   any // the params variable or composite literal
	}
	byFunc := make(map[ast.Node][]use)
	var funcs []ast.Node
	for _, s := range c.keySettings(c.in.Root()) {
		key, ok := c.stringKey(s.value)
		if !ok {
			continue
		}
		if n := len(strings.TrimSpace(key)); n > stripesdk.MaxIdempotencyKeyLen {
			c.diags = append(c.diags, analysis.Diagnostic{
				Pos: s.value.Pos(), End: s.value.End(), Category: CategoryKeyLength,
				Message: fmt.Sprintf("idempotency key is %d characters long (the SDK refuses keys longer than %d characters, so the call fails); use a shorter key", n, stripesdk.MaxIdempotencyKeyLen),
			})
		}
		outer, ok := c.outerFunc(s.cur)
		if !ok {
			continue
		}
		var id any
		switch {
		case s.v != nil:
			id = s.v
		case s.target != nil:
			id = s.target
		default:
			continue
		}
		for cur := range outer.Preorder((*ast.CallExpr)(nil)) {
			call := cur.Node().(*ast.CallExpr)
			desc, ok := c.model.ClassifyCall(call)
			if !ok || !desc.Mutates() || desc.ErrResult < 0 {
				continue
			}
			for _, arg := range call.Args {
				a := ast.Unparen(arg)
				if u, ok := a.(*ast.UnaryExpr); ok && u.Op == token.AND {
					a = ast.Unparen(u.X)
				}
				match := a == id
				if ident, ok := a.(*ast.Ident); ok && s.v != nil && c.pass.TypesInfo.Uses[ident] == s.v {
					match = true
				}
				if match {
					if _, seen := byFunc[outer.Node()]; !seen {
						funcs = append(funcs, outer.Node())
					}
					byFunc[outer.Node()] = append(byFunc[outer.Node()], use{key, call, desc, id})
				}
			}
		}
	}
	for _, f := range funcs {
		uses := byFunc[f]
		slices.SortStableFunc(uses, func(a, b use) int { return int(a.call.Pos() - b.call.Pos()) })
		reported := make(map[*ast.CallExpr]bool)
		for i, u := range uses {
			for _, first := range uses[:i] {
				if first.key != u.key || first.call == u.call || reported[u.call] {
					continue
				}
				if first.id == u.id && first.desc.Func == u.desc.Func {
					continue // the same params for the same call: the same request
				}
				reported[u.call] = true
				c.diags = append(c.diags, analysis.Diagnostic{
					Pos: u.call.Pos(), End: u.call.Lparen + 1, Category: CategoryReusedKey,
					Message: fmt.Sprintf("%s reuses the idempotency key %q of %s (Stripe rejects a key reused for a different request, or replays the first answer); give each request its own key", u.desc.Name, u.key, first.desc.Name),
					Related: []analysis.RelatedInformation{{Pos: first.call.Pos(), End: first.call.Lparen + 1, Message: "first used here"}},
				})
			}
		}
	}
}
