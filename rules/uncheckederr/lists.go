package uncheckederr

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// This file checks the shapes in which code reads a list: the v72-style
// loop "for it.Next() { … }" and its Err, a single "if it.Next()", the
// accessors of the first page (it.ProductList(), list.Data()), and loops
// that leave on the list's error and drop it.

// listUses is what a function does with a list held in a local variable.
type listUses struct {
	errs      []*ast.SelectorExpr // it.Err, in source order
	escapes   bool                // passed, returned or stored: someone else may read Err
	nextLoop  bool                // for it.Next() { … } or range it.All(ctx)
	nexts     bool                // some other call of it.Next
	accessors []*ast.CallExpr     // calls of first-page accessors (stripesdk.ListAccessor)
}

// listUses collects the uses of the list variable it in body.
func (c *checker) listUses(body *ast.BlockStmt, it *types.Var) listUses {
	var u listUses
	isIt := func(x ast.Expr) bool { return gocode.RefersTo(c.pass.TypesInfo, x, it) }
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ForStmt:
			if call, ok := ast.Unparen(n.Cond).(*ast.CallExpr); ok && c.listMethodOn(call, isIt) == "Next" {
				u.nextLoop = true
			}
		case *ast.RangeStmt:
			if call, ok := ast.Unparen(n.X).(*ast.CallExpr); ok && c.listMethodOn(call, isIt) == "All" {
				u.nextLoop = true
			}
		case *ast.CallExpr:
			if c.listMethodOn(n, isIt) == "Next" {
				u.nexts = true
			}
			if x, ok := c.model.ListAccessorCall(n); ok && isIt(x) {
				u.accessors = append(u.accessors, n)
			}
		case *ast.SelectorExpr:
			if isIt(n.X) {
				if n.Sel.Name == "Err" {
					u.errs = append(u.errs, n)
				}
				return false // it.Method: a use as a receiver
			}
		case *ast.Ident:
			if c.pass.TypesInfo.Uses[n] == it && !isDefinitionTarget(body, n) {
				u.escapes = true
			}
		}
		return true
	})
	return u
}

// listMethodOn returns the list method ("Next", "All", "Err") call calls
// on a receiver that isRecv accepts, or "".
func (c *checker) listMethodOn(call *ast.CallExpr, isRecv func(ast.Expr) bool) string {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || !isRecv(sel.X) {
		return ""
	}
	return stripesdk.ListMethod(gocode.CalleeFunc(c.pass.TypesInfo, call))
}

// isDefinitionTarget reports whether id is assigned to (the left of an
// assignment) in body.
func isDefinitionTarget(body *ast.BlockStmt, id *ast.Ident) bool {
	target := false
	ast.Inspect(body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && slices.Contains(as.Lhs, ast.Expr(id)) {
			target = true
		}
		return !target
	})
	return target
}

// iteratorOf returns the variable whose Next (or Err) method call calls,
// and the body of the function around cur.
func (c *checker) iteratorOf(cur inspector.Cursor, call *ast.CallExpr) (*types.Var, *ast.BlockStmt) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, nil
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return nil, nil
	}
	it, _ := c.pass.TypesInfo.Uses[id].(*types.Var)
	_, body, ok := gocode.EnclosingFunc(c.pass.TypesInfo, cur)
	if it == nil || !ok {
		return nil, nil
	}
	return it, body
}

