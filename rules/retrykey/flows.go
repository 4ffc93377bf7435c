package retrykey

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/internal/flow"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// This file answers "what happens after a call fails, and after it
// succeeds": it follows the statements after the call in a loop body or a
// function literal, assuming the call's error is nil or not, and collects
// where control can go. It works on the syntax, not on a control-flow
// graph, because the question is about structured code (ifs, switches,
// continue, break, return) and the assumption about the error has to be
// carried into the conditions.

// outcome is where control can go from a point in a loop body or function
// literal body.
type outcome struct {
	fall bool              // reaches the end of the statements evaluated (internal)
	next bool              // starts another iteration of the loop (continue, end of its body)
	exit bool              // leaves the loop (break, return, goto, panic, os.Exit)
	rets []*ast.ReturnStmt // the return statements reached
	off  bool              // falls off the end of the function literal's body
}

func (o *outcome) add(p outcome) {
	o.next = o.next || p.next
	o.exit = o.exit || p.exit
	o.off = o.off || p.off
	o.rets = append(o.rets, p.rets...)
}

// evaluator evaluates statements under one assumption about an error
// variable.
type evaluator struct {
	info   *types.Info
	graphs *flow.Graphs // for calls that never return: ctrlflow's facts and flow.NoReturn
	err    *types.Var   // the error of the call; nil when not bound: conditions on it are unknown
	errNil bool         // the assumption: err == nil
	label  string       // the label of the loop, or ""
}

// from evaluates what happens after the statement at stmt (a statement of
// a statement list, evaluated itself: the call is in it) up to the end of
// region, the body of the innermost loop or function literal around it.
func (e *evaluator) from(stmt inspector.Cursor, region *ast.BlockStmt) outcome {
	var acc outcome
	cur, include := stmt, true
	for {
		list, idx, ok := gocode.StmtList(cur)
		if !ok {
			return acc // not in a statement list: give up quietly
		}
		start := idx
		if !include {
			start++
		}
		o := e.stmts(list[start:], e.inBreakable(cur, region))
		acc.add(o)
		if !o.fall {
			return acc
		}
		parent := cur.Parent()
		if parent.Node() == region {
			acc.next = true // the end of a loop body, or of a literal's body (see off)
			acc.off = true
			return acc
		}
		// Climb to the statement that contains this list, and go on after it.
		up := parent
		for {
			if _, ok := up.Node().(ast.Stmt); ok && gocode.InBlock(up) {
				break
			}
			if up.Node() == region || up.Parent().Node() == nil {
				return acc
			}
			up = up.Parent()
		}
		cur, include = up, false
	}
}

// inBreakable reports whether an unlabeled break at cur ends a switch or
// select statement inside region rather than the loop.
func (e *evaluator) inBreakable(cur inspector.Cursor, region *ast.BlockStmt) bool {
	for c := cur.Parent(); c.Node() != nil && c.Node() != region; c = c.Parent() {
		switch c.Node().(type) {
		case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			return true
		}
	}
	return false
}

// stmts evaluates a statement list; brk says whether an unlabeled break
// ends an enclosing switch or select (true) or the loop (false).
func (e *evaluator) stmts(list []ast.Stmt, brk bool) outcome {
	var acc outcome
	for _, s := range list {
		o := e.stmt(s, brk)
		acc.add(o)
		if !o.fall {
			return acc
		}
	}
	acc.fall = true
	return acc
}

func (e *evaluator) stmt(s ast.Stmt, brk bool) outcome {
	switch s := s.(type) {
	case *ast.ReturnStmt:
		return outcome{exit: true, rets: []*ast.ReturnStmt{s}}
	case *ast.BranchStmt:
		switch s.Tok {
		case token.BREAK:
			if s.Label == nil && brk {
				return outcome{fall: true}
			}
			return outcome{exit: true}
		case token.CONTINUE:
			if s.Label == nil || s.Label.Name == e.label {
				return outcome{next: true}
			}
			return outcome{exit: true} // continues an outer loop
		case token.GOTO:
			return outcome{exit: true}
		}
		return outcome{fall: true} // fallthrough: approximated
	case *ast.BlockStmt:
		return e.stmts(s.List, brk)
	case *ast.LabeledStmt:
		return e.stmt(s.Stmt, brk)
	case *ast.IfStmt:
		val, known := e.cond(s.Cond)
		var els outcome
		if s.Else != nil {
			els = e.stmt(s.Else, brk)
		} else {
			els = outcome{fall: true}
		}
		if known {
			if val {
				return e.stmts(s.Body.List, brk)
			}
			return els
		}
		o := e.stmts(s.Body.List, brk)
		fall := o.fall || els.fall
		o.add(els)
		o.fall = fall
		return o
	case *ast.SwitchStmt:
		return e.clauses(s.Body, s.Tag == nil)
	case *ast.TypeSwitchStmt:
		return e.clauses(s.Body, false)
	case *ast.SelectStmt:
		return e.clauses(s.Body, false)
	case *ast.ForStmt, *ast.RangeStmt:
		// A nested loop: it may run its body or not; only its returns
		// reach beyond it.
		o := outcome{fall: true}
		ast.Inspect(s, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				o.exit = true
				o.rets = append(o.rets, n)
			}
			return true
		})
		return o
	case *ast.ExprStmt:
		if call, ok := ast.Unparen(s.X).(*ast.CallExpr); ok && e.graphs.NoReturn(call) {
			return outcome{exit: true}
		}
	}
	return outcome{fall: true}
}

