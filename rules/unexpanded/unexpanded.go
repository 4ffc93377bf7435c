package unexpanded

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/analyzer/directive"
	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/fixes"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
	"github.com/stripeerrlint/stripeerrlint/internal/ruledoc"
)

// Analyzer reports reads of fields other than ID through expandable fields
// of SDK objects that cannot have been expanded.
var Analyzer = &analysis.Analyzer{
	Name:     "unexpanded",
	Doc:      ruledoc.Doc("unexpanded"),
	URL:      ruledoc.URL("unexpanded"),
	Requires: []*analysis.Analyzer{inspect.Analyzer, stripesdk.Analyzer, directive.Analyzer},
	Run:      run,
}

// Categories of the findings.
const (
	// CategoryEvent: the object was decoded from an event's data, which
	// Stripe never expands.
	CategoryEvent = "event"
	// CategoryParams: the object is the result of an API call whose
	// params, visible in the function, do not expand the field.
	CategoryParams = "params"
)

func run(pass *analysis.Pass) (any, error) {
	m := stripesdk.From(pass)
	if !m.Active() {
		return nil, nil
	}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{pass: pass, model: m, fixed: make(map[fixKey]bool)}
	for cur := range in.Root().Preorder((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		if outer, _ := gocode.OutermostFunc(cur); outer != cur {
			continue // analysed with the function that contains it
		}
		if body := gocode.FuncBody(cur.Node()); body != nil {
			c.function(body)
		}
	}
	directive.ReportAll(pass, c.diags)
	return nil, nil
}

type checker struct {
	pass  *analysis.Pass
	model *stripesdk.Model
	diags []analysis.Diagnostic
	fixed map[fixKey]bool // the AddExpand calls a fix already adds
}

type fixKey struct {
	params *types.Var
	path   string
}

// origin is where the object a local variable holds comes from.
type origin struct {
	at       ast.Node  // the statement or call that sets the variable
	after    token.Pos // where the variable holds the object: the end of at, or of a range's expression
	category string
	list     bool    // an element of a list: expand paths start with "data."
	params   *params // for CategoryParams
	call     string  // for CategoryParams: the API call, as messages name it
}

// params is what a function shows of the params of an API call.
type params struct {
	expanded []string   // the constant expand paths
	v        *types.Var // the local variable, or nil (a composite literal, nil)
	decl     ast.Stmt   // v's declaration, where a fix adds AddExpand
	calls    int        // the API calls v is passed to
	inList   bool       // decl is a statement of a block or case, not an if's or for's init
}

// function checks one function body, the function literals in it
// included.
func (c *checker) function(body *ast.BlockStmt) {
	if !c.selectsExpandable(body) {
		return
	}
	info := c.pass.TypesInfo
	origins := make(map[*types.Var]*origin)
	invalid := make(map[*types.Var]bool) // more than one origin, or changed in ways not followed
	iters := make(map[*types.Var]*ast.CallExpr)
	set := func(v *types.Var, o *origin) {
		if v == nil {
			return
		}
		if origins[v] != nil {
			invalid[v] = true
		}
		origins[v] = o
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if v, ok := c.eventDecode(n); ok {
				set(v, &origin{at: n, after: n.End(), category: CategoryEvent})
			}
		case *ast.AssignStmt:
			if len(n.Rhs) != 1 || len(n.Lhs) == 0 {
				return true
			}
			v := c.localVar(n.Lhs[0], body)
			if v == nil {
				return true
			}
			rhs := ast.Unparen(n.Rhs[0])
			if call, ok := rhs.(*ast.CallExpr); ok {
				if callee, ok := c.model.ClassifyCall(call); ok && stripesdk.IsSDKPackage(callee.Func.Pkg()) {
					switch {
					case callee.Kind == stripesdk.KindAPI && isSDKObject(info.TypeOf(n.Lhs[0])):
						set(v, &origin{at: n, after: n.End(), category: CategoryParams, params: c.paramsOf(call, body), call: callee.Name})
					case callee.Kind == stripesdk.KindList && len(n.Lhs) == 1:
						iters[v] = call
					}
					return true
				}
			}
			if list := c.iterElem(rhs, iters); list != nil && isSDKObject(info.TypeOf(n.Lhs[0])) {
				callee, _ := c.model.ClassifyCall(list)
				set(v, &origin{at: n, after: n.End(), category: CategoryParams, list: true, params: c.paramsOf(list, body), call: callee.Name})
			}
		case *ast.RangeStmt:
			if list := c.allOf(n.X); list != nil && n.Key != nil {
				if v := c.localVar(n.Key, body); v != nil && isSDKObject(v.Type()) {
					callee, _ := c.model.ClassifyCall(list)
					set(v, &origin{at: n, after: n.X.End(), category: CategoryParams, list: true, params: c.paramsOf(list, body), call: callee.Name})
				}
			}
		}
		return true
	})
	if len(origins) == 0 {
		return
	}
	c.invalidate(body, origins, invalid)
	ast.Inspect(body, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if _, isID := ast.Unparen(rootIdentOrExpr(sel)).(*ast.Ident); !isID {
			return true // f().X, a[i].X: look for chains inside
		}
		c.read(sel, origins, invalid)
		return false // the outermost selector of a chain covers the inner ones
	})
}

