package fatal

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
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
	Requires: []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer, stripesdk.Analyzer, directive.Analyzer},
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
	c := &checker{
		pass:   pass,
		model:  m,
		solved: make(map[ast.Node]*stripesdk.ErrorFlow),
		graphs: flow.NewGraphs(pass),
	}
	// An exit can handle a Stripe error only in a function whose own body
	// makes a Stripe call (the errors held are those of its body): start
	// from the model's sites and look at the calls of those bodies only.
	seen := make(map[ast.Node]bool)
	for _, site := range m.Sites() {
		body, ok := innermostBody(site.Cursor)
		if !ok || seen[body.Node()] {
			continue
		}
		seen[body.Node()] = true
		body.Inspect([]ast.Node{(*ast.FuncLit)(nil), (*ast.CallExpr)(nil)}, func(cur inspector.Cursor) bool {
			if call, ok := cur.Node().(*ast.CallExpr); ok {
				c.call(cur, call)
				return true
			}
			return false // a literal's calls are the literal's
		})
	}
	directive.ReportAll(pass, c.diags)
	return nil, nil
}

type checker struct {
	pass   *analysis.Pass
	model  *stripesdk.Model
	solved map[ast.Node]*stripesdk.ErrorFlow // by function
	graphs *flow.Graphs
	diags  []analysis.Diagnostic
}

// innermostBody returns the body of the innermost function around cur.
func innermostBody(cur inspector.Cursor) (inspector.Cursor, bool) {
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		body := gocode.FuncBody(fn.Node())
		if body == nil {
			return inspector.Cursor{}, false
		}
		return fn.FindNode(body)
	}
	return inspector.Cursor{}, false
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
	if !ok || !stripesdk.ServesRequests(c.pass.Fset, c.pass.Pkg, c.pass.TypesInfo, cur) {
		return
	}
	v, api, ok := c.handledError(cur, call)
	if !ok {
		return
	}
	d := analysis.Diagnostic{Pos: call.Pos(), End: call.Lparen + 1, Category: ex.category}
	stmt := cur.Parent()
	if ex.category == CategoryPanic {
		d.Message = fmt.Sprintf("%s on the error of %s can stop the service: return the error", ex.name, api)
	} else {
		d.Message = fmt.Sprintf("%s on the error of %s stops the service: return the error", ex.name, api)
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
	fn, ok := gocode.InnermostFunc(cur)
	if !ok {
		return nil, "", false
	}
	errs := c.solve(fn.Node())
	for _, n := range nodes {
		var found *types.Var
		var name string
		ast.Inspect(n, func(m ast.Node) bool {
			if _, ok := m.(*ast.FuncLit); ok {
				return false
			}
			if id, ok := m.(*ast.Ident); ok && found == nil {
				if api, ok := errs.Holds(id); ok {
					found, name = c.pass.TypesInfo.Uses[id].(*types.Var), api
				}
			}
			return found == nil
		})
		if found != nil {
			return found, name, true
		}
	}
	return nil, "", false
}

// solve computes which variables hold errors of API calls in the function
// fn, once.
func (c *checker) solve(fn ast.Node) *stripesdk.ErrorFlow {
	s := c.solved[fn]
	if s == nil {
		s = c.model.ErrorFlow(c.graphs, fn)
		c.solved[fn] = s
	}
	return s
}

// fix offers, for log.Fatal* (or (*log.Logger).Fatal*) as the last
// statement of its block in a function that returns an error, to log
// instead and return the error; and for panic(err), to return err.
func (c *checker) fix(stmt inspector.Cursor, call *ast.CallExpr, ex exit, v *types.Var) *analysis.SuggestedFix {
	es, ok := stmt.Node().(*ast.ExprStmt)
	if !ok || !gocode.InBlock(stmt) || followed(stmt) || !gocode.ImplementsError(v.Type()) {
		return nil
	}
	sig, _, ok := gocode.EnclosingFunc(c.pass.TypesInfo, stmt)
	if !ok {
		return nil
	}
	file := gocode.EnclosingFile(stmt)
	scope := gocode.ScopeAt(c.pass.TypesInfo, file, es.Pos())
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
