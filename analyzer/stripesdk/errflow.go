package stripesdk

import (
	"go/ast"
	"go/types"

	"github.com/stripeerrlint/stripeerrlint/internal/flow"
)

// StripeErrors answers, within one function body and flow-sensitively,
// which variables may hold the error of a Stripe API call at each point: a
// variable assigned the error of an API call or wrapper (or a list's Err,
// or the error a range over a list's All yields) holds it, one assigned a
// value computed from such an error (a copy, a wrapping) of a type that
// implements error holds it too, and any other assignment forgets it.
//
// It is the one home of this question, and of the model's use of the flow
// package. Build it once per body and keep it: solving costs a pass over
// the body's control-flow graph.
type StripeErrors struct {
	m     *Model
	sol   *flow.Solution
	names map[*types.Var]string // the API call whose error a variable holds (the first seen)
	rng   map[*ast.Ident]string // the error identifiers of ranges over All, with the list's name
}

// Fact keys: errPrefix+var (May) when the variable may hold the error of
// an API call.
const errPrefix = "stripeerr:"

// StripeErrors solves body, the body of a function declaration or literal.
// Variables of enclosing functions that the body captures hold nothing on
// entry.
func (m *Model) StripeErrors(body *ast.BlockStmt) *StripeErrors {
	s := &StripeErrors{m: m, names: make(map[*types.Var]string), rng: make(map[*ast.Ident]string)}
	ast.Inspect(body, func(n ast.Node) bool {
		if rng, ok := n.(*ast.RangeStmt); ok {
			value, ok := rng.Value.(*ast.Ident)
			if all, ok2 := ast.Unparen(rng.X).(*ast.CallExpr); ok && ok2 && m.isAll(all) {
				s.rng[value] = m.ListName(all)
			}
		}
		return true
	})
	s.sol = flow.Solve(m.info, body, nil, flow.Problem{
		Transfer: s.transfer,
		Cond:     func(ast.Expr, bool, *flow.Facts) {},
	})
	return s
}

// Before returns, for the node n of the body's control-flow graph (see
// flow.GraphNode), a function that reports whether a variable may hold the
// error of an API call just before n, and names the call. It reports false
// when n is not a node of the graph or cannot be reached.
func (s *StripeErrors) Before(n ast.Node) (func(*types.Var) (string, bool), bool) {
	before, ok := s.sol.Before(n)
	if !ok {
		return nil, false
	}
	return func(v *types.Var) (string, bool) {
		if !before.May[errPrefix+flow.VarKey(v)] {
			return "", false
		}
		return s.names[v], true
	}, true
}

// transfer applies node n to f.
func (s *StripeErrors) transfer(n ast.Node, f *flow.Facts) {
	info := s.m.info
	var lhs, rhs []ast.Expr
	switch n := n.(type) {
	case *ast.Ident: // a range key or value
		v, _ := info.ObjectOf(n).(*types.Var)
		if v == nil {
			return
		}
		delete(f.May, errPrefix+flow.VarKey(v))
		if name, ok := s.rng[n]; ok {
			s.hold(v, name, f)
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
			if c, ok := s.m.ClassifyCall(call); ok && c.ErrResult >= 0 && c.ErrResult < len(lhs) {
				held[c.ErrResult] = c.Name
			}
		}
	case len(rhs) == len(lhs):
		for i, r := range rhs {
			if call, ok := ast.Unparen(r).(*ast.CallExpr); ok {
				if c, ok := s.m.ClassifyCall(call); ok && c.ErrResult == 0 && c.Func.Signature().Results().Len() == 1 {
					held[i] = c.Name // it.Err(), a wrapper returning only an error
					continue
				}
			}
			if t := info.TypeOf(lhs[i]); t != nil && types.Implements(t, errorInterface) {
				held[i] = s.heldIn(r, f)
			}
		}
	}
	for i, l := range lhs {
		id, ok := ast.Unparen(l).(*ast.Ident)
		if !ok {
			continue
		}
		v, _ := info.ObjectOf(id).(*types.Var)
		if v == nil {
			continue
		}
		delete(f.May, errPrefix+flow.VarKey(v))
		if held[i] != "" {
			s.hold(v, held[i], f)
		}
	}
}

var errorInterface = errorType.Underlying().(*types.Interface)

// hold records that v may hold the error of the API call named name.
func (s *StripeErrors) hold(v *types.Var, name string, f *flow.Facts) {
	f.May[errPrefix+flow.VarKey(v)] = true
	if _, ok := s.names[v]; !ok {
		s.names[v] = name
	}
}

// heldIn returns the name of the API call whose error e carries (e refers
// to a variable that may hold one), or "".
func (s *StripeErrors) heldIn(e ast.Expr, f *flow.Facts) string {
	name := ""
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && name == "" {
			if v, ok := s.m.info.Uses[id].(*types.Var); ok && f.May[errPrefix+flow.VarKey(v)] {
				name = s.names[v]
			}
		}
		return name == ""
	})
	return name
}
