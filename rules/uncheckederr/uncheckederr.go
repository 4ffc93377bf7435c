package uncheckederr

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/analyzer/directive"
	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/fixes"
	"github.com/stripeerrlint/stripeerrlint/internal/flow"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
	"github.com/stripeerrlint/stripeerrlint/internal/ruledoc"
)

// Analyzer reports Stripe API calls whose error is not checked.
var Analyzer = &analysis.Analyzer{
	Name:     "uncheckederr",
	Doc:      ruledoc.Doc("uncheckederr"),
	URL:      ruledoc.URL("uncheckederr"),
	Requires: []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer, stripesdk.Analyzer, directive.Analyzer},
	Run:      run,
}

// Categories of the findings.
const (
	CategoryDiscarded = "discarded" // the call's error is not used at all
	CategoryBlank     = "blank"     // the error is assigned to _
	CategoryUnread    = "unread"    // the error is stored but never read
	CategoryList      = "list"      // the error of a list is never read
	CategoryPartial   = "partial"   // a list's error ends or skips its loop and is dropped
)

func run(pass *analysis.Pass) (any, error) {
	m := stripesdk.From(pass)
	if !m.Active() {
		return nil, nil
	}
	c := &checker{pass: pass, model: m, graphs: flow.NewGraphs(pass)}
	for _, site := range m.Sites() {
		switch parent := gocode.UnparenParent(site.Cursor); {
		case site.Classified && site.Call.ErrResult >= 0:
			c.call(site.Cursor, site.Expr(), site.Call)
		case site.Classified && site.Call.Kind == stripesdk.KindList:
			if rng, ok := parent.Node().(*ast.RangeStmt); ok && ast.Unparen(rng.X) == site.Expr() {
				// v82 to v84: List returns the (item, error) pairs itself.
				c.rangeOverAll(parent, rng)
			} else {
				c.listCall(site.Cursor, site.Expr(), site.Call)
			}
		case site.ListMethod == "All":
			if rng, ok := parent.Node().(*ast.RangeStmt); ok && ast.Unparen(rng.X) == site.Expr() {
				c.rangeOverAll(parent, rng)
			}
		case site.ListMethod == "Next":
			switch p := parent.Node().(type) {
			case *ast.ForStmt:
				if ast.Unparen(p.Cond) == site.Expr() {
					c.iteratorLoop(parent, p)
				}
			case *ast.IfStmt: // if it.Next() { … }
				if ast.Unparen(p.Cond) == site.Expr() {
					c.ifNext(parent, site.Expr())
				}
			case *ast.UnaryExpr: // if !it.Next() { … }
				if ifs, ok := gocode.UnparenParent(parent).Node().(*ast.IfStmt); ok && p.Op == token.NOT && ast.Unparen(ifs.Cond) == p {
					c.ifNext(gocode.UnparenParent(parent), site.Expr())
				}
			}
		}
	}
	directive.ReportAll(pass, c.diags)
	return nil, nil
}

type checker struct {
	pass   *analysis.Pass
	model  *stripesdk.Model
	graphs *flow.Graphs // ctrlflow's, shared with every analyzer that requires it
	diags  []analysis.Diagnostic
}

// call checks a call that returns a Stripe error: whether the error is used.
func (c *checker) call(cur inspector.Cursor, call *ast.CallExpr, desc stripesdk.Callee) {
	parent := gocode.UnparenParent(cur)
	msg := "error returned by " + desc.Name + " is not checked"
	switch p := parent.Node().(type) {
	case *ast.ExprStmt:
		c.report(call, CategoryDiscarded, msg, c.fixDiscarded(parent, desc))
	case *ast.GoStmt:
		c.report(call, CategoryDiscarded, msg+" (the go statement discards it)", nil)
	case *ast.DeferStmt:
		c.report(call, CategoryDiscarded, msg+" (the defer statement discards it)", nil)
	case *ast.AssignStmt:
		if len(p.Rhs) == 1 && len(p.Lhs) == desc.Func.Signature().Results().Len() {
			c.stored(parent, p, p.Lhs[desc.ErrResult], call, desc, msg)
		}
	case *ast.ValueSpec:
		if len(p.Values) == 1 && len(p.Names) == desc.Func.Signature().Results().Len() {
			c.stored(parent, p, p.Names[desc.ErrResult], call, desc, msg)
		}
	}
}

