package charges

import (
	"go/ast"
	"go/constant"
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
	"github.com/stripeerrlint/stripeerrlint/internal/flow"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
	"github.com/stripeerrlint/stripeerrlint/internal/ruledoc"
)

// Analyzer reports reads of PaymentIntent.Charges, the field API version
// 2022-11-15 removed, and unchecked indexing of its charges.
var Analyzer = &analysis.Analyzer{
	Name:     "charges",
	Doc:      ruledoc.Doc("charges"),
	URL:      ruledoc.URL("charges"),
	Requires: []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer, stripesdk.Analyzer, directive.Analyzer},
	Run:      run,
}

// Categories of the findings.
const (
	// CategoryRemoved: PaymentIntent.Charges, removed in API version
	// 2022-11-15 in favour of LatestCharge.
	CategoryRemoved = "removed"
	// CategoryIndex: Charges.Data indexed by a constant with no length
	// check.
	CategoryIndex = "index"
)

func run(pass *analysis.Pass) (any, error) {
	if !stripesdk.From(pass).Active() {
		return nil, nil
	}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{pass: pass}
	c.cond = flow.Cond(c.compare)
	c.solver = flow.NewGraphs(pass).Solver(func(*flow.Graph) flow.Problem {
		return flow.Problem{Transfer: c.transfer, Cond: c.cond}
	})
	for cur := range in.Root().Preorder((*ast.IndexExpr)(nil)) {
		c.index(cur, cur.Node().(*ast.IndexExpr))
	}
	directive.ReportAll(pass, c.diags)
	return nil, nil
}

type checker struct {
	pass   *analysis.Pass
	solver *flow.Solver // the length analysis
	cond   func(ast.Expr, bool, *flow.Facts)
	diags  []analysis.Diagnostic
}

// index checks one index expression: is it X.Charges.Data[i] with X a
// PaymentIntent?
func (c *checker) index(cur inspector.Cursor, ix *ast.IndexExpr) {
	data, charges, ok := c.chargesData(ix.X)
	if !ok {
		return
	}
	c.diags = append(c.diags, analysis.Diagnostic{
		Pos:      charges.Sel.Pos(),
		End:      charges.Sel.End(),
		Category: CategoryRemoved,
		Message:  "stripe.PaymentIntent.Charges is gone from API version 2022-11-15: upgrade stripe-go and read LatestCharge",
	})
	tv, found := c.pass.TypesInfo.Types[ix.Index]
	if !found || tv.Value == nil {
		return // a computed index: its bound is the loop's or the caller's business
	}
	n, exact := constant.Int64Val(constant.ToInt(tv.Value))
	if !exact || n < 0 || c.lengthChecked(cur, ix, data, n+1) {
		return
	}
	c.diags = append(c.diags, analysis.Diagnostic{
		Pos:      ix.Lbrack,
		End:      ix.Rbrack + 1,
		Category: CategoryIndex,
		Message:  "stripe.PaymentIntent.Charges.Data[" + strconv.FormatInt(n, 10) + "] may be out of range: check len(Charges.Data) first",
	})
}

// chargesData reports whether e is X.Charges.Data with X a PaymentIntent
// of an SDK major that still has Charges (v72, v73), and returns the two
// selectors.
func (c *checker) chargesData(e ast.Expr) (data, charges *ast.SelectorExpr, ok bool) {
	data, ok = ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || !c.isField(data, "ChargeList", "Data") {
		return nil, nil, false
	}
	charges, ok = ast.Unparen(data.X).(*ast.SelectorExpr)
	if !ok || !c.isField(charges, "PaymentIntent", "Charges") {
		return nil, nil, false
	}
	return data, charges, true
}

// isField reports whether sel selects the field named field of the SDK
// type stripe.<owner> (directly, through a pointer or an embedding type).
func (c *checker) isField(sel *ast.SelectorExpr, owner, field string) bool {
	s := c.pass.TypesInfo.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
		return false
	}
	v, _ := s.Obj().(*types.Var)
	return v != nil && v.Name() == field && stripesdk.IsSDKPackage(v.Pkg()) && stripesdk.IsSDKNamed(s.Recv(), owner)
}

// Fact keys: "len:"+path+">="+n when len(path) >= n on every path.
const lenPrefix = "len:"

// lengthChecked reports whether every path to ix shows len(data) >= min.
func (c *checker) lengthChecked(cur inspector.Cursor, ix *ast.IndexExpr, data ast.Expr, min int64) bool {
	key, _, ok := flow.PathKey(c.pass.TypesInfo, data)
	if !ok {
		return false
	}
	sol, node, ok := c.solver.At(cur)
	if !ok {
		return true // not on a graph (package level, dead code): do not guess
	}
	before, ok := sol.Before(node)
	if !ok {
		return true // unreachable
	}
	checked := false
	c.walk(node, before, func(e *ast.IndexExpr, f *flow.Facts) {
		if e == ix {
			checked = hasMin(f, key, min)
		}
	})
	return checked
}