// iteratorLoop checks a v72-style loop "for it.Next() { ... }": the
// iterator's Err must be read after it, and the error it returns handled.
func (c *checker) iteratorLoop(cur inspector.Cursor, loop *ast.ForStmt) {
	next := ast.Unparen(loop.Cond).(*ast.CallExpr)
	it, body := c.iteratorOf(cur, next)
	if it == nil {
		return
	}
	u := c.listUses(body, it)
	if u.escapes {
		return // someone else may read Err
	}
	var before, inside bool
	for _, e := range u.errs {
		switch {
		case gocode.Contains(loop.Body, e):
			// Err is nil while Next returns true: Next sets it only
			// when it fails to fetch a page, and then returns false.
			inside = true
		case e.Pos() > loop.Pos():
			c.partialAfterLoop(cur, body, it)
			return
		default:
			before = true
		}
	}
	src := c.iteratorSource(body, it)
	msg := fmt.Sprintf("error of %s is not checked (call %s.Err() after the loop)", src, it.Name())
	switch {
	case inside:
		msg = fmt.Sprintf("error of %s is checked only inside the loop (it is nil while Next returns true: call %s.Err() after the loop)", src, it.Name())
	case before:
		// The list fetches its first page when it is created, so Err
		// before the loop sees only that request's failure; Next fetches
		// the later pages.
		msg = fmt.Sprintf("error of %s is checked only before the loop (later pages are fetched by Next: call %s.Err() after the loop)", src, it.Name())
	}
	c.report(next, CategoryList, msg, c.fixIteratorLoop(cur, loop, it.Name()))
}

// ifNext checks "if it.Next() { … }" and "if !it.Next() { … }" (the
// if statement at cur): with no Err read anywhere, a failed request reads
// as an empty list ("not found").
func (c *checker) ifNext(cur inspector.Cursor, next *ast.CallExpr) {
	it, body := c.iteratorOf(cur, next)
	if it == nil || !isLocal(it, body) {
		return // a list made elsewhere: its maker may check it
	}
	u := c.listUses(body, it)
	if u.escapes || len(u.errs) > 0 || u.nextLoop {
		return // checked, someone else may check, or the loop is reported
	}
	src := c.iteratorSource(body, it)
	c.report(next, CategoryList, fmt.Sprintf("error of %s is not checked (a failed request reads as an empty list: check %s.Err())", src, it.Name()), nil)
}

// listCall checks what becomes of the list a list call returns: a
// first-page accessor read on it with no Err anywhere
// (product.List(p).ProductList(), or it := …; it.Meta()).
func (c *checker) listCall(cur inspector.Cursor, call *ast.CallExpr, desc stripesdk.Callee) {
	parent := gocode.UnparenParent(cur)
	var target ast.Expr
	switch p := parent.Node().(type) {
	case *ast.SelectorExpr: // product.List(p).ProductList()
		acc, ok := gocode.UnparenParent(parent).Node().(*ast.CallExpr)
		if !ok || ast.Unparen(acc.Fun) != p {
			return
		}
		if _, ok := c.model.ListAccessorCall(acc); ok {
			c.report(acc, CategoryList, fmt.Sprintf("error of %s is not checked (%s reads the first page even when the request failed: keep the list and check its Err())", c.model.ListName(acc), p.Sel.Name), nil)
		}
		return
	case *ast.AssignStmt, *ast.ValueSpec:
		lhs, rhs, _ := gocode.Assignment(p)
		if len(lhs) != 1 || len(rhs) != 1 {
			return
		}
		target = lhs[0]
	default:
		return
	}
	id, ok := ast.Unparen(target).(*ast.Ident)
	if !ok {
		return
	}
	it, _ := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
	_, body, ok := gocode.EnclosingFunc(c.pass.TypesInfo, cur)
	if it == nil || !ok || !isLocal(it, body) {
		return // not a local variable of this function
	}
	u := c.listUses(body, it)
	if len(u.accessors) == 0 || u.escapes || len(u.errs) > 0 || u.nextLoop || u.nexts {
		return // no accessor, checked, or reported as a loop or an if
	}
	acc := u.accessors[0]
	method := ast.Unparen(acc.Fun).(*ast.SelectorExpr).Sel.Name
	c.report(acc, CategoryList, fmt.Sprintf("error of %s is not checked (%s.%s reads the first page even when the request failed: check %s.Err() first)", desc.Name, it.Name(), method, it.Name()), nil)
}