// stored checks an error assigned to target by the statement stmt (an
// AssignStmt or ValueSpec at cur).
func (c *checker) stored(cur inspector.Cursor, stmt ast.Node, target ast.Expr, call *ast.CallExpr, desc stripesdk.Callee, msg string) {
	id, ok := ast.Unparen(target).(*ast.Ident)
	if !ok {
		return // stored in a field or element: it outlives the function
	}
	if id.Name == "_" {
		fix := c.fixBlank(cur, stmt, id)
		if as, ok := stmt.(*ast.AssignStmt); ok && allBlank(as) {
			fix = c.fixLogged(cur, as, desc)
		}
		c.report(call, CategoryBlank, msg+" (assigned to _)", fix)
		return
	}
	v, _ := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if v == nil {
		return
	}
	if f := c.graphs.FuncAt(cur); f != nil && !f.StoredValueRead(stmt, v) {
		c.report(call, CategoryUnread,
			fmt.Sprintf("%s (%s is never read)", msg, v.Name()),
			c.fixUnread(cur, stmt, v.Name()))
	}
}

// rangeOverAll checks a range over the (item, error) pairs that a v85+
// list's All yields, or a v82 to v84 list call returns.
func (c *checker) rangeOverAll(cur inspector.Cursor, rng *ast.RangeStmt) {
	all := ast.Unparen(rng.X).(*ast.CallExpr)
	name, yields := c.model.ListName(all), "range over All yields"
	if d, ok := c.model.ClassifyCall(all); ok && d.Kind == stripesdk.KindList {
		name, yields = d.Name, "the list yields" // the list call itself
	}
	switch value, _ := rng.Value.(*ast.Ident); {
	case rng.Value == nil:
		c.report(all, CategoryList, "error of "+name+" is not checked ("+yields+" (item, error) pairs: bind the error)", c.fixRange(cur, rng))
	case value != nil && value.Name == "_":
		c.report(all, CategoryList, "error of "+name+" is not checked (assigned to _)", c.fixRange(cur, rng))
	case value != nil:
		v, _ := c.pass.TypesInfo.ObjectOf(value).(*types.Var)
		f := c.graphs.FuncAt(cur)
		if v == nil || f == nil {
			return
		}
		if !f.StoredValueRead(value, v) {
			c.report(all, CategoryList, fmt.Sprintf("error of %s is not checked (%s is never read in the loop)", name, v.Name()), nil)
			return
		}
		c.partialRange(cur, rng, v, name)
	}
}

// iteratorSource names the list call that created it, or the iterator
// variable's type when it is not in sight.
func (c *checker) iteratorSource(body *ast.BlockStmt, it *types.Var) string {
	name := types.TypeString(it.Type(), (*types.Package).Name)
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != len(as.Rhs) {
			return true
		}
		for i, lhs := range as.Lhs {
			if id, ok := lhs.(*ast.Ident); ok && c.pass.TypesInfo.ObjectOf(id) == it {
				if call, ok := ast.Unparen(as.Rhs[i]).(*ast.CallExpr); ok {
					if d, ok := c.model.ClassifyCall(call); ok {
						name = d.Name
						return false
					}
				}
			}
		}
		return true
	})
	return name
}

// report records a finding at the call's function and open parenthesis.
func (c *checker) report(call *ast.CallExpr, category, msg string, fix *analysis.SuggestedFix) {
	d := analysis.Diagnostic{Pos: call.Pos(), End: call.Lparen + 1, Category: category, Message: msg}
	if fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	c.diags = append(c.diags, d)
}

// --- Suggested fixes ---

// errCheck returns the statement "if <init>; <name> != nil { return ..., <name> }"
// (init may be empty) split around init, indented as the statement at cur,
// or false when the enclosing function does not return an error or the
// return statement cannot be written.
func (c *checker) errCheck(cur inspector.Cursor, init bool, name string) (head, tail string, ok bool) {
	sig, _, ok := gocode.EnclosingFunc(c.pass.TypesInfo, cur)
	if !ok || !gocode.InBlock(cur) {
		return "", "", false
	}
	ret, ok := fixes.ReturnError(c.pass.Pkg, gocode.EnclosingFile(cur), sig, name)
	if !ok {
		return "", "", false
	}
	indent := fixes.Indent(c.pass, cur.Node().Pos())
	tail = fmt.Sprintf("%s != nil {\n%s\t%s\n%s}", name, indent, ret, indent)
	if init {
		return "if ", "; " + tail, true
	}
	return "", "if " + tail, true
}

