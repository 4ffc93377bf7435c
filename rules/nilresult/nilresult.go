package nilresult

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
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

// Analyzer reports reads through the result of a Stripe API call (or of a
// wrapper of one) on a path where the call's error is not checked, or is
// known not to be nil.
var Analyzer = &analysis.Analyzer{
	Name:     "nilresult",
	Doc:      ruledoc.Doc("nilresult"),
	URL:      ruledoc.URL("nilresult"),
	Requires: []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer, stripesdk.Analyzer, directive.Analyzer},
	Run:      run,
}

// Categories of the findings.
const (
	// CategoryUnchecked: the result is read before the error is compared
	// with nil.
	CategoryUnchecked = "unchecked"
	// CategoryFailed: the result is read on a path where the error was
	// found not nil (handled, often only logged, without leaving).
	CategoryFailed = "failed"
)

func run(pass *analysis.Pass) (any, error) {
	m := stripesdk.From(pass)
	if !m.Active() {
		return nil, nil
	}
	c := &checker{
		pass:   pass,
		in:     pass.ResultOf[inspect.Analyzer].(*inspector.Inspector),
		graphs: flow.NewGraphs(pass),
		defs:   make(map[ast.Node]int),
	}
	c.cond = flow.Cond(c.nilTest)
	var funcs []inspector.Cursor
	for _, site := range m.Sites() {
		fn, ok := gocode.InnermostFunc(site.Cursor)
		if !ok || !c.track(site) {
			continue
		}
		if !slices.Contains(funcs, fn) {
			funcs = append(funcs, fn)
		}
	}
	for _, fn := range funcs {
		c.function(fn)
	}
	c.addFixes()
	directive.ReportAll(pass, c.diags)
	return nil, nil
}

type checker struct {
	pass   *analysis.Pass
	in     *inspector.Inspector
	graphs *flow.Graphs
	cond   func(ast.Expr, bool, *flow.Facts) // the Problem's Cond
	// results holds the tracked calls; defs maps the assignment that
	// stores each one to its index in results.
	results []result
	defs    map[ast.Node]int
	// escaping holds the variables of the function being analysed that a
	// function literal uses or whose address is taken: what happens to
	// them cannot be placed on the graph.
	escaping map[*types.Var]bool
	// failGuards holds the conditions of the if statements of that
	// function whose body only returns an error (failureGuards).
	failGuards []ast.Expr
	diags      []analysis.Diagnostic
	finds      []finding
}

// result is a call whose pointer result and error are stored in local
// variables: "pi, err := paymentintent.New(p)".
type result struct {
	res, err *types.Var
	callee   stripesdk.Callee
	stmt     inspector.Cursor // at the *ast.AssignStmt or *ast.ValueSpec
}

// finding is one reported read, kept to build its fix.
type finding struct {
	diag   int // index in diags
	result int // index in results
	read   ast.Expr
}

// track records the call of site when it is an API call or wrapper whose
// first result is a pointer, stored with its error in two variables.
func (c *checker) track(site stripesdk.Site) bool {
	call := site.Call
	if !site.Classified || call.ErrResult <= 0 {
		return false
	}
	results := call.Func.Signature().Results()
	if !gocode.IsPointer(results.At(0).Type()) {
		return false
	}
	parent := gocode.UnparenParent(site.Cursor)
	var lhs []ast.Expr
	switch p := parent.Node().(type) {
	case *ast.AssignStmt:
		if len(p.Rhs) != 1 || p.Tok != token.DEFINE && p.Tok != token.ASSIGN {
			return false
		}
		lhs = p.Lhs
	case *ast.ValueSpec:
		if len(p.Values) != 1 {
			return false
		}
		lhs = gocode.Written(p)
	default:
		return false
	}
	if len(lhs) != results.Len() {
		return false
	}
	res, err := c.localVar(lhs[0]), c.localVar(lhs[call.ErrResult])
	if res == nil || err == nil {
		return false
	}
	c.defs[parent.Node()] = len(c.results)
	c.results = append(c.results, result{res: res, err: err, callee: call, stmt: parent})
	return true
}

// localVar returns the variable that the identifier e names, or nil (_, a
// field, an element).
func (c *checker) localVar(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	v, _ := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
	return v
}