// isLocal reports whether v is declared in body (not a parameter, result
// or package-level variable).
func isLocal(v *types.Var, body *ast.BlockStmt) bool {
	return body.Pos() < v.Pos() && v.Pos() < body.End()
}

// usedAfter reports whether v is used after pos in body.
func (c *checker) usedAfter(body *ast.BlockStmt, v *types.Var, pos token.Pos) bool {
	used := false
	ast.Inspect(body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Pos() > pos && c.pass.TypesInfo.Uses[id] == v {
			used = true
		}
		return !used
	})
	return used
}

// endsFunction reports whether nothing runs after the statement at cur
// (a loop, or an if after one) in a function without results: it is the
// last statement of the function's body, or followed by a bare return.
// Leaving such a loop on an error is returning: nobody is told either way.
func endsFunction(cur inspector.Cursor, sig *types.Signature, body *ast.BlockStmt) bool {
	if sig.Results().Len() > 0 {
		return false
	}
	if _, ok := cur.Parent().Node().(*ast.LabeledStmt); ok {
		cur = cur.Parent()
	}
	if cur.Parent().Node() != body {
		return false
	}
	list, i, ok := gocode.StmtList(cur)
	if !ok {
		return false
	}
	rest := list[i+1:]
	return len(rest) == 0 || len(rest) == 1 && isBareReturn(rest[0])
}

// partialRange checks a range over a list's All whose error variable
// errVar is read: an "if err != nil { …; break }" (or continue) that
// neither stops the function nor records the error drops it, and the code
// after the loop takes the items seen so far for the whole list.
func (c *checker) partialRange(cur inspector.Cursor, rng *ast.RangeStmt, errVar *types.Var, name string) {
	sig, body, ok := gocode.EnclosingFunc(c.pass.TypesInfo, cur)
	if !ok || endsFunction(cur, sig, body) || c.usedAfter(body, errVar, rng.End()) {
		return // nothing runs after the loop, or the error is read after it
	}
	if sel, ok := ast.Unparen(ast.Unparen(rng.X).(*ast.CallExpr).Fun).(*ast.SelectorExpr); ok {
		if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
			if list, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok {
				if u := c.listUses(body, list); u.escapes || len(u.errs) > 0 {
					return // the list's Err is read too, or may be
				}
			}
		}
	}
	isErr := func(x ast.Expr) bool { return gocode.RefersTo(c.pass.TypesInfo, x, errVar) }
	for _, stmt := range rng.Body.List {
		ifs, ok := stmt.(*ast.IfStmt)
		if !ok || ifs.Init != nil || ifs.Else != nil || !c.nonNilCheck(ifs.Cond, isErr) {
			continue
		}
		br := c.loopExit(cur, ifs.Body)
		if br == nil || c.stops(ifs.Body) || c.records(ifs.Body, isErr) {
			return
		}
		msg := fmt.Sprintf("error of %s stops the loop and is dropped (return it, or record it)", name)
		if br.Tok == token.CONTINUE {
			msg = fmt.Sprintf("error of %s is skipped and dropped (return it, or record it)", name)
		}
		c.reportPartial(br, br.End(), msg, c.afterLoop(cur, rng))
		return
	}
}

