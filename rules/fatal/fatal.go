package fatal

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/stripeerrlint/stripeerrlint/analyzer/directive"
	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/fixes"
	"github.com/stripeerrlint/stripeerrlint/internal/flow"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
	"github.com/stripeerrlint/stripeerrlint/internal/ruledoc"
)

// Analyzer reports process exits and panics that handle the error of a
// Stripe API call in code that serves requests.
var Analyzer = &analysis.Analyzer{
	Name:     "fatal",
	Doc:      ruledoc.Doc("fatal"),
	URL:      ruledoc.URL("fatal"),
	Requires: []*analysis.Analyzer{inspect.Analyzer, stripesdk.Analyzer, directive.Analyzer},
	Run:      run,
}

// Categories of the findings.
const (
	CategoryExit  = "exit"  // log.Fatal*, os.Exit
	CategoryPanic = "panic" // panic, log.Panic*
)

func run(pass *analysis.Pass) (any, error) {
	m := stripesdk.From(pass)
	if !m.Active() {
		return nil, nil
	}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{
		pass:   pass,
		model:  m,
		solved: make(map[*ast.BlockStmt]*flow.Solution),
		names:  make(map[*types.Var]string),
	}
	for cur := range in.Root().Preorder((*ast.CallExpr)(nil)) {
		c.call(cur, cur.Node().(*ast.CallExpr))
	}
	directive.ReportAll(pass, c.diags)
	return nil, nil
}

type checker struct {
	pass   *analysis.Pass
	model  *stripesdk.Model
	solved map[*ast.BlockStmt]*flow.Solution
	// names holds, for a variable that holds the error of an API call,
	// the name of the call.
	names map[*types.Var]string
	diags []analysis.Diagnostic
}

// exit describes a call that ends the process or panics.
type exit struct {
	name     string // log.Fatalf, (*log.Logger).Fatal, os.Exit, panic
	category string
	printf   string // the log function to call instead ("Printf"), "" when none
}

// exitOf reports whether call exits the process or panics.
func (c *checker) exitOf(call *ast.CallExpr) (exit, bool) {
	switch fn := typeutil.Callee(c.pass.TypesInfo, call).(type) {
	case *types.Builtin:
		if fn.Name() == "panic" {
			return exit{name: "panic", category: CategoryPanic}, true
		}
	case *types.Func:
		if fn.Pkg() == nil {
			return exit{}, false
		}
		recv := fn.Signature().Recv()
		switch fn.Pkg().Path() {
		case "os":
			if fn.Name() == "Exit" && recv == nil {
				return exit{name: "os.Exit", category: CategoryExit}, true
			}
		case "log":
			name := "log." + fn.Name()
			if recv != nil {
				name = "(*log.Logger)." + fn.Name()
			}
			if rest, ok := strings.CutPrefix(fn.Name(), "Fatal"); ok {
				return exit{name: name, category: CategoryExit, printf: "Print" + rest}, true
			}
			if strings.HasPrefix(fn.Name(), "Panic") {
				return exit{name: name, category: CategoryPanic}, true
			}
		}
	}
	return exit{}, false
}

// call checks one call: an exit or panic that handles a Stripe error in
// code that serves requests.
func (c *checker) call(cur inspector.Cursor, call *ast.CallExpr) {
	ex, ok := c.exitOf(call)
	if !ok || !c.serving(cur) {
		return
	}
	v, api, ok := c.handledError(cur, call)
	if !ok {
		return
	}
	d := analysis.Diagnostic{Pos: call.Pos(), End: call.Lparen + 1, Category: ex.category}
	stmt := cur.Parent()
	if ex.category == CategoryPanic {
		d.Message = fmt.Sprintf("%s while handling the error of %s can take the process down: return the error instead (a failed payment must not stop the service)", ex.name, api)
	} else {
		after := ""
		if followed(stmt) {
			after = ", so the code after it never runs"
		}
		d.Message = fmt.Sprintf("%s exits the process while handling the error of %s%s: return the error instead (a failed payment must not stop the service)", ex.name, api, after)
	}
	if fix := c.fix(stmt, call, ex, v); fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	c.diags = append(c.diags, d)
}

// followed reports whether the statement at cur is in a statement list and
// not its last statement.
func followed(cur inspector.Cursor) bool {
	if _, ok := cur.Node().(*ast.ExprStmt); !ok {
		return false
	}
	list, i, ok := gocode.StmtList(cur)
	return ok && i < len(list)-1
}