// function solves the problem on one function and reports its findings.
func (c *checker) function(fn inspector.Cursor) {
	g := c.graphs.Of(fn.Node())
	if g == nil {
		return
	}
	c.escaping = c.escapingVars(g.Body)
	c.failGuards = c.failureGuards(g.Body)
	sol := g.Solve(nil, flow.Problem{
		Transfer: func(n ast.Node, f *flow.Facts) { c.node(n, f, false) },
		Cond:     c.cond,
	})
	sol.Nodes(func(n ast.Node, f *flow.Facts) { c.node(n, f, true) })
}

// failureGuards returns the conditions of the if statements in body
// (outside function literals) whose body is one return statement whose
// last result is an error other than nil, with no else: "if c.Email == ""
// { return errNotReady }". A read of an SDK call's result there only
// chooses to fail: the SDK returns an empty object, never nil, with its
// error, so the read sees zero values and the function fails either way.
func (c *checker) failureGuards(body *ast.BlockStmt) []ast.Expr {
	var conds []ast.Expr
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return n.Body == body
		case *ast.IfStmt:
			if n.Else != nil || len(n.Body.List) != 1 {
				return true
			}
			ret, ok := n.Body.List[0].(*ast.ReturnStmt)
			if !ok || len(ret.Results) == 0 {
				return true
			}
			last := ret.Results[len(ret.Results)-1]
			if gocode.IsError(c.pass.TypesInfo.TypeOf(last)) && !gocode.IsNil(c.pass.TypesInfo, last) {
				conds = append(conds, n.Cond)
			}
		}
		return true
	})
	return conds
}

// inFailureGuard reports whether read is part of a condition that
// failureGuards found.
func (c *checker) inFailureGuard(read ast.Expr) bool {
	for _, cond := range c.failGuards {
		if gocode.Contains(cond, read) {
			return true
		}
	}
	return false
}

// escapingVars returns the variables used in the function literals of
// body, and those whose address body takes.
func (c *checker) escapingVars(body *ast.BlockStmt) map[*types.Var]bool {
	vars := make(map[*types.Var]bool)
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			ast.Inspect(n.Body, func(m ast.Node) bool {
				if id, ok := m.(*ast.Ident); ok {
					if v, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok {
						vars[v] = true
					}
				}
				return true
			})
			return false
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND {
				if v, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok {
					vars[v] = true
				}
			}
		}
		return true
	})
	return vars
}

// Fact keys (May): "u:" for a result whose error has not been checked on
// some path, "f:" for one whose error was found not nil on some path.
// Each key names the result variable, the error variable and the call:
// "u:<res>|<err>#index", so that Facts.Kill forgets it when either
// variable is assigned.
const (
	uncheckedPrefix = "u:"
	failedPrefix    = "f:"
)

func (c *checker) key(prefix string, i int) string {
	r := c.results[i]
	return prefix + flow.VarKey(r.res) + "|" + flow.VarKey(r.err) + "#" + strconv.Itoa(i)
}

// keyIndex returns the index in results of a fact key.
func keyIndex(k string) int {
	_, i, _ := strings.Cut(k, "#")
	n, _ := strconv.Atoi(i)
	return n
}

// node applies node n of the graph to f, reporting when report is set.
func (c *checker) node(n ast.Node, f *flow.Facts, report bool) {
	if flow.RangeKill(c.pass.TypesInfo, n, f) {
		return
	}
	c.walk(n, f, report)
}

