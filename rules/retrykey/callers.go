package retrykey

import (
	"fmt"
	"go/ast"
	"go/types"
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
// receives (the first such retry in source order).
type retrier struct {
	fn      *types.Func
	param   int
	call    *ast.CallExpr               // the retried call
	name    string                      // its name
	related analysis.RelatedInformation // the loop or helper call that retries it
	bad     []analysis.RelatedInformation
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
	params := fn.Signature().Params()
	for i := range params.Len() {
		if params.At(i) == v {
			c.retriers = append(c.retriers, &retrier{fn: fn, param: i, call: cur.Node().(*ast.CallExpr), name: desc.Name, related: related})
			return
		}
	}
}

// checkCallers exports the RetriesParams facts of this package's
// retriers, and judges every call of a retrier, of this package or
// another: params passed with no key set before the call are retried
// without a stable key. A finding for a retrier of this package is
// reported at its retry, with the callers as related locations; for one of
// another package (already analysed), at the call, with the retrier's
// declaration as related location.
func (c *checker) checkCallers() {
	local := make(map[*types.Func]*retrier)
	for _, r := range c.retriers {
		local[r.fn] = r
		c.pass.ExportObjectFact(r.fn, &RetriesParams{Param: r.param, Call: r.name})
	}
	if len(local) == 0 && !c.importsRetriers() {
		return
	}
	info := c.pass.TypesInfo
	for cur := range c.in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn := gocode.CalleeFunc(info, call)
		if fn == nil {
			continue
		}
		fn = fn.Origin()
		if r := local[fn]; r != nil {
			if c.passesNoKey(cur, r.param) {
				r.bad = append(r.bad, analysis.RelatedInformation{Pos: call.Pos(), End: call.Lparen, Message: "called here with params without a key"})
			}
			continue
		}
		fact := new(RetriesParams)
		if fn.Pkg() == c.pass.Pkg || !c.pass.ImportObjectFact(fn, fact) || !c.passesNoKey(cur, fact.Param) {
			continue
		}
		name := stripesdk.FuncName(fn)
		fix := "set one on the params before the call"
		if arg := call.Args[fact.Param]; gocode.IsNil(info, arg) {
			fix = "pass params with a stable key"
		} else if id, ok := gocode.Unaddr(arg).(*ast.Ident); ok {
			fix = "set one on " + id.Name + " before the call"
		}
		c.diags = append(c.diags, analysis.Diagnostic{
			Pos: call.Pos(), End: call.Lparen + 1, Category: CategoryNoKey,
			Message: fmt.Sprintf("%s retries %s without a stable idempotency key: %s", name, fact.Call, fix),
			Related: []analysis.RelatedInformation{{Pos: fn.Pos(), End: fn.Pos() + 1, Message: name + " retries " + fact.Call}},
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

// passesNoKey reports whether the call at cur passes, as its argument i,
// params with no idempotency key set before the call: nil, a literal with
// no key, or a local variable on which nothing sets one. Params the
// analysis cannot follow (a parameter of the caller, a field, a call's
// result, a variable that escapes) are taken as keyed.
func (c *checker) passesNoKey(cur inspector.Cursor, i int) bool {
	info := c.pass.TypesInfo
	call := cur.Node().(*ast.CallExpr)
	if i >= len(call.Args) || call.Ellipsis.IsValid() {
		return false
	}
	arg := call.Args[i]
	if gocode.IsNil(info, arg) {
		return true
	}
	switch a := gocode.Unaddr(arg).(type) {
	case *ast.CompositeLit:
		return c.literalKey(a) == nil
	case *ast.Ident:
		v, _ := info.Uses[a].(*types.Var)
		anchor, ok := gocode.ListStmt(cur)
		if v == nil || !ok {
			return false
		}
		// Nothing of the caller runs again: the retried body is empty.
		ctx := retryCtx{body: new(ast.BlockStmt), anchor: anchor, via: call}
		return c.varKey(cur, v, ctx, nil).state == keyNone
	}
	return false
}