// serving reports whether the code at cur serves requests: it is in any
// function but main, init and TestMain, or in an HTTP handler literal
// (inside main too).
func (c *checker) serving(cur inspector.Cursor) bool {
	for p := range cur.Enclosing((*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		switch n := p.Node().(type) {
		case *ast.FuncLit:
			if sig, ok := c.pass.TypesInfo.TypeOf(n).(*types.Signature); ok && stripesdk.IsNetHTTPHandler(sig) {
				return true
			}
		case *ast.FuncDecl:
			return !c.startup(n)
		}
	}
	return true // a literal at package level
}

// startup reports whether decl is main (of package main), init or TestMain
// (of a test file): code that runs once, at start-up.
func (c *checker) startup(decl *ast.FuncDecl) bool {
	if decl.Recv != nil {
		return false
	}
	switch decl.Name.Name {
	case "main":
		return c.pass.Pkg.Name() == "main"
	case "init":
		return true
	case "TestMain":
		return strings.HasSuffix(c.pass.Fset.File(decl.Pos()).Name(), "_test.go")
	}
	return false
}

// handledError reports whether the exit call at cur handles the error of an
// API call: one of its arguments, or the condition of an if, switch or
// case around it, refers to a variable that holds such an error there. It
// returns the variable and the call's name.
func (c *checker) handledError(cur inspector.Cursor, call *ast.CallExpr) (*types.Var, string, bool) {
	args := make([]ast.Node, len(call.Args))
	for i, a := range call.Args {
		args[i] = a
	}
	if v, name, ok := c.mentioned(cur, args); ok {
		return v, name, true
	}
	child := cur
	for p := range cur.Parent().Enclosing() {
		var conds []ast.Node
		switch n := p.Node().(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return nil, "", false
		case *ast.IfStmt:
			if child.Node() == n.Body || child.Node() == n.Else {
				conds = []ast.Node{n.Cond}
			}
		case *ast.CaseClause:
			switch sw := p.Parent().Parent().Node().(type) {
			case *ast.SwitchStmt:
				if sw.Tag != nil {
					conds = append(conds, sw.Tag)
				}
			case *ast.TypeSwitchStmt:
				conds = append(conds, sw.Assign)
			}
			for _, e := range n.List {
				conds = append(conds, e)
			}
		}
		for _, cond := range conds {
			cc, ok := cur.Inspector().Root().FindNode(cond)
			if !ok {
				continue
			}
			if v, name, ok := c.mentioned(cc, []ast.Node{cond}); ok {
				return v, name, true
			}
		}
		child = p
	}
	return nil, "", false
}

// mentioned reports whether one of nodes, at cur, refers to a variable that
// holds the error of an API call there.
func (c *checker) mentioned(cur inspector.Cursor, nodes []ast.Node) (*types.Var, string, bool) {
	body, node, ok := flow.GraphNode(cur)
	if !ok {
		return nil, "", false
	}
	before, ok := c.solve(body).Before(node)
	if !ok {
		return nil, "", false // unreachable
	}
	for _, n := range nodes {
		var found *types.Var
		ast.Inspect(n, func(m ast.Node) bool {
			if _, ok := m.(*ast.FuncLit); ok {
				return false
			}
			if id, ok := m.(*ast.Ident); ok && found == nil {
				if v, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok && before.May[errPrefix+flow.VarKey(v)] {
					found = v
				}
			}
			return found == nil
		})
		if found != nil {
			return found, c.names[found], true
		}
	}
	return nil, "", false
}

// Fact keys: errPrefix+var (May) when the variable may hold the error of
// an API call.
const errPrefix = "stripeerr:"

// solve runs the analysis of which variables hold errors of API calls on
// body, once.
func (c *checker) solve(body *ast.BlockStmt) *flow.Solution {
	if s := c.solved[body]; s != nil {
		return s
	}
	rangeErrs := c.rangeErrors(body)
	s := flow.Solve(c.pass.TypesInfo, body, nil, flow.Problem{
		Transfer: func(n ast.Node, f *flow.Facts) { c.transfer(n, f, rangeErrs) },
		Cond:     func(ast.Expr, bool, *flow.Facts) {},
	})
	c.solved[body] = s
	return s
}

// rangeErrors returns the error identifiers of ranges over the (item,
// error) pairs of a v82+ list's All, with the list's name.
func (c *checker) rangeErrors(body *ast.BlockStmt) map[*ast.Ident]string {
	errs := make(map[*ast.Ident]string)
	ast.Inspect(body, func(n ast.Node) bool {
		rng, ok := n.(*ast.RangeStmt)
		if !ok {
			return true
		}
		all, ok := ast.Unparen(rng.X).(*ast.CallExpr)
		value, ok2 := rng.Value.(*ast.Ident)
		if !ok || !ok2 || stripesdk.ListMethod(gocode.CalleeFunc(c.pass.TypesInfo, all)) != "All" {
			return true
		}
		name := types.ObjectString(gocode.CalleeFunc(c.pass.TypesInfo, all), (*types.Package).Name)
		if sel, ok := ast.Unparen(all.Fun).(*ast.SelectorExpr); ok {
			if list, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok {
				if d, ok := c.model.ClassifyCall(list); ok {
					name = d.Name
				}
			}
		}
		errs[value] = name
		return true
	})
	return errs
}

// transfer applies node n: a variable assigned the error of an API call
// holds it, one assigned a value computed from such an error (a copy, a
// wrapping) of an error type holds it too, and any other assignment
// forgets it.
func (c *checker) transfer(n ast.Node, f *flow.Facts, rangeErrs map[*ast.Ident]string) {
	var lhs, rhs []ast.Expr
	switch n := n.(type) {
	case *ast.Ident: // a range key or value
		v, _ := c.pass.TypesInfo.ObjectOf(n).(*types.Var)
		if v == nil {
			return
		}
		delete(f.May, errPrefix+flow.VarKey(v))
		if name, ok := rangeErrs[n]; ok {
			c.hold(v, name, f)
		}
		return
	case *ast.AssignStmt:
		lhs, rhs = n.Lhs, n.Rhs
	case *ast.ValueSpec:
		for _, id := range n.Names {
			lhs = append(lhs, id)
		}
		rhs = n.Values
	default:
		return
	}
	held := make([]string, len(lhs))
	switch {
	case len(rhs) == 1 && len(lhs) > 1:
		if call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr); ok {
			if d, ok := c.model.ClassifyCall(call); ok && d.ErrResult >= 0 && d.ErrResult < len(lhs) {
				held[d.ErrResult] = d.Name
			}
		}
	case len(rhs) == len(lhs):
		for i, r := range rhs {
			if call, ok := ast.Unparen(r).(*ast.CallExpr); ok {
				if d, ok := c.model.ClassifyCall(call); ok && d.ErrResult == 0 && d.Func.Signature().Results().Len() == 1 {
					held[i] = d.Name // it.Err(), a wrapper returning only an error
					continue
				}
			}
			if t := c.pass.TypesInfo.TypeOf(lhs[i]); t != nil && types.Implements(t, errorInterface) {
				held[i] = c.heldIn(r, f)
			}
		}
	}
	for i, l := range lhs {
		id, ok := ast.Unparen(l).(*ast.Ident)
		if !ok {
			continue
		}
		v, _ := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
		if v == nil {
			continue
		}
		delete(f.May, errPrefix+flow.VarKey(v))
		if held[i] != "" {
			c.hold(v, held[i], f)
		}
	}
}

