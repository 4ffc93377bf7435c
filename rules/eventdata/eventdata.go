package eventdata

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

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

// Analyzer reports lost decode errors of event data and event data
// decoded into a type the event type does not carry.
var Analyzer = &analysis.Analyzer{
	Name:     "eventdata",
	Doc:      ruledoc.Doc("eventdata"),
	URL:      ruledoc.URL("eventdata"),
	Requires: []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer, stripesdk.Analyzer, directive.Analyzer},
	Run:      run,
}

// Categories of the findings.
const (
	CategoryDecode = "decode" // the error of decoding event data is lost
	CategoryObject = "object" // event data decoded into a type its event type does not carry
)

func run(pass *analysis.Pass) (any, error) {
	if !stripesdk.From(pass).Active() {
		return nil, nil
	}
	c := &checker{pass: pass, graphs: flow.NewGraphs(pass)}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for cur := range in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		d, ok := stripesdk.EventDataDecodeOf(pass.TypesInfo, call)
		if !ok {
			continue
		}
		if !cannotFail(pass.TypesInfo.TypeOf(d.Into)) {
			c.decodeError(cur, call)
		}
		if d.Data.Event != nil {
			c.object(cur, call, d)
		}
	}
	directive.ReportAll(pass, c.diags)
	return nil, nil
}

type checker struct {
	pass   *analysis.Pass
	graphs *flow.Graphs // ctrlflow's, shared with every analyzer that requires it
	diags  []analysis.Diagnostic
}

const decodeMsg = "error decoding event data is not checked"

// decodeError checks that the error of call, a decode of event data, is
// read.
func (c *checker) decodeError(cur inspector.Cursor, call *ast.CallExpr) {
	parent := gocode.UnparenParent(cur)
	var target ast.Expr // the variable the error is stored in
	switch p := parent.Node().(type) {
	case *ast.ExprStmt:
		c.report(call, CategoryDecode, decodeMsg, c.fixDiscarded(parent, p))
		return
	case *ast.GoStmt, *ast.DeferStmt:
		c.report(call, CategoryDecode, decodeMsg, nil)
		return
	case *ast.AssignStmt, *ast.ValueSpec:
		lhs, rhs, _ := gocode.Assignment(p)
		if len(lhs) != 1 || len(rhs) != 1 {
			return
		}
		target = lhs[0]
	default:
		return // passed on, returned, compared: someone reads it
	}
	id, ok := ast.Unparen(target).(*ast.Ident)
	if !ok {
		return // stored in a field or element: it outlives the function
	}
	if id.Name == "_" {
		as, _ := parent.Node().(*ast.AssignStmt)
		c.report(call, CategoryDecode, decodeMsg+" (assigned to _)", c.fixBlank(parent, as))
		return
	}
	v, _ := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if v == nil {
		return
	}
	if f := c.graphs.FuncAt(cur); f != nil && !f.StoredValueRead(parent.Node(), v) {
		c.report(call, CategoryDecode, fmt.Sprintf("%s (%s is never read)", decodeMsg, v.Name()), nil)
	}
}

// cannotFail reports whether decoding a JSON object into the pointer type
// ptr cannot fail: a pointer to an empty interface, or to a map with string
// keys whose values are empty interfaces (map[string]any and named types
// over it). The data of an event is valid JSON (the event itself was
// decoded), so only a decode into a typed target can fail.
func cannotFail(ptr types.Type) bool {
	p, ok := types.Unalias(ptr).(*types.Pointer)
	if !ok {
		return false
	}
	isAny := func(t types.Type) bool {
		i, ok := t.Underlying().(*types.Interface)
		return ok && i.Empty()
	}
	switch t := p.Elem().Underlying().(type) {
	case *types.Interface:
		return t.Empty()
	case *types.Map:
		k, ok := t.Key().Underlying().(*types.Basic)
		return ok && k.Kind() == types.String && isAny(t.Elem())
	}
	return false
}

// object checks that call decodes the data of an event, whose type is
// known where the call is, into the type that event type carries.
func (c *checker) object(cur inspector.Cursor, call *ast.CallExpr, d stripesdk.EventDataDecode) {
	ptr, ok := types.Unalias(c.pass.TypesInfo.TypeOf(d.Into)).(*types.Pointer)
	if !ok {
		return
	}
	named, ok := types.Unalias(ptr.Elem()).(*types.Named)
	if !ok || named.Obj().Pkg() != d.Data.SDK {
		return // a map, the user's own struct, another major's type
	}
	values, from := c.eventTypes(cur, d.Data.Event)
	if len(values) == 0 || c.reassigned(cur, d.Data.Event, from) {
		return
	}
	// Every event type of the case must be known and carry the type.
	type carried struct {
		eventType string
		obj       *types.TypeName
	}
	var all []carried
	for _, x := range values {
		et, ok := stripesdk.EventTypeValue(c.pass.TypesInfo, x)
		if !ok {
			return
		}
		obj := stripesdk.EventObject(d.Data.SDK, et)
		if obj == nil {
			return // an event type the table does not know
		}
		all = append(all, carried{et, obj})
	}
	for _, ca := range all {
		if ca.obj != named.Obj() {
			q := (*types.Package).Name
			c.report(call, CategoryObject, fmt.Sprintf("%s carries a %s, not a %s",
				ca.eventType, types.TypeString(ca.obj.Type(), q), types.TypeString(named, q)), nil)
			return
		}
	}
}