// walk visits the expressions of n in evaluation order: it reports (when
// report is set) the reads through a result that f shows unchecked or
// failed, and applies to f what n does: assignments, uses of an error
// (handing it to a function counts as checking it), reads (only the
// first read on a path is reported).
func (c *checker) walk(n ast.Node, f *flow.Facts, report bool) {
	info := c.pass.TypesInfo
	switch n := n.(type) {
	case nil:
		return
	case *ast.FuncLit:
		return // analysed on its own
	case *ast.BinaryExpr:
		walk := func(n ast.Node, f *flow.Facts) { c.walk(n, f, report) }
		if flow.ShortCircuit(n, f, walk, c.cond) {
			return
		}
		if x, ok := nilComparison(info, n); ok {
			if _, isIdent := x.(*ast.Ident); !isIdent {
				c.walk(x, f, report)
			}
			return // comparing with nil is what Cond handles
		}
	case *ast.SelectorExpr:
		c.walk(n.X, f, report)
		if sel := info.Selections[n]; sel != nil {
			c.read(n.X, n, "."+n.Sel.Name, f, report)
		}
		return
	case *ast.StarExpr:
		c.walk(n.X, f, report)
		if tv, ok := info.Types[n]; ok && tv.IsValue() {
			c.read(n.X, n, "", f, report)
		}
		return
	case *ast.CallExpr:
		if printCall(info, n) {
			// Printing the error is not checking it.
			c.walk(n.Fun, f, report)
			for _, arg := range n.Args {
				if _, isIdent := ast.Unparen(arg).(*ast.Ident); !isIdent {
					c.walk(arg, f, report)
				}
			}
			return
		}
	case *ast.Ident:
		if v, ok := info.Uses[n].(*types.Var); ok {
			c.handled(v, f)
		}
		return
	case *ast.AssignStmt:
		for _, e := range n.Rhs {
			c.walk(e, f, report)
		}
		for _, e := range n.Lhs {
			if _, isIdent := ast.Unparen(e).(*ast.Ident); !isIdent {
				c.walk(e, f, report)
			}
		}
		c.assign(n, n.Lhs, f)
		return
	case *ast.ValueSpec:
		for _, e := range n.Values {
			c.walk(e, f, report)
		}
		c.assign(n, gocode.Written(n), f)
		return
	}
	flow.Children(n, func(m ast.Node) { c.walk(m, f, report) })
}

// nilComparison returns the operand of "x == nil" or "x != nil" (either
// order) that is not nil.
func nilComparison(info *types.Info, e ast.Expr) (ast.Expr, bool) {
	bin, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok || bin.Op != token.EQL && bin.Op != token.NEQ {
		return nil, false
	}
	switch {
	case gocode.IsNil(info, bin.Y):
		return ast.Unparen(bin.X), true
	case gocode.IsNil(info, bin.X):
		return ast.Unparen(bin.Y), true
	}
	return nil, false
}

// printCall reports whether call prints or logs its arguments (package
// fmt but Errorf, log, log/slog, and their loggers): handing the error to
// it does not handle the failure.
func printCall(info *types.Info, call *ast.CallExpr) bool {
	fn := gocode.CalleeFunc(info, call)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "fmt":
		return fn.Name() != "Errorf"
	case "log", "log/slog":
		return true
	}
	return false
}

// assign applies to f an assignment to lhs by stmt.
func (c *checker) assign(stmt ast.Node, lhs []ast.Expr, f *flow.Facts) {
	for _, e := range lhs {
		if v := c.localVar(e); v != nil {
			f.Kill(flow.VarKey(v))
		}
	}
	if i, ok := c.defs[stmt]; ok && !c.escaping[c.results[i].res] && !c.escaping[c.results[i].err] {
		f.May[c.key(uncheckedPrefix, i)] = true
	}
}

// handled applies a use of v other than a comparison with nil or
// printing: if v is the error of a tracked call, whatever receives it
// may check it.
func (c *checker) handled(v *types.Var, f *flow.Facts) {
	for k := range f.May {
		if strings.HasPrefix(k, uncheckedPrefix) && strings.Contains(k, "|"+flow.VarKey(v)+"#") {
			delete(f.May, k)
		}
	}
}

// nilTest applies to f what the comparison cond being value tells about a
// tracked error (checked: nil, or failed) or result (not nil).
func (c *checker) nilTest(cond ast.Expr, value bool, f *flow.Facts) {
	x, ok := nilComparison(c.pass.TypesInfo, cond)
	if !ok {
		return
	}
	id, ok := x.(*ast.Ident)
	if !ok {
		return
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return
	}
	nonNil := (ast.Unparen(cond).(*ast.BinaryExpr).Op == token.NEQ) == value
	asErr, asRes := "|"+flow.VarKey(v)+"#", flow.VarKey(v)+"|"
	for k := range f.May {
		switch rest := k[len(uncheckedPrefix):]; {
		case strings.Contains(k, asErr):
			delete(f.May, k)
			if nonNil {
				f.May[failedPrefix+rest] = true
			}
		case strings.HasPrefix(rest, asRes) && nonNil:
			delete(f.May, k) // "if pi != nil"
		}
	}
}