// selectsExpandable reports whether body selects an expandable field: the
// fast path for functions that never do.
func (c *checker) selectsExpandable(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if _, ok := stripesdk.ExpandableSelection(c.pass.TypesInfo.Selections[sel]); ok {
				found = true
			}
		}
		return !found
	})
	return found
}

// localVar returns the variable x names when it is declared in body.
func (c *checker) localVar(x ast.Expr, body *ast.BlockStmt) *types.Var {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if v == nil || v.IsField() || v.Pos() < body.Pos() || v.Pos() >= body.End() {
		return nil
	}
	return v
}

// isSDKObject reports whether t is a pointer to a struct type of an SDK root
// package, or such a struct type.
func isSDKObject(t types.Type) bool {
	named, ok := types.Unalias(gocode.Deref(t)).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return false
	}
	_, isStruct := named.Underlying().(*types.Struct)
	return isStruct && isRoot(named.Obj().Pkg())
}

func isRoot(pkg *types.Package) bool {
	_, rel, ok := stripesdk.ParseImportPath(pkg.Path())
	return ok && rel == ""
}

// eventDecode reports whether call decodes an event's data
// (json.Unmarshal(event.Data.Raw, &x)) into a local variable, and returns it.
func (c *checker) eventDecode(call *ast.CallExpr) (*types.Var, bool) {
	fn := gocode.CalleeFunc(c.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "encoding/json" || fn.Name() != "Unmarshal" || len(call.Args) != 2 {
		return nil, false
	}
	if !c.isEventRaw(call.Args[0]) {
		return nil, false
	}
	target := ast.Unparen(call.Args[1])
	if u, ok := target.(*ast.UnaryExpr); ok && u.Op == token.AND {
		target = ast.Unparen(u.X)
	}
	id, ok := target.(*ast.Ident)
	if !ok {
		return nil, false
	}
	v, _ := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if v == nil || !isSDKObject(v.Type()) {
		return nil, false
	}
	return v, true
}

// isEventRaw reports whether x selects the Raw field of an SDK EventData
// (event.Data.Raw).
func (c *checker) isEventRaw(x ast.Expr) bool {
	sel, ok := ast.Unparen(x).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	s := c.pass.TypesInfo.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal || s.Obj().Name() != "Raw" {
		return false
	}
	return stripesdk.IsSDKNamed(s.Recv(), "EventData")
}

// iterElem returns the list call of a v72-style iterator when x reads its
// current element: it.PaymentIntent(), it.Current().(*stripe.PaymentIntent).
func (c *checker) iterElem(x ast.Expr, iters map[*types.Var]*ast.CallExpr) *ast.CallExpr {
	if ta, ok := x.(*ast.TypeAssertExpr); ok {
		x = ast.Unparen(ta.X)
	}
	call, ok := x.(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return nil
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := c.pass.TypesInfo.Uses[id].(*types.Var)
	return iters[v]
}

// allOf returns the list call of a v82+ list's All when x is
// list.All(ctx) on such a call directly.
func (c *checker) allOf(x ast.Expr) *ast.CallExpr {
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok || stripesdk.ListMethod(gocode.CalleeFunc(c.pass.TypesInfo, call)) != "All" {
		return nil
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	list, ok := ast.Unparen(sel.X).(*ast.CallExpr)
	if !ok {
		return nil
	}
	if callee, ok := c.model.ClassifyCall(list); !ok || callee.Kind != stripesdk.KindList {
		return nil
	}
	return list
}

// paramsOf returns what body shows of the params of call, or nil when they
// are not visible: passed in, built elsewhere, expanded with a path that is
// not constant, or changed in ways not followed.
func (c *checker) paramsOf(call *ast.CallExpr, body *ast.BlockStmt) *params {
	info := c.pass.TypesInfo
	fn := gocode.CalleeFunc(info, call)
	if fn == nil {
		return nil
	}
	sig := fn.Signature()
	for i, arg := range call.Args {
		if i >= sig.Params().Len() || !hasAddExpand(sig.Params().At(i).Type()) {
			continue
		}
		arg = ast.Unparen(arg)
		switch {
		case gocode.IsNil(info, arg):
			return &params{}
		case isCompositeAddr(arg):
			p := &params{}
			if !c.literalExpands(arg, p) {
				return nil
			}
			return p
		}
		v := c.localVar(gocode.Unaddr(arg), body) // params, or &params of a struct variable
		if v == nil {
			return nil
		}
		return c.paramsVar(v, body)
	}
	return nil
}

// hasAddExpand reports whether t, a pointer to an SDK params struct, has an
// AddExpand method.
func hasAddExpand(t types.Type) bool {
	ptr, ok := types.Unalias(t).(*types.Pointer)
	if !ok || !isSDKObject(ptr.Elem()) {
		return false
	}
	named := types.Unalias(ptr.Elem()).(*types.Named)
	obj, _, _ := types.LookupFieldOrMethod(ptr, false, named.Obj().Pkg(), "AddExpand")
	_, ok = obj.(*types.Func)
	return ok
}

// isCompositeAddr reports whether x is &T{...}.
func isCompositeAddr(x ast.Expr) bool {
	u, ok := x.(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return false
	}
	_, ok = ast.Unparen(u.X).(*ast.CompositeLit)
	return ok
}

// literalExpands adds to p the expand paths of a params literal (&T{...},
// T{...}, including the embedded Params or ListParams of v72), and reports
// whether all of them are constant.
func (c *checker) literalExpands(x ast.Expr, p *params) bool {
	x = ast.Unparen(x)
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = ast.Unparen(u.X)
	}
	lit, ok := x.(*ast.CompositeLit)
	if !ok {
		return false
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return len(lit.Elts) == 0
		}
		key, ok := kv.Key.(*ast.Ident)
		if !ok {
			return false
		}
		switch {
		case key.Name == "Expand":
			paths, ok := c.expandSlice(kv.Value)
			if !ok {
				return false
			}
			p.expanded = append(p.expanded, paths...)
		case isSDKObject(c.pass.TypesInfo.TypeOf(kv.Value)):
			// An embedded Params or ListParams.
			if cl, ok := ast.Unparen(gocode.Unaddr(kv.Value)).(*ast.CompositeLit); ok {
				if !c.literalExpands(cl, p) {
					return false
				}
			}
		}
	}
	return true
}

// expandSlice returns the paths of []*string{stripe.String("a"), ...}.
func (c *checker) expandSlice(x ast.Expr) ([]string, bool) {
	lit, ok := ast.Unparen(x).(*ast.CompositeLit)
	if !ok {
		return nil, false
	}
	var paths []string
	for _, elt := range lit.Elts {
		call, ok := ast.Unparen(elt).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return nil, false
		}
		s, ok := c.constString(call.Args[0])
		if !ok {
			return nil, false
		}
		paths = append(paths, s)
	}
	return paths, true
}