// eventTypes returns the values ev.Type equals where cur is: those of the
// innermost switch case on ev.Type around it, or of the innermost if
// whose condition is ev.Type == value (in its body); nil when not known.
// It also returns the switch or if statement that says so.
func (c *checker) eventTypes(cur inspector.Cursor, ev *types.Var) ([]ast.Expr, ast.Node) {
	info := c.pass.TypesInfo
	child := cur
	for p := cur.Parent(); p.Node() != nil; child, p = p, p.Parent() {
		if x, guard := c.guardBefore(p.Node(), child.Node(), ev); x != nil {
			return []ast.Expr{x}, guard
		}
		switch n := p.Node().(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return nil, nil
		case *ast.CaseClause:
			sw, ok := p.Parent().Parent().Node().(*ast.SwitchStmt)
			if !ok || !c.isBody(child, n.Body) {
				continue
			}
			if fallsInto(sw, n) {
				return nil, nil // the case before falls through: its event types reach here too
			}
			if sw.Tag != nil && stripesdk.EventTypeOf(info, sw.Tag) == ev {
				return n.List, sw // nil for default
			}
			if sw.Tag == nil && len(n.List) == 1 {
				if x := c.comparedTo(n.List[0], ev); x != nil {
					return []ast.Expr{x}, sw
				}
			}
		case *ast.IfStmt:
			if child.Node() != n.Body {
				continue
			}
			if x := c.comparedTo(n.Cond, ev); x != nil {
				return []ast.Expr{x}, n
			}
		}
	}
	return nil, nil
}

// reassigned reports whether the code from the statement from, which
// tests ev.Type, on assigns ev or takes its address: the event tested may
// then not be the one decoded (after the decode too: a loop may bring it
// back).
func (c *checker) reassigned(cur inspector.Cursor, ev *types.Var, from ast.Node) bool {
	fn, ok := gocode.InnermostFunc(cur)
	if !ok {
		return true
	}
	info := c.pass.TypesInfo
	found := false
	ast.Inspect(fn.Node(), func(n ast.Node) bool {
		if n == nil || n.End() <= from.Pos() {
			return false
		}
		if u, ok := n.(*ast.UnaryExpr); ok && u.Op == token.AND {
			if id, ok := ast.Unparen(u.X).(*ast.Ident); ok && info.Uses[id] == ev {
				found = true
			}
		}
		for _, w := range gocode.Written(n) {
			if id, ok := ast.Unparen(w).(*ast.Ident); ok && info.Uses[id] == ev {
				found = true
			}
		}
		return !found
	})
	return found
}

// isBody reports whether child is one of the statements of body.
func (c *checker) isBody(child inspector.Cursor, body []ast.Stmt) bool {
	for _, s := range body {
		if s == child.Node() {
			return true
		}
	}
	return false
}

// guardBefore returns X when a statement before child in the statement
// list of parent is "if ev.Type != X { ...; return }" (no else; != may be
// one operand of ||): past it, ev.Type is X. A labelled statement in
// between ends the search (a goto may jump past the guard).
func (c *checker) guardBefore(parent, child ast.Node, ev *types.Var) (ast.Expr, *ast.IfStmt) {
	list := gocode.Stmts(parent)
	if list == nil {
		return nil, nil
	}
	i := slices.IndexFunc(list, func(s ast.Stmt) bool { return s == child })
	for i--; i >= 0; i-- {
		switch s := list[i].(type) {
		case *ast.LabeledStmt:
			return nil, nil
		case *ast.IfStmt:
			if s.Else != nil || s.Init != nil || len(s.Body.List) == 0 {
				continue
			}
			if _, ok := s.Body.List[len(s.Body.List)-1].(*ast.ReturnStmt); !ok {
				continue
			}
			if x := c.differentFrom(s.Cond, ev); x != nil {
				return x, s
			}
		}
	}
	return nil, nil
}

// differentFrom returns X of the condition ev.Type != X (or X != ev.Type),
// alone or as an operand of ||.
func (c *checker) differentFrom(cond ast.Expr, ev *types.Var) ast.Expr {
	return c.typeOperand(cond, ev, token.NEQ, token.LOR)
}

// typeOperand returns X of the condition "ev.Type op X" (or "X op
// ev.Type"), alone or as an operand of join (|| or &&).
func (c *checker) typeOperand(cond ast.Expr, ev *types.Var, op, join token.Token) ast.Expr {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if ok && b.Op == join {
		if x := c.typeOperand(b.X, ev, op, join); x != nil {
			return x
		}
		return c.typeOperand(b.Y, ev, op, join)
	}
	if !ok || b.Op != op {
		return nil
	}
	switch ev {
	case stripesdk.EventTypeOf(c.pass.TypesInfo, b.X):
		return b.Y
	case stripesdk.EventTypeOf(c.pass.TypesInfo, b.Y):
		return b.X
	}
	return nil
}

// fallsInto reports whether the clause before cc in sw ends with
// fallthrough.
func fallsInto(sw *ast.SwitchStmt, cc *ast.CaseClause) bool {
	for i, s := range sw.Body.List {
		if s != cc || i == 0 {
			continue
		}
		prev := sw.Body.List[i-1].(*ast.CaseClause).Body
		if len(prev) == 0 {
			return false
		}
		br, ok := prev[len(prev)-1].(*ast.BranchStmt)
		return ok && br.Tok == token.FALLTHROUGH
	}
	return false
}

// comparedTo returns X of the condition ev.Type == X (or X == ev.Type),
// alone or as an operand of &&.
func (c *checker) comparedTo(cond ast.Expr, ev *types.Var) ast.Expr {
	return c.typeOperand(cond, ev, token.EQL, token.LAND)
}

// report records a finding at the call's function and open parenthesis.
func (c *checker) report(call *ast.CallExpr, category, msg string, fix *analysis.SuggestedFix) {
	d := analysis.Diagnostic{Pos: call.Pos(), End: call.Lparen + 1, Category: category, Message: msg}
	if fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	c.diags = append(c.diags, d)
}