// read handles a read through x (a field, a method, *x): when x is a
// result whose error f shows unchecked or failed, it reports the read
// (when report is set) and forgets the result, so that only the first
// read on a path is reported.
func (c *checker) read(x, read ast.Expr, suffix string, f *flow.Facts, report bool) {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return
	}
	var unchecked, failed []int
	var keys []string
	for k := range f.May {
		switch rest := k[len(uncheckedPrefix):]; {
		case !strings.HasPrefix(rest, flow.VarKey(v)+"|"):
			continue
		case strings.HasPrefix(k, failedPrefix):
			failed = append(failed, keyIndex(k))
		default:
			unchecked = append(unchecked, keyIndex(k))
		}
		keys = append(keys, k)
	}
	if len(failed) == 0 && len(unchecked) > 0 {
		if r := c.results[slices.Min(unchecked)]; r.callee.Kind == stripesdk.KindAPI && c.inFailureGuard(read) {
			return // the read only chooses to fail (failureGuards): a later read is still one
		}
	}
	for _, k := range keys {
		delete(f.May, k)
	}
	if !report || len(unchecked)+len(failed) == 0 {
		return
	}
	what := v.Name() + suffix
	if suffix == "" {
		what = "*" + v.Name()
	}
	if len(failed) > 0 {
		r := c.results[slices.Min(failed)]
		c.report(read, CategoryFailed, -1, fmt.Sprintf("%s read after %s failed (%s is not nil): leave after handling the error", what, r.callee.Name, r.err.Name()))
		return
	}
	i := slices.Min(unchecked)
	r := c.results[i]
	c.report(read, CategoryUnchecked, i, fmt.Sprintf("%s read before the error of %s is checked: check %s first", what, r.callee.Name, r.err.Name()))
}

// report records a finding at the read.
func (c *checker) report(read ast.Expr, category string, result int, msg string) {
	if result >= 0 {
		c.finds = append(c.finds, finding{diag: len(c.diags), result: result, read: read})
	}
	c.diags = append(c.diags, analysis.Diagnostic{Pos: read.Pos(), End: read.End(), Category: category, Message: msg})
}

// --- Suggested fix: move the check up ---