func (c *checker) constString(x ast.Expr) (string, bool) {
	tv, ok := c.pass.TypesInfo.Types[x]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// paramsVar returns what body shows of the params in local variable v: its
// declaration must build them (var p T, p := &T{...}, new(T)), and every
// other use must be a constant AddExpand, a field read or write other than
// Expand, a method call, or the argument of an API call.
func (c *checker) paramsVar(v *types.Var, body *ast.BlockStmt) *params {
	info := c.pass.TypesInfo
	p := &params{v: v}
	ok := true
	ast.Inspect(body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.DeclStmt:
			gd, _ := n.Decl.(*ast.GenDecl)
			if gd == nil {
				return true
			}
			for _, spec := range gd.Specs {
				vs, _ := spec.(*ast.ValueSpec)
				if vs == nil {
					continue
				}
				for i, name := range vs.Names {
					if info.Defs[name] != v {
						continue
					}
					p.decl = n
					if len(vs.Names) != 1 {
						p.decl = nil
					}
					if len(vs.Values) > 0 && (len(vs.Values) != len(vs.Names) || !c.buildsParams(vs.Values[i], p)) {
						ok = false
					}
				}
			}
			return false
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				id, isID := ast.Unparen(lhs).(*ast.Ident)
				if !isID || info.ObjectOf(id) != v {
					if root := rootIdent(lhs); root != nil && info.Uses[root] == v && isExpandSelector(lhs) {
						ok = false // p.Expand = ...
					}
					continue
				}
				if info.Defs[id] != v || len(n.Lhs) != len(n.Rhs) {
					ok = false // assigned again
					continue
				}
				p.decl = n
				if len(n.Lhs) != 1 {
					p.decl = nil
				}
				if !c.buildsParams(n.Rhs[i], p) {
					ok = false
				}
			}
			for _, rhs := range n.Rhs {
				ast.Inspect(rhs, func(m ast.Node) bool { return c.paramsUse(m, v, p, &ok) })
			}
			return false
		}
		return c.paramsUse(n, v, p, &ok)
	})
	if !ok || p.decl == nil {
		return nil // declared in a way not followed, such as a range key
	}
	p.inList = inStmtList(body, p.decl)
	return p
}

