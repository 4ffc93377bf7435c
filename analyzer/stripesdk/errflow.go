package stripesdk

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/internal/flow"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// ErrorFlow answers, within one function and flow-sensitively, what the
// error variables hold at each point. It is the one home of the question
// "does this variable hold a Stripe API error", asked by the wrapper search
// (Wrapper; ownError for a function that answers a failed call with an
// error of its own), errorsas (MayBeWrapped) and fatal (Holds), and of the model's
// use of the flow package. Three kinds of facts flow through the
// function's control-flow graph:
//
//   - the variable holds the error of an API call (or wrapper, list Err,
//     or the error a range over a list's All yields), as is or wrapped
//     keeping the chain (fmt.Errorf with %w, errors.Join, pkg/errors): the
//     errors a wrapper returns;
//   - it holds a value computed from such an error (any expression that
//     refers to one, of a type that implements error): the errors fatal
//     sees handled;
//   - it may hold a wrapped error, Stripe's or not (see MayBeWrapped).
//
// An assignment of anything else forgets them. A function literal is
// solved from the facts where it is created, and what it may store in the
// variables it captures holds from there on in the enclosing function:
// the literal may run at any later point, or not at all.
//
// Build it once per function body and keep it: it solves the body's
// control-flow graph and those of its literals.
type ErrorFlow struct {
	m      *Model
	graphs *flow.Graphs
	sols   map[*ast.BlockStmt]*flow.Solution // the body's and its literals'
	at     map[ast.Node]ast.Node             // each node of a solved body -> its graph node
	home   map[ast.Node]*flow.Solution       // each graph node -> the solution that holds it
	names  map[*types.Var]Callee             // the API call whose error a variable holds (the first seen)
	rng    map[*ast.Ident]Callee             // the error identifiers of ranges over All, with the list
	// stored caches, per literal and entry facts (their May keys), what
	// the literal may store (see stores).
	stored map[*ast.FuncLit]map[string]map[string]bool
}

// Fact key prefixes; the key of a fact is the prefix and flow.VarKey of
// the variable.
const (
	keyStripe  = "stripe:"  // holds the error of an API call, chain kept
	keyDerived = "derived:" // holds a value computed from one
	keyWrapped = "wrapped:" // may hold a wrapped error
)

// ErrorFlow solves fn, a function declaration or literal (nil: none, at
// package level), on the graphs of graphs (ctrlflow's, when the calling
// analyzer requires ctrlflow.Analyzer). Variables it captures from
// enclosing functions hold nothing on entry.
func (m *Model) ErrorFlow(graphs *flow.Graphs, fn ast.Node) *ErrorFlow {
	e := &ErrorFlow{m: m, graphs: graphs, sols: make(map[*ast.BlockStmt]*flow.Solution), at: make(map[ast.Node]ast.Node),
		home: make(map[ast.Node]*flow.Solution), names: make(map[*types.Var]Callee), rng: make(map[*ast.Ident]Callee),
		stored: make(map[*ast.FuncLit]map[string]map[string]bool)}
	body := gocode.FuncBody(fn)
	if body == nil {
		return e
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if rng, ok := n.(*ast.RangeStmt); ok {
			value, ok := rng.Value.(*ast.Ident)
			if all, ok2 := ast.Unparen(rng.X).(*ast.CallExpr); ok && ok2 && m.isAll(all) {
				e.rng[value] = Callee{Name: m.ListName(all), Method: "GET"}
			}
		}
		return true
	})
	e.solve(fn, nil)
	return e
}

// solve solves the function fn from entry, then each of its literals from
// the facts where it is created, and records where every node is.
func (e *ErrorFlow) solve(fn ast.Node, entry *flow.Facts) {
	s := e.solveOnly(fn, entry)
	if s == nil {
		return
	}
	e.sols[gocode.FuncBody(fn)] = s
	s.Nodes(func(n ast.Node, before *flow.Facts) {
		e.home[n] = s
		ast.Inspect(n, func(inner ast.Node) bool {
			if lit, ok := inner.(*ast.FuncLit); ok {
				e.solve(lit, before)
				return false
			}
			if inner != nil {
				e.at[inner] = n
			}
			return true
		})
	})
}

