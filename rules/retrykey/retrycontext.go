package retrykey

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// retryCtx is where a call is retried: a loop, or a function literal
// passed to a retry helper.
type retryCtx struct {
	loop       ast.Stmt            // the *ast.ForStmt or *ast.RangeStmt, or nil
	helperCall *ast.CallExpr       // the call of the retry helper, or nil
	helperName string              // its name, for messages
	body       *ast.BlockStmt      // the loop's or the literal's body: what runs on every attempt
	anchor     inspector.Cursor    // the statement before which a stable key is set: the loop, or the statement of the helper call
	iterVars   map[*types.Var]bool // variables a loop changes on each iteration (range key and value, post statement)
	// via is, when the params are judged at a call of a function that
	// retries them (callers.go), that call: passing them to it is no
	// escape.
	via *ast.CallExpr
}

// sends reports whether the identifier at cur is an argument (v or &v)
// of ctx.via.
func (ctx retryCtx) sends(cur inspector.Cursor) bool {
	if ctx.via == nil {
		return false
	}
	p := gocode.UnparenParent(cur)
	if u, ok := p.Node().(*ast.UnaryExpr); ok && u.Op == token.AND {
		p = gocode.UnparenParent(p)
	}
	return p.Node() == ctx.via
}

// retryContext reports whether the call at call is retried: whether, in
// its innermost loop, its error leads to another iteration and success
// leaves the loop; or whether it is in a function literal that a retry
// helper calls again when the literal returns the call's error. errIndex
// is the index of the error among the call's results.
func (c *checker) retryContext(call inspector.Cursor, errIndex int) (retryCtx, bool) {
	info := c.pass.TypesInfo
	for enc := range call.Enclosing((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		switch n := enc.Node().(type) {
		case *ast.ForStmt:
			return c.loopContext(call, errIndex, enc, n, n.Body, n.Cond)
		case *ast.RangeStmt:
			return c.loopContext(call, errIndex, enc, n, n.Body, nil)
		case *ast.FuncLit:
			hc, ok := c.literalHelper(enc)
			if !ok {
				return retryCtx{}, false
			}
			errVar, stmt, ok := c.errBinding(call, errIndex)
			if !ok {
				return retryCtx{}, false
			}
			sig, _ := info.TypeOf(n).(*types.Signature)
			if sig == nil {
				return retryCtx{}, false
			}
			e := &evaluator{info: info, graphs: c.graphs, err: errVar, errNil: false}
			fail := e.from(stmt, n.Body)
			retried := false
			for _, ret := range fail.rets {
				if c.retriedBy(ret, hc.h.kind, sig, call.Node().(*ast.CallExpr)) {
					retried = true
				}
			}
			if !retried {
				return retryCtx{}, false
			}
			anchor, ok := gocode.ListStmt(hc.call)
			if !ok {
				return retryCtx{}, false
			}
			return retryCtx{helperCall: hc.call.Node().(*ast.CallExpr), helperName: hc.name, body: n.Body, anchor: anchor}, true
		}
		break
	}
	return retryCtx{}, false
}

// loopContext decides whether the call at call is retried by loop.
func (c *checker) loopContext(call inspector.Cursor, errIndex int, loopCur inspector.Cursor, loop ast.Stmt, body *ast.BlockStmt, cond ast.Expr) (retryCtx, bool) {
	n := call.Node()
	if n.Pos() < body.Pos() || n.End() > body.End() {
		return retryCtx{}, false // in the loop's header
	}
	errVar, stmt, ok := c.errBinding(call, errIndex)
	if !ok || errVar == nil {
		return retryCtx{}, false // the error is not bound: nothing can depend on it
	}
	label := ""
	if l, ok := loopCur.Parent().Node().(*ast.LabeledStmt); ok {
		label = l.Label.Name
	}
	info := c.pass.TypesInfo
	fail := (&evaluator{info: info, graphs: c.graphs, err: errVar, errNil: false, label: label}).from(stmt, body)
	okEval := &evaluator{info: info, graphs: c.graphs, err: errVar, errNil: true, label: label}
	succ := okEval.from(stmt, body)
	stops := succ.exit
	if cond != nil {
		if v, known := okEval.cond(cond); known && !v {
			failEval := &evaluator{info: info, graphs: c.graphs, err: errVar, errNil: false}
			if v, known := failEval.cond(cond); !known || v {
				stops = true
			}
		}
	}
	if !fail.next || !stops {
		return retryCtx{}, false
	}
	anchor := loopCur
	if _, ok := loopCur.Parent().Node().(*ast.LabeledStmt); ok {
		anchor = loopCur.Parent()
	}
	ctx := retryCtx{loop: loop, body: body, anchor: anchor, iterVars: iterationVars(info, loop)}
	for _, arg := range n.(*ast.CallExpr).Args {
		if gocode.UsesAny(info, arg, ctx.iterVars) {
			return retryCtx{}, false // a batch: each iteration sends another request
		}
	}
	return ctx, true
}

// errBinding finds the variable the call's error is bound to (nil if it is
// returned directly) and the statement of the call in its statement list.
// It reports false when the error is dropped.
func (c *checker) errBinding(call inspector.Cursor, errIndex int) (*types.Var, inspector.Cursor, bool) {
	stmt, ok := gocode.ListStmt(call)
	if !ok {
		return nil, inspector.Cursor{}, false
	}
	parent := gocode.UnparenParent(call).Node()
	if _, ok := parent.(*ast.ReturnStmt); ok {
		return nil, stmt, true
	}
	nres := 1
	if sig, ok := c.pass.TypesInfo.TypeOf(call.Node().(*ast.CallExpr).Fun).(*types.Signature); ok {
		nres = sig.Results().Len()
	}
	lhs, rhs, _ := gocode.Assignment(parent)
	if len(rhs) != 1 || len(lhs) != nres || errIndex >= len(lhs) {
		return nil, inspector.Cursor{}, false
	}
	id, ok := ast.Unparen(lhs[errIndex]).(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil, inspector.Cursor{}, false
	}
	v, _ := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if v == nil {
		return nil, inspector.Cursor{}, false
	}
	return v, stmt, true
}

// helperCall is a call of a retry helper that retries a function literal.
type helperCall struct {
	h    helper
	call inspector.Cursor // at the *ast.CallExpr
	name string           // the helper's name, for messages
}

// literalHelper reports whether the function literal at lit is retried by
// a helper: passed to it directly, or assigned to a local variable that is
// passed to it (and never assigned again).
func (c *checker) literalHelper(lit inspector.Cursor) (helperCall, bool) {
	info := c.pass.TypesInfo
	// retries reports whether the node at cur is a helper call that
	// retries its argument arg.
	retries := func(cur inspector.Cursor, arg ast.Node) (helperCall, bool) {
		call, ok := cur.Node().(*ast.CallExpr)
		if !ok {
			return helperCall{}, false
		}
		fn := gocode.CalleeFunc(info, call)
		h, ok := c.helperOf(fn)
		if !ok {
			return helperCall{}, false
		}
		for i, a := range call.Args {
			if ast.Unparen(a) == arg && retriesArg(h, fn, i) {
				return helperCall{h: h, call: cur, name: stripesdk.FuncName(fn)}, true
			}
		}
		return helperCall{}, false
	}
	parent := gocode.UnparenParent(lit)
	if hc, ok := retries(parent, lit.Node()); ok {
		return hc, true
	}
	// op := func() error { ... }; backoff.Retry(op, b)
	as, ok := parent.Node().(*ast.AssignStmt)
	if !ok || as.Tok != token.DEFINE || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return helperCall{}, false
	}
	id, _ := as.Lhs[0].(*ast.Ident)
	v, _ := info.Defs[id].(*types.Var)
	outer, ok := gocode.OutermostFunc(parent)
	if v == nil || !ok {
		return helperCall{}, false
	}
	var found helperCall
	hasFound := false
	for cur := range outer.Preorder((*ast.Ident)(nil)) {
		use := cur.Node().(*ast.Ident)
		if info.Uses[use] != v {
			continue
		}
		if as, ok := cur.Parent().Node().(*ast.AssignStmt); ok && slices.ContainsFunc(as.Lhs, func(lhs ast.Expr) bool { return ast.Unparen(lhs) == use }) {
			return helperCall{}, false // assigned again: the helper may retry another function
		}
		if !hasFound {
			found, hasFound = retries(cur.Parent(), use)
		}
	}
	return found, hasFound
}