// paramsUse checks one node for a use of the params variable v and
// reports whether to look inside it.
func (c *checker) paramsUse(n ast.Node, v *types.Var, p *params, ok *bool) bool {
	info := c.pass.TypesInfo
	switch n := n.(type) {
	case *ast.CallExpr:
		if sel, isSel := ast.Unparen(n.Fun).(*ast.SelectorExpr); isSel && sel.Sel.Name == "AddExpand" {
			if id, isID := ast.Unparen(sel.X).(*ast.Ident); isID && info.Uses[id] == v {
				if len(n.Args) == 1 {
					if s, isConst := c.constString(n.Args[0]); isConst {
						p.expanded = append(p.expanded, s)
						return true
					}
				}
				*ok = false
				return false
			}
		}
		if callee, isAPI := c.model.ClassifyCall(n); isAPI && stripesdk.IsSDKPackage(callee.Func.Pkg()) {
			for _, arg := range n.Args {
				if id, isID := ast.Unparen(gocode.Unaddr(arg)).(*ast.Ident); isID && info.Uses[id] == v {
					p.calls++ // params or &params
				} else {
					ast.Inspect(arg, func(m ast.Node) bool { return c.paramsUse(m, v, p, ok) })
				}
			}
			ast.Inspect(n.Fun, func(m ast.Node) bool { return c.paramsUse(m, v, p, ok) })
			return false
		}
	case *ast.SelectorExpr:
		if id, isID := ast.Unparen(n.X).(*ast.Ident); isID && info.Uses[id] == v {
			if n.Sel.Name == "Expand" {
				*ok = false
			}
			return false // p.Field, p.Method: do not change what is expanded
		}
	case *ast.Ident:
		if info.Uses[n] == v {
			*ok = false // passed on, copied or its address taken: not followed
		}
	}
	return true
}

// buildsParams reports whether x builds new params (&T{...}, T{...},
// new(T)), adding the paths its literal expands to p.
func (c *checker) buildsParams(x ast.Expr, p *params) bool {
	x = ast.Unparen(x)
	if call, ok := x.(*ast.CallExpr); ok {
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && len(call.Args) == 1 {
			if b, ok := c.pass.TypesInfo.Uses[id].(*types.Builtin); ok && b.Name() == "new" {
				return true
			}
		}
		return false
	}
	return c.literalExpands(x, p)
}

// rootIdentOrExpr returns the expression a chain of field selections
// starts from: pi for pi.Customer.Email, f() for f().Customer.Email.
func rootIdentOrExpr(sel *ast.SelectorExpr) ast.Expr {
	x := ast.Expr(sel)
	for {
		s, ok := ast.Unparen(x).(*ast.SelectorExpr)
		if !ok {
			return x
		}
		x = s.X
	}
}

// rootIdent returns the identifier a selector chain starts from.
func rootIdent(x ast.Expr) *ast.Ident {
	for {
		switch e := ast.Unparen(x).(type) {
		case *ast.Ident:
			return e
		case *ast.SelectorExpr:
			x = e.X
		case *ast.IndexExpr:
			x = e.X
		case *ast.StarExpr:
			x = e.X
		default:
			return nil
		}
	}
}

// isExpandSelector reports whether x selects an Expand field somewhere.
func isExpandSelector(x ast.Expr) bool {
	for {
		switch e := ast.Unparen(x).(type) {
		case *ast.SelectorExpr:
			if e.Sel.Name == "Expand" {
				return true
			}
			x = e.X
		case *ast.IndexExpr:
			x = e.X
		default:
			return false
		}
	}
}