// transfer applies node n: assignments forget what they overwrite, and an
// index that did not panic shows a length.
func (c *checker) transfer(n ast.Node, f *flow.Facts) {
	if flow.RangeKill(c.pass.TypesInfo, n, f) {
		return
	}
	c.walk(n, f, nil)
	for _, l := range gocode.Written(n) {
		if key, _, ok := flow.PathKey(c.pass.TypesInfo, l); ok {
			f.Kill(key)
		}
	}
}

// walk visits the index expressions of n in evaluation order, calling
// visit (when not nil) with the facts before each, and records that an
// index that did not panic shows a length. The right operand of && and
// || is visited with what the left one tells.
func (c *checker) walk(n ast.Node, f *flow.Facts, visit func(*ast.IndexExpr, *flow.Facts)) {
	walk := func(n ast.Node, f *flow.Facts) { c.walk(n, f, visit) }
	switch n := n.(type) {
	case nil, *ast.FuncLit:
		return
	case *ast.BinaryExpr:
		if flow.ShortCircuit(n, f, walk, c.cond) {
			return
		}
	case *ast.IndexExpr:
		c.walk(n.X, f, visit)
		c.walk(n.Index, f, visit)
		if visit != nil {
			visit(n, f.Clone())
		}
		if tv, ok := c.pass.TypesInfo.Types[n.Index]; ok && tv.Value != nil {
			if i, exact := constant.Int64Val(constant.ToInt(tv.Value)); exact && i >= 0 {
				if key, _, ok := flow.PathKey(c.pass.TypesInfo, n.X); ok {
					addMin(f, key, i+1)
				}
			}
		}
		return
	}
	flow.Children(n, func(m ast.Node) { walk(m, f) })
}

// compare applies what the condition e being value tells about lengths: a
// comparison of len(x) with a constant.
func (c *checker) compare(cond ast.Expr, value bool, f *flow.Facts) {
	e, ok := cond.(*ast.BinaryExpr)
	if !ok {
		return
	}
	op := e.Op
	if !value {
		op = negate(op)
	}
	x, k := c.lenOf(e.X), c.constInt(e.Y)
	if x == nil {
		x, k, op = c.lenOf(e.Y), c.constInt(e.X), mirror(op)
	}
	if x == nil || k == nil {
		return
	}
	key, _, ok := flow.PathKey(c.pass.TypesInfo, x)
	if !ok {
		return
	}
	n := *k
	switch op {
	case token.GTR: // len > n
		addMin(f, key, n+1)
	case token.GEQ, token.EQL: // len >= n, len == n
		addMin(f, key, n)
	case token.NEQ: // len != 0
		if n == 0 {
			addMin(f, key, 1)
		}
	}
}

// lenOf returns x when e is len(x) (the builtin), or nil.
func (c *checker) lenOf(e ast.Expr) ast.Expr {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return nil
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return nil
	}
	if b, ok := c.pass.TypesInfo.Uses[id].(*types.Builtin); !ok || b.Name() != "len" {
		return nil
	}
	return call.Args[0]
}

// constInt returns the value of e when it is an integer constant.
func (c *checker) constInt(e ast.Expr) *int64 {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		return nil
	}
	n, exact := constant.Int64Val(constant.ToInt(tv.Value))
	if !exact {
		return nil
	}
	return &n
}

// negate returns the comparison that holds when "a op b" is false.
func negate(op token.Token) token.Token {
	switch op {
	case token.EQL:
		return token.NEQ
	case token.NEQ:
		return token.EQL
	case token.LSS:
		return token.GEQ
	case token.LEQ:
		return token.GTR
	case token.GTR:
		return token.LEQ
	case token.GEQ:
		return token.LSS
	}
	return token.ILLEGAL
}

// mirror returns the comparison "b op' a" equivalent to "a op b".
func mirror(op token.Token) token.Token {
	switch op {
	case token.LSS:
		return token.GTR
	case token.LEQ:
		return token.GEQ
	case token.GTR:
		return token.LSS
	case token.GEQ:
		return token.LEQ
	}
	return op
}

// addMin records len(key) >= n.
func addMin(f *flow.Facts, key string, n int64) {
	if n > 0 {
		f.Must[lenPrefix+key+">="+strconv.FormatInt(n, 10)] = true
	}
}

// hasMin reports whether the facts show len(key) >= n.
func hasMin(f *flow.Facts, key string, n int64) bool {
	prefix := lenPrefix + key + ">="
	for k := range f.Must {
		if rest, ok := strings.CutPrefix(k, prefix); ok {
			if m, err := strconv.ParseInt(rest, 10, 64); err == nil && m >= n {
				return true
			}
		}
	}
	return false
}
