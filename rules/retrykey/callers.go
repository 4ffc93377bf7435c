package retrykey

import (
	"fmt"
	"go/ast"
	"go/types"
	"iter"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// RetriesParams is the fact that a function retries a state-changing
// Stripe call with params it received, its parameter number Param, and
// sets no key on them: whether the retries are safe depends on what its
// callers pass. Call names the retried call, for messages.
type RetriesParams struct {
	Param int
	Call  string
}

// AFact marks RetriesParams as a fact.
func (*RetriesParams) AFact() {}

func (f *RetriesParams) String() string {
	return "retriesParams(" + strconv.Itoa(f.Param) + " " + f.Call + ")"
}

// retrier is a function of this package that retries the params it
// receives: itself (the first such retry in source order), or by passing
// them on to a retrier, as they are.
type retrier struct {
	fn    *types.Func
	param int
	name  string // the retried call's name
	// A retry in fn: the call, and the loop or helper call that retries it.
	call    *ast.CallExpr
	related analysis.RelatedInformation
	// Params passed on: the retrier of this package they reach (nil when
	// it is another package's), and the call that passes them.
	root *retrier
	pass *ast.CallExpr
	bad  []analysis.RelatedInformation // callers that pass params without a key
}

// paramRetry records that the call at cur, of desc, retries the params
// parameter v of the function declaration it is in.
func (c *checker) paramRetry(cur inspector.Cursor, desc stripesdk.Callee, v *types.Var, related analysis.RelatedInformation) {
	outer, ok := gocode.OutermostFunc(cur)
	if !ok {
		return
	}
	decl, ok := outer.Node().(*ast.FuncDecl)
	if !ok {
		return
	}
	fn, _ := c.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	if fn == nil {
		return
	}
	for _, r := range c.retriers {
		if r.fn == fn {
			return // one retry per function
		}
	}
	if i := paramIndex(fn, v); i >= 0 {
		c.retriers = append(c.retriers, &retrier{fn: fn, param: i, call: cur.Node().(*ast.CallExpr), name: desc.Name, related: related})
	}
}

// checkCallers judges every call of a retrier, of this package or
// another: params passed with no key set before the call are retried
// without a stable key. A caller that passes on its own parameter, as it
// is, becomes a retrier too. It exports the RetriesParams facts of this
// package's retriers. A finding whose retry is in this package is reported
// at the retry, with the callers as related locations; one whose retry is
// in another package (analysed first), at the call, with the retrier's
// declaration as related location.
func (c *checker) checkCallers() {
	local := make(map[*types.Func]*retrier)
	for _, r := range c.retriers {
		local[r.fn] = r
	}
	if len(local) == 0 && !c.importsRetriers() {
		return
	}
	// Follow the params passed on, until no new retrier appears.
	for changed := true; changed; {
		changed = false
		for cur, target := range c.retrierCalls(local) {
			call := cur.Node().(*ast.CallExpr)
			k := c.passedKey(cur, target.Param)
			if k.state != keyCallers {
				continue
			}
			outer, _ := gocode.OutermostFunc(cur)
			decl, ok := outer.Node().(*ast.FuncDecl) // a parameter is one of a declaration (see varKey)
			if !ok {
				continue
			}
			fn, _ := c.pass.TypesInfo.Defs[decl.Name].(*types.Func)
			if fn == nil || local[fn] != nil {
				continue
			}
			r := &retrier{fn: fn, param: paramIndex(fn, k.param), name: target.Call, pass: call}
			if callee := local[gocode.CalleeFunc(c.pass.TypesInfo, call).Origin()]; callee != nil {
				r.root = callee
				if callee.root != nil {
					r.root = callee.root
				} else if callee.call == nil {
					r.root = nil // through another package's retrier
				}
			}
			local[fn] = r
			c.retriers = append(c.retriers, r)
			changed = true
		}
	}
	for _, r := range c.retriers {
		c.pass.ExportObjectFact(r.fn, &RetriesParams{Param: r.param, Call: r.name})
	}
	info := c.pass.TypesInfo
	for cur, target := range c.retrierCalls(local) {
		call := cur.Node().(*ast.CallExpr)
		if k := c.passedKey(cur, target.Param); k.state != keyNone {
			continue
		}
		fn := gocode.CalleeFunc(info, call).Origin()
		if r := local[fn]; r != nil && (r.call != nil || r.root != nil) {
			at := r
			msg := "called here with params without a key"
			if r.call == nil {
				at = r.root
				msg = "called here with params without a key, passed on by " + r.fn.Name()
			}
			at.bad = append(at.bad, analysis.RelatedInformation{Pos: call.Pos(), End: call.Lparen, Message: msg})
			continue
		}
		// The retry is in another package.
		name := stripesdk.FuncName(fn)
		fix := "set one on the params before the call"
		if arg := call.Args[target.Param]; gocode.IsNil(info, arg) {
			fix = "pass params with a stable key"
		} else if id, ok := gocode.Unaddr(arg).(*ast.Ident); ok {
			fix = "set one on " + id.Name + " before the call"
		}
		c.diags = append(c.diags, analysis.Diagnostic{
			Pos: call.Pos(), End: call.Lparen + 1, Category: CategoryNoKey,
			Message: fmt.Sprintf("%s retries %s without a stable idempotency key: %s", name, target.Call, fix),
			Related: []analysis.RelatedInformation{{Pos: fn.Pos(), End: fn.Pos() + 1, Message: name + " retries " + target.Call}},
		})
	}
	for _, r := range c.retriers {
		if len(r.bad) == 0 {
			continue
		}
		c.diags = append(c.diags, analysis.Diagnostic{
			Pos: r.call.Pos(), End: r.call.Lparen + 1, Category: CategoryNoKey,
			Message: fmt.Sprintf("%s is retried without a stable idempotency key: callers of %s pass params without one; set one before calling it", r.name, r.fn.Name()),
			Related: append([]analysis.RelatedInformation{r.related}, r.bad...),
		})
	}
}

// retrierCalls yields the calls of retriers in the package, with the
// retrier's fact: of this package (local) or, through facts, of another.
func (c *checker) retrierCalls(local map[*types.Func]*retrier) iter.Seq2[inspector.Cursor, RetriesParams] {
	return func(yield func(inspector.Cursor, RetriesParams) bool) {
		for cur := range c.in.Root().Preorder((*ast.CallExpr)(nil)) {
			call := cur.Node().(*ast.CallExpr)
			fn := gocode.CalleeFunc(c.pass.TypesInfo, call)
			if fn == nil {
				continue
			}
			fn = fn.Origin()
			var fact RetriesParams
			if r := local[fn]; r != nil {
				fact = RetriesParams{Param: r.param, Call: r.name}
			} else if fn.Pkg() == c.pass.Pkg || !c.pass.ImportObjectFact(fn, &fact) {
				continue
			}
			if !yield(cur, fact) {
				return
			}
		}
	}
}

// paramIndex returns the index of v among fn's parameters.
func paramIndex(fn *types.Func, v *types.Var) int {
	params := fn.Signature().Params()
	for i := range params.Len() {
		if params.At(i) == v {
			return i
		}
	}
	return -1
}

// importsRetriers reports whether some function of another package
// carries a RetriesParams fact.
func (c *checker) importsRetriers() bool {
	for _, f := range c.pass.AllObjectFacts() {
		if _, ok := f.Fact.(*RetriesParams); ok && f.Object.Pkg() != c.pass.Pkg {
			return true
		}
	}
	return false
}

// passedKey classifies the params the call at cur passes as its argument
// i: keyNone for nil, a literal with no key, or a local variable on which
// nothing sets one before the call; keyCallers for a parameter of the
// caller passed on as it is; keyStable or keyUnknown otherwise (a field, a
// call's result, a variable that escapes: taken as keyed).
func (c *checker) passedKey(cur inspector.Cursor, i int) keyInfo {
	info := c.pass.TypesInfo
	call := cur.Node().(*ast.CallExpr)
	if i < 0 || i >= len(call.Args) || call.Ellipsis.IsValid() {
		return keyInfo{state: keyUnknown}
	}
	arg := call.Args[i]
	if gocode.IsNil(info, arg) {
		return keyInfo{state: keyNone}
	}
	switch a := gocode.Unaddr(arg).(type) {
	case *ast.CompositeLit:
		if c.literalKey(a) == nil {
			return keyInfo{state: keyNone}
		}
		return keyInfo{state: keyStable}
	case *ast.Ident:
		v, _ := info.Uses[a].(*types.Var)
		anchor, ok := gocode.ListStmt(cur)
		if v == nil || !ok {
			return keyInfo{state: keyUnknown}
		}
		// Nothing of the caller runs again: the retried body is empty.
		ctx := retryCtx{body: new(ast.BlockStmt), anchor: anchor, via: call}
		return c.varKey(cur, v, ctx, nil)
	}
	return keyInfo{state: keyUnknown}
}