// invalidate marks the variables whose object the function changes or
// hands on: assigned again, written through (pi.Customer = c), their
// address taken or passed to a function other than at their origin.
func (c *checker) invalidate(body *ast.BlockStmt, origins map[*types.Var]*origin, invalid map[*types.Var]bool) {
	info := c.pass.TypesInfo
	atOrigin := make(map[ast.Node]bool)
	for _, o := range origins {
		atOrigin[o.at] = true
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if root := rootIdent(lhs); root != nil {
					if v, ok := info.ObjectOf(root).(*types.Var); ok && origins[v] != nil && !atOrigin[n] {
						if _, isID := ast.Unparen(lhs).(*ast.Ident); isID && isFreshObject(n) {
							continue // pi := &stripe.PaymentIntent{} before the decode
						}
						invalid[v] = true
					}
				}
			}
		case *ast.IncDecStmt:
			if root := rootIdent(n.X); root != nil {
				if v, ok := info.ObjectOf(root).(*types.Var); ok {
					invalid[v] = true
				}
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				if root := rootIdent(n.X); root != nil {
					if v, ok := info.Uses[root].(*types.Var); ok && origins[v] != nil {
						if call, isCall := origins[v].at.(*ast.CallExpr); !isCall || !gocode.Contains(call, n) {
							invalid[v] = true
						}
					}
				}
			}
		case *ast.CallExpr:
			if atOrigin[n] {
				return false
			}
			for _, arg := range n.Args {
				if id, ok := ast.Unparen(arg).(*ast.Ident); ok {
					if v, ok := info.Uses[id].(*types.Var); ok && origins[v] != nil && gocode.IsPointer(v.Type()) {
						invalid[v] = true // the callee may fill in the field
					}
				}
			}
		}
		return true
	})
}

// isFreshObject reports whether the assignment n gives its one variable a
// new empty object (pi := &stripe.PaymentIntent{}), as before a decode.
func isFreshObject(n *ast.AssignStmt) bool {
	if len(n.Lhs) != 1 || len(n.Rhs) != 1 {
		return false
	}
	lit, ok := ast.Unparen(gocode.Unaddr(n.Rhs[0])).(*ast.CompositeLit)
	return ok && len(lit.Elts) == 0
}

// read checks a selector chain: a read of a field other than ID through an
// expandable field of an object whose origin shows it is not expanded.
func (c *checker) read(outer *ast.SelectorExpr, origins map[*types.Var]*origin, invalid map[*types.Var]bool) {
	info := c.pass.TypesInfo
	// The chain from the variable: v.F1.F2...Fk, fields only.
	var chain []*ast.SelectorExpr
	x := ast.Expr(outer)
	for {
		sel, ok := ast.Unparen(x).(*ast.SelectorExpr)
		if !ok {
			break
		}
		chain = append(chain, sel)
		x = sel.X
	}
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return
	}
	v, _ := info.Uses[id].(*types.Var)
	o := origins[v]
	if o == nil || invalid[v] || id.Pos() < o.after {
		return
	}
	if o.category == CategoryParams && o.params == nil {
		return // the params are not visible
	}
	// chain is outermost first; walk it from the variable.
	var path []string
	if o.list {
		path = append(path, "data")
	}
	for i := len(chain) - 1; i >= 0; i-- {
		sel := chain[i]
		s := info.Selections[sel]
		if s == nil || s.Kind() != types.FieldVal {
			return
		}
		jsonName, expandable := stripesdk.ExpandableSelection(s)
		if !expandable {
			if jsonName = fieldJSON(s); jsonName == "" {
				return
			}
			path = append(path, jsonName)
			continue
		}
		path = append(path, jsonName)
		if i == 0 {
			return // the field itself is read (compared to nil, passed on)
		}
		next := chain[i-1]
		if ns := info.Selections[next]; ns == nil || ns.Kind() != types.FieldVal || next.Sel.Name == "ID" {
			return
		}
		full := strings.Join(path, ".")
		if o.category == CategoryParams && expands(o.params.expanded, full) {
			continue
		}
		c.report(o, sel, next, s, full)
		return
	}
}

// expands reports whether one of the expand paths covers path (equal, or
// a longer path through it).
func expands(expanded []string, path string) bool {
	for _, e := range expanded {
		if e == path || strings.HasPrefix(e, path+".") {
			return true
		}
	}
	return false
}

