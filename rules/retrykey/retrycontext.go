package retrykey

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"

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
			h, hcall, hname, ok := c.literalHelper(enc)
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
			e := &evaluator{info: info, err: errVar, errNil: false}
			fail := e.from(stmt, n.Body)
			retried := false
			for _, ret := range fail.rets {
				if c.retriedBy(ret, h.kind, sig, call.Node().(*ast.CallExpr)) {
					retried = true
				}
			}
			if !retried {
				return retryCtx{}, false
			}
			anchor, ok := c.stmtOf(hcall)
			if !ok {
				return retryCtx{}, false
			}
			return retryCtx{helperCall: hcall.Node().(*ast.CallExpr), helperName: hname, body: n.Body, anchor: anchor}, true
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
	fail := (&evaluator{info: info, err: errVar, errNil: false, label: label}).from(stmt, body)
	okEval := &evaluator{info: info, err: errVar, errNil: true, label: label}
	succ := okEval.from(stmt, body)
	stops := succ.exit
	if cond != nil {
		if v, known := okEval.cond(cond); known && !v {
			failEval := &evaluator{info: info, err: errVar, errNil: false}
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
	stmt, ok := c.stmtOf(call)
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

// stmtOf returns the statement of a statement list that contains cur.
func (c *checker) stmtOf(cur inspector.Cursor) (inspector.Cursor, bool) {
	for s := cur; s.Node() != nil; s = s.Parent() {
		switch s.Node().(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return inspector.Cursor{}, false
		}
		if _, ok := s.Node().(ast.Stmt); ok && gocode.InBlock(s) {
			return s, true
		}
	}
	return inspector.Cursor{}, false
}

// literalHelper reports whether the function literal at lit is retried by
// a helper: passed to it directly, or assigned to a local variable that is
// passed to it.
func (c *checker) literalHelper(lit inspector.Cursor) (helper, inspector.Cursor, string, bool) {
	info := c.pass.TypesInfo
	parent := gocode.UnparenParent(lit)
	check := func(callCur inspector.Cursor, argNode ast.Node) (helper, string, bool) {
		call := callCur.Node().(*ast.CallExpr)
		fn := gocode.CalleeFunc(info, call)
		h, ok := c.helperOf(fn)
		if !ok {
			return helper{}, "", false
		}
		for i, a := range call.Args {
			if ast.Unparen(a) == argNode && retriesArg(h, fn, i) {
				return h, fn.Pkg().Name() + "." + fn.Name(), true
			}
		}
		return helper{}, "", false
	}
	switch p := parent.Node().(type) {
	case *ast.CallExpr:
		if h, name, ok := check(parent, lit.Node()); ok {
			return h, parent, name, true
		}
	case *ast.AssignStmt:
		// op := func() error { ... }; backoff.Retry(op, b)
		if p.Tok != token.DEFINE || len(p.Lhs) != 1 || len(p.Rhs) != 1 {
			break
		}
		id, _ := p.Lhs[0].(*ast.Ident)
		v, _ := info.Defs[id].(*types.Var)
		if v == nil {
			break
		}
		scope, ok := gocode.OutermostFunc(parent)
		if !ok {
			break
		}
		var found inspector.Cursor
		hasFound := false
		var fh helper
		var fname string
		reassigned := false
		for cur := range scope.Preorder((*ast.Ident)(nil)) {
			use := cur.Node().(*ast.Ident)
			if info.Uses[use] != v {
				continue
			}
			if as, ok := cur.Parent().Node().(*ast.AssignStmt); ok && slices.ContainsFunc(as.Lhs, func(lhs ast.Expr) bool { return ast.Unparen(lhs) == use }) {
				reassigned = true
			}
			if callCur := cur.Parent(); !hasFound {
				if _, ok := callCur.Node().(*ast.CallExpr); ok {
					if h, name, ok := check(callCur, use); ok {
						found, fh, fname, hasFound = callCur, h, name, true
					}
				}
			}
		}
		if hasFound && !reassigned {
			return fh, found, fname, true
		}
	}
	return helper{}, inspector.Cursor{}, "", false
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