// clauses evaluates the clauses of a switch or select body. With conds,
// the case expressions are conditions (a switch without tag) and are
// evaluated.
func (e *evaluator) clauses(body *ast.BlockStmt, conds bool) outcome {
	var acc outcome
	var def []ast.Stmt
	hasDefault := false
	for _, s := range body.List {
		var list []ast.Expr
		var stmts []ast.Stmt
		switch cl := s.(type) {
		case *ast.CaseClause:
			list, stmts = cl.List, cl.Body
			if cl.List == nil {
				def, hasDefault = cl.Body, true
				continue
			}
		case *ast.CommClause:
			stmts = cl.Body
			if cl.Comm == nil {
				def, hasDefault = cl.Body, true
				continue
			}
		}
		if conds {
			taken, known := false, true
			for _, x := range list {
				v, k := e.cond(x)
				if k && v {
					taken, known = true, true
					break
				}
				known = known && k
			}
			if known && !taken {
				continue
			}
			o := e.stmts(stmts, true)
			acc.add(o)
			acc.fall = acc.fall || o.fall
			if known && taken {
				return acc // the first true case is the one taken
			}
			continue
		}
		o := e.stmts(stmts, true)
		acc.add(o)
		acc.fall = acc.fall || o.fall
	}
	if hasDefault {
		o := e.stmts(def, true)
		acc.add(o)
		acc.fall = acc.fall || o.fall
	} else {
		acc.fall = true
	}
	return acc
}

// cond evaluates a condition under the assumption about the error:
// comparisons of the error with nil, errors.Is and errors.As of a nil
// error, constants, and !, && and || of those. known is false for
// anything else.
func (e *evaluator) cond(x ast.Expr) (val, known bool) {
	x = ast.Unparen(x)
	if tv, ok := e.info.Types[x]; ok && tv.Value != nil && tv.Value.Kind() == constant.Bool {
		return constant.BoolVal(tv.Value), true
	}
	switch x := x.(type) {
	case *ast.UnaryExpr:
		if x.Op == token.NOT {
			v, k := e.cond(x.X)
			return !v, k
		}
	case *ast.BinaryExpr:
		switch x.Op {
		case token.LAND:
			a, ka := e.cond(x.X)
			b, kb := e.cond(x.Y)
			if (ka && !a) || (kb && !b) {
				return false, true
			}
			return true, ka && kb
		case token.LOR:
			a, ka := e.cond(x.X)
			b, kb := e.cond(x.Y)
			if (ka && a) || (kb && b) {
				return true, true
			}
			return false, ka && kb
		case token.EQL, token.NEQ:
			if e.isErrNilComparison(x) {
				return (x.Op == token.EQL) == e.errNil, true
			}
		}
	case *ast.CallExpr:
		// errors.Is(nil, target) and errors.As(nil, &v) are false.
		if fn := gocode.CalleeFunc(e.info, x); fn != nil && fn.Pkg() != nil &&
			fn.Pkg().Path() == "errors" && (fn.Name() == "Is" || fn.Name() == "As") &&
			len(x.Args) == 2 && e.isErr(x.Args[0]) && e.errNil {
			return false, true
		}
	}
	return false, false
}

// isErrNilComparison reports whether x compares the error with nil.
func (e *evaluator) isErrNilComparison(x *ast.BinaryExpr) bool {
	return (e.isErr(x.X) && gocode.IsNil(e.info, x.Y)) || (gocode.IsNil(e.info, x.X) && e.isErr(x.Y))
}

func (e *evaluator) isErr(x ast.Expr) bool {
	id, ok := ast.Unparen(x).(*ast.Ident)
	return ok && e.err != nil && e.info.Uses[id] == e.err
}