// fieldJSON returns the JSON name of the field s selects, from its struct
// tag, or "" (an untagged or embedded field).
func fieldJSON(s *types.Selection) string {
	t := s.Recv()
	idx := s.Index()
	for i, k := range idx {
		st, ok := gocode.Deref(t).Underlying().(*types.Struct)
		if !ok || k >= st.NumFields() {
			return ""
		}
		if i < len(idx)-1 {
			t = st.Field(k).Type()
			continue
		}
		name, _, _ := strings.Cut(reflect.StructTag(st.Tag(k)).Get("json"), ",")
		if name == "-" {
			return ""
		}
		return name
	}
	return ""
}

// report reports reading next through the expandable field sel (selection
// s) whose expand path is path.
func (c *checker) report(o *origin, sel, next *ast.SelectorExpr, s *types.Selection, path string) {
	owner := ownerOf(s)
	if owner == nil {
		return
	}
	field := s.Obj().Name()
	denorm := c.denormalised(owner, s, c.pass.TypesInfo.Selections[next])
	name := "stripe." + owner.Name() + "." + field
	read := field + "." + next.Sel.Name
	var msg string
	switch o.category {
	case CategoryEvent:
		msg = fmt.Sprintf("%s is never expanded in an event, so %s is always empty: ", name, read)
		if denorm != "" {
			msg += "read " + denorm + " or "
		}
		msg += fmt.Sprintf("retrieve the object with AddExpand(%q)", path)
	default:
		msg = fmt.Sprintf("%s is not expanded by %s, so %s is always empty: ", name, o.call, read)
		if denorm != "" {
			msg += "read " + denorm + " or "
		}
		msg += fmt.Sprintf("add AddExpand(%q)", path)
	}
	d := analysis.Diagnostic{
		Pos:      sel.Sel.Pos(),
		End:      next.End(),
		Category: o.category,
		Message:  msg,
	}
	if fix, ok := c.fix(o, path); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	c.diags = append(c.diags, d)
}

// ownerOf returns the struct type that declares the field s selects.
func ownerOf(s *types.Selection) *types.TypeName {
	t := s.Recv()
	idx := s.Index()
	for i, k := range idx {
		st, ok := gocode.Deref(t).Underlying().(*types.Struct)
		if !ok || k >= st.NumFields() {
			return nil
		}
		if i == len(idx)-1 {
			if named, ok := types.Unalias(gocode.Deref(t)).(*types.Named); ok {
				return named.Obj()
			}
			return nil
		}
		t = st.Field(k).Type()
	}
	return nil
}

// denormalised returns the name of the field of the object that the SDK
// documents as a copy of what the read through the expandable field wants
// (Invoice.CustomerEmail for inv.Customer.Email), or "".
func (c *checker) denormalised(owner *types.TypeName, s, next *types.Selection) string {
	expJSON, _ := stripesdk.ExpandableSelection(s)
	nextJSON := fieldJSON(next)
	if owner == nil || expJSON == "" || nextJSON == "" {
		return ""
	}
	if f := stripesdk.CopiedField(owner, expJSON+"."+nextJSON); f != nil {
		return f.Name()
	}
	return ""
}

// fix adds params.AddExpand(path) after the declaration of the params
// variable, when the params are in one and go to one API call only.
func (c *checker) fix(o *origin, path string) (analysis.SuggestedFix, bool) {
	p := o.params
	if o.category != CategoryParams || p == nil || p.v == nil || p.decl == nil || p.calls != 1 || !p.inList {
		return analysis.SuggestedFix{}, false
	}
	key := fixKey{p.v, path}
	if c.fixed[key] {
		return analysis.SuggestedFix{}, false
	}
	c.fixed[key] = true
	at := fixes.LineEnd(c.pass, p.decl.End())
	text := "\n" + fixes.Indent(c.pass, p.decl.Pos()) + p.v.Name() + ".AddExpand(" + strconv.Quote(path) + ")"
	return analysis.SuggestedFix{
		Message:   fmt.Sprintf("Expand %q in the params", path),
		TextEdits: []analysis.TextEdit{{Pos: at, End: at, NewText: []byte(text)}},
	}, true
}

// inStmtList reports whether stmt is one of the statements of a block or
// case clause in body, where a statement can follow it.
func inStmtList(body *ast.BlockStmt, stmt ast.Stmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		for _, s := range gocode.Stmts(n) {
			if s == stmt {
				found = true
			}
		}
		return !found
	})
	return found
}