// partialAfterLoop checks what follows a loop "for it.Next() { … }"
// (at cur) right after it: "if err := it.Err(); err != nil { … }", "if
// it.Err() != nil { … }", or "err := it.Err()" and "if err != nil { … }".
// An if (without else) that neither stops the function nor records the
// error drops it, and the code after it takes the items seen so far for
// the whole list.
func (c *checker) partialAfterLoop(cur inspector.Cursor, body *ast.BlockStmt, it *types.Var) {
	list, i, ok := gocode.StmtList(cur)
	if !ok || i+1 >= len(list) {
		return
	}
	isItErr := func(x ast.Expr) bool {
		call, ok := ast.Unparen(x).(*ast.CallExpr)
		return ok && c.listMethodOn(call, func(r ast.Expr) bool { return gocode.RefersTo(c.pass.TypesInfo, r, it) }) == "Err"
	}
	// errOf returns the variable "v := it.Err()" declares, and the call.
	errOf := func(s ast.Stmt) (*types.Var, *ast.CallExpr) {
		as, ok := s.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE || len(as.Lhs) != 1 || len(as.Rhs) != 1 || !isItErr(as.Rhs[0]) {
			return nil, nil
		}
		id, ok := as.Lhs[0].(*ast.Ident)
		if !ok {
			return nil, nil
		}
		v, _ := c.pass.TypesInfo.Defs[id].(*types.Var)
		return v, ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	}
	var (
		errVar  *types.Var
		errCall *ast.CallExpr
		at      = i + 1 // the if
	)
	if v, call := errOf(list[i+1]); v != nil { // err := it.Err(); if err != nil { … }
		errVar, errCall, at = v, call, i+2
		if at >= len(list) {
			return
		}
	}
	ifs, ok := list[at].(*ast.IfStmt)
	if !ok || ifs.Else != nil {
		return
	}
	switch {
	case errVar != nil && ifs.Init != nil:
		return
	case ifs.Init != nil: // if err := it.Err(); err != nil { … }
		if errVar, errCall = errOf(ifs.Init); errVar == nil {
			return
		}
	default: // if it.Err() != nil { … }
		if bin, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr); ok {
			for _, x := range []ast.Expr{bin.X, bin.Y} {
				if isItErr(x) {
					errCall = ast.Unparen(x).(*ast.CallExpr)
				}
			}
		}
	}
	isErr := func(x ast.Expr) bool { return gocode.RefersTo(c.pass.TypesInfo, x, errVar) || isItErr(x) }
	if errCall == nil || !c.nonNilCheck(ifs.Cond, isErr) || c.stops(ifs.Body) || c.records(ifs.Body, isErr) {
		return
	}
	if errVar != nil && c.usedAfter(body, errVar, ifs.End()) {
		return // read again after the if
	}
	sig, _, ok := gocode.EnclosingFunc(c.pass.TypesInfo, cur)
	if !ok {
		return
	}
	if sig.Results().Len() == 0 && cur.Parent().Node() == body && (at+1 == len(list) || at+2 == len(list) && isBareReturn(list[at+1])) {
		return // nothing runs after the if: the function ends either way
	}
	var related []analysis.RelatedInformation
	if at+1 < len(list) {
		related = []analysis.RelatedInformation{{Pos: list[at+1].Pos(), Message: "the function goes on here as if the list were complete"}}
	}
	c.reportPartial(errCall, errCall.Lparen+1, fmt.Sprintf("error of %s is read after the loop and dropped (return it, or record it)", c.iteratorSource(body, it)), related)
}

// isBareReturn reports whether s is "return" with no results.
func isBareReturn(s ast.Stmt) bool {
	ret, ok := s.(*ast.ReturnStmt)
	return ok && len(ret.Results) == 0
}

// nonNilCheck reports whether cond is "x != nil" (or "nil != x") for an x
// that isErr accepts.
func (c *checker) nonNilCheck(cond ast.Expr, isErr func(ast.Expr) bool) bool {
	bin, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || bin.Op != token.NEQ {
		return false
	}
	info := c.pass.TypesInfo
	return isErr(bin.X) && gocode.IsNil(info, bin.Y) || isErr(bin.Y) && gocode.IsNil(info, bin.X)
}

// loopExit returns the break or continue that ends body (the body of an if
// in the loop at cur) and leaves or skips that loop, or nil.
func (c *checker) loopExit(cur inspector.Cursor, body *ast.BlockStmt) *ast.BranchStmt {
	if len(body.List) == 0 {
		return nil
	}
	br, ok := body.List[len(body.List)-1].(*ast.BranchStmt)
	if !ok || br.Tok != token.BREAK && br.Tok != token.CONTINUE {
		return nil
	}
	if br.Label == nil {
		return br
	}
	labeled, ok := cur.Parent().Node().(*ast.LabeledStmt)
	if ok && c.pass.TypesInfo.Uses[br.Label] == c.pass.TypesInfo.Defs[labeled.Label] {
		return br
	}
	return nil
}