// addFixes offers, for each unchecked read with the simple shape, to move
// the error check that follows it above it.
func (c *checker) addFixes() {
	moved := make(map[*ast.IfStmt]bool)
	for _, fd := range c.finds {
		check, fix := c.moveCheck(fd)
		if fix == nil || moved[check] {
			continue
		}
		moved[check] = true
		c.diags[fd.diag].SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
}

// moveCheck builds the fix of a finding when the call's statement, the
// statement that holds the read, and a later "if err != nil { ... return
// ... }" are elements of one statement list, nothing between the call and
// the check uses the error, and the check uses nothing that the statements
// it moves above define or assign.
func (c *checker) moveCheck(fd finding) (*ast.IfStmt, *analysis.SuggestedFix) {
	r := c.results[fd.result]
	list, ci, ok := gocode.StmtList(r.stmt)
	if !ok {
		return nil, nil
	}
	readCur, ok := c.in.Root().FindByPos(fd.read.Pos(), fd.read.End())
	if !ok {
		return nil, nil
	}
	ri := -1
	for cur := readCur; cur.Node() != nil; cur = cur.Parent() {
		if _, isFunc := cur.Node().(*ast.FuncLit); isFunc {
			return nil, nil
		}
		if cur.Parent() == r.stmt.Parent() {
			if s, ok := cur.Node().(ast.Stmt); ok {
				ri = slices.Index(list, s)
			}
			break
		}
	}
	if ri <= ci {
		return nil, nil
	}
	info := c.pass.TypesInfo
	for k := ci + 1; k < len(list); k++ {
		check, isCheck := c.errCheck(list[k], r.err)
		if !isCheck {
			if gocode.Uses(info, list[k], r.err) {
				return nil, nil // another use of the error comes first
			}
			continue
		}
		if k < ri || !c.movable(list[ri:k], check) {
			return nil, nil
		}
		return check, c.moveEdits(list[ri], check)
	}
	return nil, nil
}

// errCheck reports whether s is "if err != nil { ...; return ... }" with
// no init and no else, on the error variable err.
func (c *checker) errCheck(s ast.Stmt, err *types.Var) (*ast.IfStmt, bool) {
	is, ok := s.(*ast.IfStmt)
	if !ok || is.Init != nil || is.Else != nil || len(is.Body.List) == 0 {
		return nil, false
	}
	bin, ok := ast.Unparen(is.Cond).(*ast.BinaryExpr)
	if !ok || bin.Op != token.NEQ {
		return nil, false
	}
	x, ok := nilComparison(c.pass.TypesInfo, bin)
	if id, isIdent := x.(*ast.Ident); !ok || !isIdent || c.pass.TypesInfo.Uses[id] != err {
		return nil, false
	}
	if _, returns := is.Body.List[len(is.Body.List)-1].(*ast.ReturnStmt); !returns {
		return nil, false
	}
	gotos := false
	ast.Inspect(is.Body, func(n ast.Node) bool {
		if br, ok := n.(*ast.BranchStmt); ok && br.Tok == token.GOTO {
			gotos = true // moved up, it could jump over declarations
		}
		return !gotos
	})
	return is, !gotos
}

// movable reports whether check can move above stmts: they contain no
// label (a goto could jump past the check) and no defer (it would no
// longer be deferred on failure), and check uses nothing that they
// declare or assign.
func (c *checker) movable(stmts []ast.Stmt, check *ast.IfStmt) bool {
	info := c.pass.TypesInfo
	ok := true
	for _, s := range stmts {
		ast.Inspect(s, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.LabeledStmt, *ast.DeferStmt:
				ok = false
			case *ast.Ident:
				if obj := info.Defs[n]; obj != nil && gocode.Uses(info, check, obj) {
					ok = false
				}
			case *ast.AssignStmt:
				for _, e := range n.Lhs {
					if _, root, keyed := flow.PathKey(info, e); !keyed || gocode.Uses(info, check, root) {
						ok = false
					}
				}
			case *ast.IncDecStmt:
				if _, root, keyed := flow.PathKey(info, n.X); !keyed || gocode.Uses(info, check, root) {
					ok = false
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					if _, root, keyed := flow.PathKey(info, n.X); keyed && gocode.Uses(info, check, root) {
						ok = false
					}
				}
			}
			return ok
		})
	}
	return ok
}

// moveEdits moves check, alone on its lines, to just above before.
func (c *checker) moveEdits(before ast.Stmt, check *ast.IfStmt) *analysis.SuggestedFix {
	tf := c.pass.Fset.File(check.Pos())
	content, err := c.pass.ReadFile(tf.Name())
	if err != nil {
		return nil
	}
	indent := fixes.Indent(c.pass, check.Pos())
	checkStart := tf.LineStart(tf.PositionFor(check.Pos(), false).Line) // lines of the file, not of //line directives
	beforeStart := tf.LineStart(tf.PositionFor(before.Pos(), false).Line)
	if checkStart+token.Pos(len(indent)) != check.Pos() || beforeStart+token.Pos(len(fixes.Indent(c.pass, before.Pos()))) != before.Pos() {
		return nil // not alone on its line
	}
	rest := content[tf.Offset(check.End()):]
	nl := bytes.IndexByte(rest, '\n')
	if nl < 0 || len(bytes.TrimSpace(rest[:nl])) > 0 {
		return nil // a comment or statement follows on the line
	}
	text := content[tf.Offset(checkStart):tf.Offset(check.End()+token.Pos(nl)+1)]
	return &analysis.SuggestedFix{
		Message: "Check the error before the first read (behavior change)",
		TextEdits: []analysis.TextEdit{
			{Pos: beforeStart, End: beforeStart, NewText: bytes.Clone(text)},
			{Pos: checkStart, End: check.End() + token.Pos(nl) + 1},
		},
	}
}