// solveOnly solves the function fn from entry, or returns nil when it has
// no body.
func (e *ErrorFlow) solveOnly(fn ast.Node, entry *flow.Facts) *flow.Solution {
	g := e.graphs.Of(fn)
	if g == nil {
		return nil
	}
	return g.Solve(entry, flow.Problem{
		Transfer: e.transfer,
		Cond:     func(ast.Expr, bool, *flow.Facts) {},
	})
}

// before returns the facts just before the node n (any node of a solved
// body, outside its literals), or false when n is not in one or cannot be
// reached.
func (e *ErrorFlow) before(n ast.Node) (*flow.Facts, bool) {
	g, ok := e.at[n]
	if !ok {
		return nil, false
	}
	return e.home[g].Before(g)
}

// Holds reports whether the variable id refers to may hold, where id is,
// the error of an API call or a value computed from one, and names the
// call.
func (e *ErrorFlow) Holds(id *ast.Ident) (string, bool) {
	v, _ := e.m.info.Uses[id].(*types.Var)
	f, ok := e.before(id)
	if v == nil || !ok || !f.May[keyDerived+flow.VarKey(v)] {
		return "", false
	}
	return e.names[v].Name, true
}

// MayBeWrapped reports whether x may evaluate to a wrapped error: a
// variable that may hold one there, a call of fmt.Errorf with a %w verb,
// errors.Join or github.com/pkg/errors' Wrap, Wrapf, WithStack,
// WithMessage or WithMessagef, or a call of a wrapper of the user's code
// that wraps the Stripe error it returns (Wrapper.Wraps). Parameters,
// fields, results of functions the model knows nothing about and errors
// straight from the SDK (which never wraps) count as not wrapped.
func (e *ErrorFlow) MayBeWrapped(x ast.Expr) bool {
	if e == nil {
		return false
	}
	f, ok := e.before(x)
	if !ok {
		f = flow.NewFacts()
	}
	return e.mayBeWrapped(x, f)
}

// transfer applies node n to f: the assignments of n, then what the
// literals in n may store in the variables they capture.
func (e *ErrorFlow) transfer(n ast.Node, f *flow.Facts) {
	var stored *flow.Facts
	ast.Inspect(n, func(inner ast.Node) bool {
		lit, ok := inner.(*ast.FuncLit)
		if !ok {
			return true
		}
		if stored == nil {
			stored = flow.NewFacts()
		}
		maps.Copy(stored.May, e.stores(lit, f))
		return false
	})
	e.assign(n, f)
	if stored != nil {
		maps.Copy(f.May, stored.May)
	}
}

// stores returns the facts that may hold at some point of the literal lit
// when it starts from entry. The graph solver applies a node many times,
// mostly to the same facts: the answer is kept per literal and entry.
func (e *ErrorFlow) stores(lit *ast.FuncLit, entry *flow.Facts) map[string]bool {
	key := strings.Join(slices.Sorted(maps.Keys(entry.May)), ",")
	if m, ok := e.stored[lit][key]; ok {
		return m
	}
	m := make(map[string]bool)
	e.solveOnly(lit, entry).Nodes(func(n ast.Node, before *flow.Facts) {
		e.transfer(n, before)
		maps.Copy(m, before.May)
	})
	if e.stored[lit] == nil {
		e.stored[lit] = make(map[string]map[string]bool)
	}
	e.stored[lit][key] = m
	return m
}