// fixDiscarded turns "call()" into "if _, err := call(); err != nil { return ..., err }".
func (c *checker) fixDiscarded(stmt inspector.Cursor, desc stripesdk.Callee) *analysis.SuggestedFix {
	lhs := make([]string, desc.Func.Signature().Results().Len())
	for i := range lhs {
		lhs[i] = "_"
	}
	lhs[desc.ErrResult] = "err"
	head, tail, ok := c.errCheck(stmt, true, "err")
	if !ok {
		return nil
	}
	s := stmt.Node()
	return &analysis.SuggestedFix{
		Message: "Check the error and return it (behavior change)",
		TextEdits: []analysis.TextEdit{
			{Pos: s.Pos(), End: s.Pos(), NewText: []byte(head + strings.Join(lhs, ", ") + " := ")},
			{Pos: s.End(), End: s.End(), NewText: []byte(tail)},
		},
	}
}

// fixBlank binds the error that an assignment gives to _ and checks it.
func (c *checker) fixBlank(cur inspector.Cursor, stmt ast.Node, blank *ast.Ident) *analysis.SuggestedFix {
	as, ok := stmt.(*ast.AssignStmt)
	if !ok {
		return nil
	}
	scope := gocode.ScopeAt(c.pass.TypesInfo, gocode.EnclosingFile(cur), cur.Node().Pos())
	if scope == nil {
		return nil
	}
	edits := []analysis.TextEdit{{Pos: blank.Pos(), End: blank.End(), NewText: []byte("err")}}
	existing := scope.Lookup("err")
	switch as.Tok {
	case token.DEFINE:
		if existing != nil && !gocode.IsError(existing.Type()) {
			return nil // := would reuse a variable of another type
		}
		if existing != nil && existing.Pos() > as.Pos() {
			// A later := declares err in this block: once this one
			// does, that one may declare nothing new.
			return nil
		}
	case token.ASSIGN:
		// Only "_, _ = call()" and the like become "_, err := call()":
		// other targets would be redeclared, or are not identifiers.
		if existing != nil {
			return nil
		}
		for _, lhs := range as.Lhs {
			if id, ok := lhs.(*ast.Ident); !ok || (id.Name != "_" && scope.Lookup(id.Name) == nil) {
				return nil
			}
		}
		edits = append(edits, analysis.TextEdit{Pos: as.TokPos, End: as.TokPos + token.Pos(len("=")), NewText: []byte(":=")})
	default:
		return nil
	}
	_, check, ok := c.errCheck(cur, false, "err")
	if !ok {
		return nil
	}
	indent := fixes.Indent(c.pass, as.Pos())
	end := fixes.LineEnd(c.pass, as.End())
	edits = append(edits, analysis.TextEdit{Pos: end, End: end, NewText: []byte("\n" + indent + check)})
	return &analysis.SuggestedFix{Message: "Bind the error and return it (behavior change)", TextEdits: edits}
}

// allBlank reports whether as is "_, _ = call()" (or "_ = call()"): every
// result discarded on purpose, as a best-effort call does.
func allBlank(as *ast.AssignStmt) bool {
	if as.Tok != token.ASSIGN {
		return false
	}
	for _, lhs := range as.Lhs {
		if id, ok := lhs.(*ast.Ident); !ok || id.Name != "_" {
			return false
		}
	}
	return true
}