// stops reports whether body may end the function, or go elsewhere than
// after the statement: a return, a goto, or a call that never returns.
func (c *checker) stops(body *ast.BlockStmt) bool {
	stops := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			stops = true
		case *ast.BranchStmt:
			stops = stops || n.Tok == token.GOTO
		case *ast.CallExpr:
			stops = stops || c.graphs.NoReturn(n)
		}
		return !stops
	})
	return stops
}

// records reports whether body keeps the error (an expression isErr
// accepts) for later: any use but printing or logging it with fmt, log or
// log/slog (assigned, appended, passed to a function of the user's, sent,
// wrapped) counts.
func (c *checker) records(body *ast.BlockStmt, isErr func(ast.Expr) bool) bool {
	logged := make(map[ast.Expr]bool) // the error uses that are only printed
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || !isLogCall(gocode.CalleeFunc(c.pass.TypesInfo, call)) {
			return true
		}
		for _, arg := range call.Args {
			arg = ast.Unparen(arg)
			if inner, ok := arg.(*ast.CallExpr); ok {
				if sel, ok := ast.Unparen(inner.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Error" && len(inner.Args) == 0 && isErr(sel.X) {
					arg = ast.Unparen(sel.X) // err.Error()
				} else if fn := gocode.CalleeFunc(c.pass.TypesInfo, inner); fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "log/slog" && fn.Name() == "Any" && len(inner.Args) == 2 {
					arg = ast.Unparen(inner.Args[1]) // slog.Any("err", err)
				}
			}
			if isErr(arg) {
				logged[arg] = true
			}
		}
		return true
	})
	recorded := false
	ast.Inspect(body, func(n ast.Node) bool {
		if x, ok := n.(ast.Expr); ok && isErr(x) {
			recorded = recorded || !logged[ast.Unparen(x)]
			return false
		}
		return !recorded
	})
	return recorded
}

// isLogCall reports whether fn prints or logs its arguments and nothing
// else: fmt's Print and Fprint functions, log's functions and the methods
// of *log.Logger, log/slog's functions and the methods of *slog.Logger.
func isLogCall(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "fmt":
		switch fn.Name() {
		case "Print", "Printf", "Println", "Fprint", "Fprintf", "Fprintln":
			return true
		}
	case "log":
		return true
	case "log/slog":
		switch fn.Name() {
		case "Debug", "Info", "Warn", "Error", "DebugContext", "InfoContext", "WarnContext", "ErrorContext", "Log", "LogAttrs":
			return true
		}
	}
	return false
}

// afterLoop returns where the code goes on after the loop at cur: the
// statement after it, as a related location.
func (c *checker) afterLoop(cur inspector.Cursor, loop ast.Stmt) []analysis.RelatedInformation {
	stmt := cur
	if _, ok := cur.Parent().Node().(*ast.LabeledStmt); ok {
		stmt = cur.Parent()
	}
	list, i, ok := gocode.StmtList(stmt)
	if !ok || i+1 >= len(list) {
		return []analysis.RelatedInformation{{Pos: loop.End() - 1, Message: "the loop ends here"}}
	}
	return []analysis.RelatedInformation{{Pos: list[i+1].Pos(), Message: "the function goes on here as if the list were complete"}}
}

// reportPartial records a partial finding over [pos, end).
func (c *checker) reportPartial(n ast.Node, end token.Pos, msg string, related []analysis.RelatedInformation) {
	c.diags = append(c.diags, analysis.Diagnostic{Pos: n.Pos(), End: end, Category: CategoryPartial, Message: msg, Related: related})
}