// assign applies the assignments of node n to f.
func (e *ErrorFlow) assign(n ast.Node, f *flow.Facts) {
	info := e.m.info
	var lhs, rhs []ast.Expr
	switch n := n.(type) {
	case *ast.Ident: // a range key or value
		if c, ok := e.rng[n]; ok {
			e.set(n, f, &c, &c, false)
		} else {
			e.set(n, f, nil, nil, false)
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
	stripe := make([]*Callee, len(lhs))
	derived := make([]*Callee, len(lhs))
	wrapped := make([]bool, len(lhs))
	switch {
	case len(rhs) == 1 && len(lhs) > 1:
		if call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr); ok {
			if c, ok := e.m.ClassifyCall(call); ok && c.ErrResult >= 0 && c.ErrResult < len(lhs) {
				stripe[c.ErrResult], derived[c.ErrResult] = &c, &c
			}
			if i := e.m.wrappingResult(gocode.CalleeFunc(info, call)); i >= 0 && i < len(lhs) {
				wrapped[i] = true
			}
		}
	case len(rhs) == len(lhs):
		for i, r := range rhs {
			if c, ok := e.stripeError(r, f); ok {
				stripe[i] = &c
			}
			wrapped[i] = e.mayBeWrapped(r, f)
			if call, ok := ast.Unparen(r).(*ast.CallExpr); ok {
				if c, ok := e.m.ClassifyCall(call); ok && c.ErrResult == 0 && c.Func.Signature().Results().Len() == 1 {
					derived[i] = &c // it.Err(), a wrapper returning only an error
					continue
				}
			}
			if t := info.TypeOf(lhs[i]); t != nil && gocode.ImplementsError(t) {
				derived[i] = e.derivedFrom(r, f)
			}
		}
	}
	for i, l := range lhs {
		if id, ok := ast.Unparen(l).(*ast.Ident); ok {
			e.set(id, f, stripe[i], derived[i], wrapped[i])
		}
	}
}

// set records in f what the variable id declares or refers to now holds:
// the error of the API call stripe (nil: none), a value derived from that
// of derived, a wrapped error.
func (e *ErrorFlow) set(id *ast.Ident, f *flow.Facts, stripe, derived *Callee, wrapped bool) {
	v, _ := e.m.info.ObjectOf(id).(*types.Var)
	if v == nil {
		return
	}
	key := flow.VarKey(v)
	for _, prefix := range []string{keyStripe, keyDerived, keyWrapped} {
		delete(f.May, prefix+key)
	}
	record := func(prefix string, c *Callee) {
		f.May[prefix+key] = true
		if _, ok := e.names[v]; !ok {
			e.names[v] = *c
		}
	}
	if stripe != nil && gocode.IsError(v.Type()) {
		record(keyStripe, stripe)
	}
	if derived != nil {
		record(keyDerived, derived)
	}
	if wrapped && gocode.IsError(v.Type()) {
		f.May[keyWrapped+key] = true
	}
}

// holds reports whether v may hold, per f, a fact of the kind prefix.
func holds(f *flow.Facts, prefix string, v *types.Var) bool {
	return f.May[prefix+flow.VarKey(v)]
}

// stripeError reports whether x evaluates, per f, to the error of an API
// call, as is or wrapped keeping the chain, and which call's.
func (e *ErrorFlow) stripeError(x ast.Expr, f *flow.Facts) (Callee, bool) {
	info := e.m.info
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		if v, ok := info.Uses[x].(*types.Var); ok && holds(f, keyStripe, v) {
			return e.names[v], true
		}
	case *ast.CallExpr:
		if c, ok := e.m.ClassifyCall(x); ok {
			if c.ErrResult >= 0 && c.Func.Signature().Results().Len() == 1 {
				return c, true
			}
			return Callee{}, false
		}
		fn := gocode.CalleeFunc(info, x)
		if fn == nil {
			return Callee{}, false
		}
		for _, arg := range wrappedArgs(info, fn, x) {
			if c, ok := e.stripeError(arg, f); ok {
				return c, true
			}
		}
	}
	return Callee{}, false
}

// derivedFrom returns the API call whose error x is computed from (x
// refers to a variable that may hold one, per f), or nil.
func (e *ErrorFlow) derivedFrom(x ast.Expr, f *flow.Facts) *Callee {
	var found *Callee
	ast.Inspect(x, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && found == nil {
			if v, ok := e.m.info.Uses[id].(*types.Var); ok && holds(f, keyDerived, v) {
				c := e.names[v]
				found = &c
			}
		}
		return found == nil
	})
	return found
}