var errorInterface = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// hold records that v may hold the error of the API call named name.
func (c *checker) hold(v *types.Var, name string, f *flow.Facts) {
	f.May[errPrefix+flow.VarKey(v)] = true
	if _, ok := c.names[v]; !ok {
		c.names[v] = name
	}
}

// heldIn returns the name of the API call whose error e carries (e refers
// to a variable that may hold one), or "".
func (c *checker) heldIn(e ast.Expr, f *flow.Facts) string {
	name := ""
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && name == "" {
			if v, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok && f.May[errPrefix+flow.VarKey(v)] {
				name = c.names[v]
			}
		}
		return name == ""
	})
	return name
}

// fix offers, for log.Fatal* (or (*log.Logger).Fatal*) as the last
// statement of its block in a function that returns an error, to log
// instead and return the error; and for panic(err), to return err.
func (c *checker) fix(stmt inspector.Cursor, call *ast.CallExpr, ex exit, v *types.Var) *analysis.SuggestedFix {
	es, ok := stmt.Node().(*ast.ExprStmt)
	if !ok || !gocode.InBlock(stmt) || followed(stmt) || !types.Implements(v.Type(), errorInterface) {
		return nil
	}
	sig, _, ok := gocode.EnclosingFunc(c.pass.TypesInfo, stmt)
	if !ok {
		return nil
	}
	file := gocode.EnclosingFile(stmt)
	scope := c.pass.TypesInfo.Scopes[file]
	if scope != nil {
		scope = scope.Innermost(es.Pos())
	}
	if scope == nil {
		return nil
	}
	if _, obj := scope.LookupParent(v.Name(), es.Pos()); obj != v {
		return nil // shadowed where the return would go
	}
	ret, ok := fixes.ReturnError(c.pass.Pkg, file, sig, v.Name())
	if !ok {
		return nil
	}
	switch {
	case ex.printf != "":
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		indent := fixes.Indent(c.pass, es.Pos())
		end := fixes.LineEnd(c.pass, es.End())
		return &analysis.SuggestedFix{
			Message: "Log the error and return it instead of exiting (behavior change)",
			TextEdits: []analysis.TextEdit{
				{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte(ex.printf)},
				{Pos: end, End: end, NewText: []byte("\n" + indent + ret)},
			},
		}
	case ex.name == "panic" && len(call.Args) == 1:
		if id, ok := ast.Unparen(call.Args[0]).(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == v {
			return &analysis.SuggestedFix{
				Message:   "Return the error instead of panicking (behavior change)",
				TextEdits: []analysis.TextEdit{{Pos: es.Pos(), End: es.End(), NewText: []byte(ret)}},
			}
		}
	}
	return nil
}