// retriedBy reports whether returning ret from a literal of signature sig
// makes a helper of kind kind call the literal again, when call (in the
// literal) has failed.
func (c *checker) retriedBy(ret *ast.ReturnStmt, kind retryKind, sig *types.Signature, call *ast.CallExpr) bool {
	n := sig.Results().Len()
	if len(ret.Results) == 0 || n == 0 {
		return false // a bare return of named results: not followed
	}
	if len(ret.Results) == 1 && n > 1 {
		// return f(): the results of a call, non-nil error assumed when
		// it is the failed call.
		return kind == onError && ast.Unparen(ret.Results[0]) == call
	}
	if len(ret.Results) != n {
		return false
	}
	errExpr := ast.Unparen(ret.Results[n-1])
	switch kind {
	case onError:
		return !gocode.IsNil(c.pass.TypesInfo, errExpr) && !c.isCallTo(errExpr, permanentMarkers)
	case onMarked:
		return c.isCallTo(errExpr, retryableMarkers)
	case onPoll:
		tv := c.pass.TypesInfo.Types[ast.Unparen(ret.Results[0])]
		return n == 2 && tv.Value != nil && tv.Value.String() == "false" && gocode.IsNil(c.pass.TypesInfo, errExpr)
	}
	return false
}

// isCallTo reports whether x calls one of the functions of set (keys
// "pkgpath.Name").
func (c *checker) isCallTo(x ast.Expr, set map[string]bool) bool {
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := gocode.CalleeFunc(c.pass.TypesInfo, call)
	return fn != nil && fn.Pkg() != nil && set[fn.Pkg().Path()+"."+fn.Name()]
}

// iterationVars returns the variables a loop changes on each iteration by
// itself: a range statement's key and value, and those its post statement
// assigns.
func iterationVars(info *types.Info, loop ast.Stmt) map[*types.Var]bool {
	vars := make(map[*types.Var]bool)
	add := func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if v, ok := info.ObjectOf(id).(*types.Var); ok {
				vars[v] = true
			}
		}
	}
	switch l := loop.(type) {
	case *ast.RangeStmt:
		if l.Key != nil {
			add(l.Key)
		}
		if l.Value != nil {
			add(l.Value)
		}
	case *ast.ForStmt:
		switch post := l.Post.(type) {
		case *ast.IncDecStmt:
			add(post.X)
		case *ast.AssignStmt:
			for _, lhs := range post.Lhs {
				add(lhs)
			}
		}
	}
	return vars
}