// mayBeWrapped is MayBeWrapped per f.
func (e *ErrorFlow) mayBeWrapped(x ast.Expr, f *flow.Facts) bool {
	info := e.m.info
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		v, _ := info.Uses[x].(*types.Var)
		return v != nil && holds(f, keyWrapped, v)
	case *ast.CallExpr:
		fn := gocode.CalleeFunc(info, x)
		if fn == nil {
			return false
		}
		if len(wrappedArgs(info, fn, x)) > 0 {
			return true
		}
		return fn.Signature().Results().Len() == 1 && e.m.wrappingResult(fn) == 0
	}
	return false
}

// ownError reports whether x, returned by the return statement at ret,
// reports a failed API call with an error of its own: x makes a new,
// non-nil error (see newError), and ret is in the then-branch of an
// `if v != nil` (or `if v != nil && …`) whose v may hold the error of an
// API call there. It names the call. The error that reaches the caller
// then carries the failure, though not the Stripe error itself.
//
// Only that guard counts: the else-branch of `if err == nil`, a switch on
// the error or a helper that classifies it are not followed.
func (e *ErrorFlow) ownError(ret inspector.Cursor, x ast.Expr) (Callee, bool) {
	if !e.newError(x) {
		return Callee{}, false
	}
	for enc := range ret.Enclosing((*ast.IfStmt)(nil), (*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		ifs, ok := enc.Node().(*ast.IfStmt)
		if !ok {
			break
		}
		if !gocode.Contains(ifs.Body, ret.Node()) {
			continue
		}
		f, ok := e.before(ifs.Cond)
		if !ok {
			continue
		}
		for _, v := range e.nonNil(ifs.Cond) {
			if holds(f, keyStripe, v) {
				return e.names[v], true
			}
		}
	}
	return Callee{}, false
}

// nonNil returns the variables cond being true proves non-nil: v in
// `v != nil` or `nil != v`, and in each operand of &&.
func (e *ErrorFlow) nonNil(cond ast.Expr) []*types.Var {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return nil
	}
	switch b.Op {
	case token.LAND:
		return append(e.nonNil(b.X), e.nonNil(b.Y)...)
	case token.NEQ:
		info := e.m.info
		x, y := b.X, b.Y
		if gocode.IsNil(info, x) {
			x, y = y, x
		}
		if !gocode.IsNil(info, y) {
			return nil
		}
		if id, ok := ast.Unparen(x).(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok {
				return []*types.Var{v}
			}
		}
	}
	return nil
}

// newError reports whether x evaluates to a new error that is never nil:
// a call of errors.New, fmt.Errorf, or github.com/pkg/errors' New or
// Errorf; a composite literal of an error type, or its address; a
// constant converted to an error type; a package-level variable of an
// error type (a sentinel).
func (e *ErrorFlow) newError(x ast.Expr) bool {
	info := e.m.info
	x = ast.Unparen(x)
	if t := info.TypeOf(x); t == nil || !gocode.ImplementsError(t) {
		return false
	}
	switch y := gocode.Unaddr(x).(type) {
	case *ast.CompositeLit:
		return true
	case *ast.CallExpr:
		if operand, _, ok := gocode.Conversion(info, y); ok {
			return info.Types[operand].Value != nil
		}
		fn := gocode.CalleeFunc(info, y)
		if fn == nil || fn.Pkg() == nil || fn.Signature().Recv() != nil {
			return false
		}
		switch fn.Pkg().Path() + "." + fn.Name() {
		case "errors.New", "fmt.Errorf", "github.com/pkg/errors.New", "github.com/pkg/errors.Errorf":
			return true
		}
	case *ast.Ident, *ast.SelectorExpr:
		if x != y {
			return false // the address of a variable
		}
		var id *ast.Ident
		if sel, ok := y.(*ast.SelectorExpr); ok {
			id = sel.Sel
		} else {
			id = y.(*ast.Ident)
		}
		v, ok := info.Uses[id].(*types.Var)
		return ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
	}
	return false
}