// fixLogged turns the explicit discard "_, _ = call()" into
// "if _, err := call(); err != nil { log.Printf(...) }": the code goes on
// as before, and the failure of the best-effort call is seen. Returning
// the error would make the function fail where its author chose not to.
func (c *checker) fixLogged(cur inspector.Cursor, as *ast.AssignStmt, desc stripesdk.Callee) *analysis.SuggestedFix {
	file := gocode.EnclosingFile(cur)
	if file == nil || !gocode.InBlock(cur) {
		return nil
	}
	log, edits, ok := fixes.AddImport(c.pass.TypesInfo, file, as.Pos(), "log", "log")
	if !ok {
		return nil
	}
	lhs := make([]string, len(as.Lhs))
	for i := range lhs {
		lhs[i] = "_"
	}
	lhs[desc.ErrResult] = "err"
	indent := fixes.Indent(c.pass, as.Pos())
	edits = append(edits,
		analysis.TextEdit{Pos: as.Pos(), End: as.TokPos + token.Pos(len("=")), NewText: []byte("if " + strings.Join(lhs, ", ") + " :=")},
		analysis.TextEdit{Pos: as.End(), End: as.End(), NewText: fmt.Appendf(nil, "; err != nil {\n%s\t%s.Printf(%s, err)\n%s}", indent, log, strconv.Quote(desc.Name+": %v"), indent)},
	)
	return &analysis.SuggestedFix{Message: "Log the error and go on", TextEdits: edits}
}

// fixUnread checks the error right after the assignment that stores it.
func (c *checker) fixUnread(cur inspector.Cursor, stmt ast.Node, name string) *analysis.SuggestedFix {
	as, ok := stmt.(*ast.AssignStmt)
	if !ok {
		return nil
	}
	_, check, ok := c.errCheck(cur, false, name)
	if !ok {
		return nil
	}
	indent := fixes.Indent(c.pass, as.Pos())
	end := fixes.LineEnd(c.pass, as.End())
	return &analysis.SuggestedFix{
		Message:   "Check the error right after the call (behavior change)",
		TextEdits: []analysis.TextEdit{{Pos: end, End: end, NewText: []byte("\n" + indent + check)}},
	}
}

// fixIteratorLoop adds "if err := it.Err(); err != nil { return ..., err }"
// after the loop.
func (c *checker) fixIteratorLoop(cur inspector.Cursor, loop *ast.ForStmt, it string) *analysis.SuggestedFix {
	head, tail, ok := c.errCheck(cur, true, "err")
	if !ok {
		return nil
	}
	indent := fixes.Indent(c.pass, loop.Pos())
	check := "\n" + indent + head + "err := " + it + ".Err()" + tail
	end := fixes.LineEnd(c.pass, loop.End())
	return &analysis.SuggestedFix{
		Message:   "Check " + it + ".Err() after the loop (behavior change)",
		TextEdits: []analysis.TextEdit{{Pos: end, End: end, NewText: []byte(check)}},
	}
}

// fixRange binds the error in a range over All and checks it first thing
// in the body.
func (c *checker) fixRange(cur inspector.Cursor, rng *ast.RangeStmt) *analysis.SuggestedFix {
	if gocode.NameOccurs(rng.Body, "err") {
		return nil // a new err would capture the body's uses of another one
	}
	var edits []analysis.TextEdit
	switch {
	case rng.Key == nil:
		edits = append(edits, analysis.TextEdit{Pos: rng.For + token.Pos(len("for")), End: rng.For + token.Pos(len("for")), NewText: []byte(" _, err :=")})
	case rng.Tok != token.DEFINE:
		return nil
	case rng.Value == nil:
		edits = append(edits, analysis.TextEdit{Pos: rng.Key.End(), End: rng.Key.End(), NewText: []byte(", err")})
	default:
		edits = append(edits, analysis.TextEdit{Pos: rng.Value.Pos(), End: rng.Value.End(), NewText: []byte("err")})
	}
	sig, _, ok := gocode.EnclosingFunc(c.pass.TypesInfo, cur)
	if !ok {
		return nil
	}
	ret, ok := fixes.ReturnError(c.pass.Pkg, gocode.EnclosingFile(cur), sig, "err")
	if !ok {
		return nil
	}
	indent := fixes.Indent(c.pass, rng.Pos())
	check := fmt.Sprintf("\n%s\tif err != nil {\n%s\t\t%s\n%s\t}", indent, indent, ret, indent)
	at := fixes.LineEnd(c.pass, rng.Body.Lbrace+1)
	edits = append(edits, analysis.TextEdit{Pos: at, End: at, NewText: []byte(check)})
	return &analysis.SuggestedFix{Message: "Bind the error and return it (behavior change)", TextEdits: edits}
}
