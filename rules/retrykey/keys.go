package retrykey

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// keyState is what a retried call sends as its idempotency key.
type keyState int

const (
	keyUnknown   keyState = iota // the analysis cannot tell (params from elsewhere): silent
	keyStable                    // the same key on every attempt
	keyNone                      // nothing sets a key: the SDK makes a new one per attempt
	keyFresh                     // a key set on every attempt from a fresh value
	keyNilParams                 // nil params
	keyCallers                   // params the function received and sends as they are: its callers decide (see callers.go)
)

// keyInfo describes the key of a retried call.
type keyInfo struct {
	state keyState
	fresh string     // keyFresh: what makes it fresh ("stripe.NewIdempotencyKey")
	param *types.Var // the params variable, when the call's params are one
	root  *types.Package
	fixOK bool // a key can be set on param once before the retry
}

// keyOf finds what the retried call sends as idempotency key.
func (c *checker) keyOf(callCur inspector.Cursor, desc stripesdk.Callee, ctx retryCtx) keyInfo {
	call := callCur.Node().(*ast.CallExpr)
	params := desc.Func.Signature().Params()
	arg := -1
	var root *types.Package
	for i := range min(params.Len(), len(call.Args)) {
		if r, ok := stripesdk.CarriesIdempotencyKey(params.At(i).Type()); ok {
			arg, root = i, r
		}
	}
	keyed := desc.Kind == stripesdk.KindWrapper && c.keyedWrapper(desc.Func)
	if keyed {
		return keyInfo{state: keyStable}
	}
	if arg < 0 {
		if desc.Kind == stripesdk.KindWrapper {
			return keyInfo{state: keyNone}
		}
		return keyInfo{state: keyUnknown} // a raw Backend call
	}
	if gocode.IsNil(c.pass.TypesInfo, call.Args[arg]) {
		if desc.Kind == stripesdk.KindAPI {
			return keyInfo{state: keyNilParams, root: root}
		}
		return keyInfo{state: keyNone, root: root}
	}
	switch a := gocode.Unaddr(call.Args[arg]).(type) {
	case *ast.CompositeLit:
		if val := c.literalKey(a); val != nil {
			return c.valueKey(val, ctx, root)
		}
		return keyInfo{state: keyNone, root: root}
	case *ast.Ident:
		v, _ := c.pass.TypesInfo.Uses[a].(*types.Var)
		if v == nil {
			return keyInfo{state: keyUnknown}
		}
		return c.varKey(callCur, v, ctx, root)
	}
	return keyInfo{state: keyUnknown}
}

// valueKey classifies a key value set on every attempt.
func (c *checker) valueKey(val ast.Expr, ctx retryCtx, root *types.Package) keyInfo {
	if what, ok := c.fresh(val, ctx, 0); ok {
		return keyInfo{state: keyFresh, fresh: what, root: root}
	}
	return keyInfo{state: keyStable}
}

// varKey classifies the key of the params variable v: set in the retried
// body (stable or fresh), set before the retry (stable), or never set.
// A variable that is not a local of the function, or that escapes to code
// that might set a key (passed to a function that is not the SDK's, aliased,
// stored), gives keyUnknown.
func (c *checker) varKey(callCur inspector.Cursor, v *types.Var, ctx retryCtx, root *types.Package) keyInfo {
	outer, ok := gocode.OutermostFunc(callCur)
	if !ok {
		return keyInfo{state: keyUnknown}
	}
	var body *ast.BlockStmt
	switch f := outer.Node().(type) {
	case *ast.FuncDecl:
		body = f.Body
	case *ast.FuncLit:
		body = f.Body
	}
	if body == nil {
		return keyInfo{state: keyUnknown}
	}
	local := v.Pos() >= body.Pos() && v.Pos() < body.End()
	param := !local && isParam(c.pass.TypesInfo, outer.Node(), v)
	if !local && !param {
		// A package-level variable, a field: only a fresh key set in the
		// retried body is known.
		return c.freshInside(outer, v, ctx, root)
	}
	info := c.pass.TypesInfo
	inBody := func(p token.Pos) bool { return p >= ctx.body.Pos() && p < ctx.body.End() }
	anchor := ctx.anchor.Node().Pos()

	var inside, before []ast.Expr // key values set in the retried body, and before the retry
	record := func(val ast.Expr, at token.Pos) {
		if inBody(at) {
			inside = append(inside, val)
		} else if at < anchor {
			before = append(before, val)
		}
	}
	var lastAssign token.Pos // the last assignment of v itself before the retry
	assignedInBody := inBody(v.Pos())
	definedNonNil := false
	for cur := range outer.Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		if info.Defs[id] == v {
			val := gocode.AssignedValue(cur.Parent().Node(), id)
			definedNonNil = val != nil && !gocode.IsNil(info, val)
			if _, isStruct := v.Type().Underlying().(*types.Struct); isStruct {
				definedNonNil = true
			}
			if k := c.literalKey(compositeOf(val)); k != nil {
				record(k, k.Pos())
			}
			continue
		}
		if info.Uses[id] != v || ctx.sends(cur) {
			continue
		}
		use, kind := c.useOf(cur)
		switch kind {
		case useEscape:
			return keyInfo{state: keyUnknown}
		case useAssign:
			if inBody(id.Pos()) {
				assignedInBody = true
			} else if id.Pos() < anchor && id.Pos() > lastAssign {
				lastAssign = id.Pos()
			}
			if k := c.literalKey(compositeOf(use)); k != nil {
				record(k, k.Pos())
			}
		case useSetKey:
			record(use, id.Pos())
		}
	}
	if len(inside) > 0 {
		for _, val := range inside {
			if k := c.valueKey(val, ctx, root); k.state == keyFresh {
				k.param = v
				return k
			}
		}
		return keyInfo{state: keyStable}
	}
	if !assignedInBody {
		for _, val := range before {
			if val.Pos() > lastAssign {
				return keyInfo{state: keyStable}
			}
		}
		if param && lastAssign == 0 {
			return keyInfo{state: keyCallers, param: v, root: root}
		}
	}
	return keyInfo{
		state: keyNone, param: v, root: root,
		fixOK: !assignedInBody && definedNonNil && lastAssign == 0 && v.Pos() < anchor,
	}
}

// isParam reports whether v is a parameter of the function declaration
// decl (not its receiver).
func isParam(info *types.Info, decl ast.Node, v *types.Var) bool {
	fd, ok := decl.(*ast.FuncDecl)
	if !ok {
		return false
	}
	fn, _ := info.Defs[fd.Name].(*types.Func)
	if fn == nil {
		return false
	}
	for p := range fn.Signature().Params().Variables() {
		if p == v {
			return true
		}
	}
	return false
}

// freshInside classifies the key of params v that come from outside the
// function (a package-level variable): keyFresh when the retried body sets
// it from a fresh value, whatever else sets it; otherwise keyUnknown.
func (c *checker) freshInside(outer inspector.Cursor, v *types.Var, ctx retryCtx, root *types.Package) keyInfo {
	for cur := range outer.Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		if c.pass.TypesInfo.Uses[id] != v || id.Pos() < ctx.body.Pos() || id.Pos() >= ctx.body.End() {
			continue
		}
		if val, kind := c.useOf(cur); kind == useSetKey {
			if k := c.valueKey(val, ctx, root); k.state == keyFresh {
				k.param = v
				return k
			}
		}
	}
	return keyInfo{state: keyUnknown}
}

// useKind says what a use of a params variable does.
type useKind int

const (
	useOther  useKind = iota // reads a field, calls an SDK method, passes it to an SDK call or wrapper
	useSetKey                // sets the idempotency key (the returned expression is the value)
	useAssign                // assigns the variable itself (the returned expression is the value)
	useEscape                // anything the analysis cannot follow
)

// useOf classifies the use of a params variable at cur.
func (c *checker) useOf(cur inspector.Cursor) (ast.Expr, useKind) {
	info := c.pass.TypesInfo
	id := cur.Node().(*ast.Ident)
	node, parent := ast.Node(id), cur.Parent()
	// Selections: v.Params.SetIdempotencyKey(k), v.IdempotencyKey = k, v.Amount = x.
	for {
		sel, ok := parent.Node().(*ast.SelectorExpr)
		if !ok || sel.X != node {
			break
		}
		switch obj := info.Uses[sel.Sel].(type) {
		case *types.Func:
			call, ok := parent.Parent().Node().(*ast.CallExpr)
			if !ok || call.Fun != sel {
				return nil, useEscape // a method value
			}
			if stripesdk.IsSetIdempotencyKey(obj) && len(call.Args) == 1 {
				return call.Args[0], useSetKey
			}
			if stripesdk.IsSDKPackage(obj.Pkg()) {
				return nil, useOther
			}
			return nil, useEscape
		case *types.Var:
			if stripesdk.IsIdempotencyKeyField(obj) {
				if val := gocode.AssignedValue(parent.Parent().Node(), sel); val != nil {
					return val, useSetKey
				}
				return nil, useOther
			}
			if obj.Embedded() {
				node, parent = sel, parent.Parent()
				continue
			}
			if _, ok := parent.Parent().Node().(*ast.UnaryExpr); ok {
				return nil, useEscape // &v.Params: may be set elsewhere
			}
			return nil, useOther
		}
		return nil, useEscape
	}
	if node != id {
		return nil, useEscape
	}
	if u, ok := parent.Node().(*ast.UnaryExpr); ok && u.Op == token.AND {
		node, parent = u, parent.Parent()
	}
	switch p := parent.Node().(type) {
	case *ast.CallExpr:
		if p.Fun == node {
			return nil, useEscape
		}
		fn := gocode.CalleeFunc(info, p)
		if fn == nil {
			return nil, useEscape
		}
		if stripesdk.IsSDKPackage(fn.Pkg()) {
			return nil, useOther
		}
		if d, ok := c.model.ClassifyFunc(fn); ok && d.Kind == stripesdk.KindWrapper && !c.keyedWrapper(fn) {
			return nil, useOther
		}
		return nil, useEscape
	case *ast.AssignStmt:
		if slices.ContainsFunc(p.Lhs, func(lhs ast.Expr) bool { return lhs == node }) {
			return gocode.AssignedValue(p, node.(ast.Expr)), useAssign
		}
		return nil, useEscape // on the right: an alias
	case *ast.BinaryExpr:
		return nil, useOther // compared with nil
	}
	return nil, useEscape
}

// compositeOf returns the composite literal x is, or takes the address
// of, or nil.
func compositeOf(x ast.Expr) *ast.CompositeLit {
	lit, _ := gocode.Unaddr(x).(*ast.CompositeLit)
	return lit
}

// literalKey returns the value of the IdempotencyKey field set in a params
// composite literal (directly or in its embedded stripe.Params), or nil
// (also when lit is nil).
func (c *checker) literalKey(lit *ast.CompositeLit) ast.Expr {
	if lit == nil {
		return nil
	}
	var val ast.Expr
	ast.Inspect(lit, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.KeyValueExpr:
			if id, ok := n.Key.(*ast.Ident); ok {
				if v, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok && stripesdk.IsIdempotencyKeyField(v) && !gocode.IsNil(c.pass.TypesInfo, n.Value) {
					val = n.Value
				}
			}
		}
		return val == nil
	})
	return val
}

// fresh reports whether the key value x is new on every attempt: it calls
// a function that returns a new value on every call (see freshSource),
// refers to a variable the loop changes on each iteration, or to a
// variable set in the retried body from such a value.
func (c *checker) fresh(x ast.Expr, ctx retryCtx, depth int) (string, bool) {
	info := c.pass.TypesInfo
	what := ""
	ast.Inspect(x, func(n ast.Node) bool {
		if what != "" {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if fn := gocode.CalleeFunc(info, n); fn != nil && freshSource(fn) {
				what = fn.Pkg().Name() + "." + fn.Name()
				if fn.Signature().Recv() != nil {
					what = fn.Name()
				}
			}
		case *ast.Ident:
			v, ok := info.Uses[n].(*types.Var)
			if !ok || v.IsField() {
				break
			}
			if ctx.iterVars[v] {
				what = "the loop variable " + v.Name()
				break
			}
			if depth < 3 && v.Pos() >= ctx.body.Pos() && v.Pos() < ctx.body.End() {
				for _, val := range c.assignedValues(ctx.body, v) {
					if w, ok := c.fresh(val, ctx, depth+1); ok {
						what = w
						break
					}
				}
			}
		}
		return true
	})
	return what, what != ""
}

// assignedValues returns the values assigned to the local v in body.
func (c *checker) assignedValues(body *ast.BlockStmt, v *types.Var) []ast.Expr {
	info := c.pass.TypesInfo
	var vals []ast.Expr
	ast.Inspect(body, func(n ast.Node) bool {
		lhs, _, _ := gocode.Assignment(n)
		for _, l := range lhs {
			if id, ok := l.(*ast.Ident); ok && info.ObjectOf(id) == v {
				if val := gocode.AssignedValue(n, l); val != nil {
					vals = append(vals, val)
				}
			}
		}
		return true
	})
	return vals
}

// freshSource reports whether fn returns a new value on every call, by
// identity: stripe.NewIdempotencyKey; github.com/google/uuid's random and
// time-based constructors; github.com/gofrs/uuid's NewV1, NewV4, NewV6,
// NewV7; time.Now; every function of math/rand, math/rand/v2 and
// crypto/rand; github.com/rs/xid.New; github.com/oklog/ulid's Make, New,
// MustNew. Name-based UUIDs (uuid.NewSHA1, uuid.NewMD5) are stable.
func freshSource(fn *types.Func) bool {
	if stripesdk.IsNewIdempotencyKey(fn) {
		return true
	}
	if fn.Pkg() == nil || fn.Signature().Recv() != nil {
		return false
	}
	switch path, name := fn.Pkg().Path(), fn.Name(); path {
	case "time":
		return name == "Now"
	case "math/rand", "math/rand/v2", "crypto/rand":
		return true
	case "github.com/google/uuid":
		switch name {
		case "New", "NewString", "NewRandom", "NewRandomFromReader", "NewUUID", "NewV6", "NewV7", "NewV7FromReader", "NewDCEGroup", "NewDCEPerson":
			return true
		}
	case "github.com/gofrs/uuid", "github.com/gofrs/uuid/v5":
		switch name {
		case "NewV1", "NewV4", "NewV6", "NewV7":
			return true
		}
	case "github.com/rs/xid":
		return name == "New"
	case "github.com/oklog/ulid", "github.com/oklog/ulid/v2":
		return name == "Make" || name == "New" || name == "MustNew"
	}
	return false
}

// keySetting is one place that sets an idempotency key.
type keySetting struct {
	value  ast.Expr   // the string or *string value
	target ast.Node   // what gets the key: the *types.Var's identifier, or the composite literal
	v      *types.Var // the params variable, when the target is one
	cur    inspector.Cursor
}

// keySettings returns the key settings under cur: SetIdempotencyKey
// calls, assignments to the IdempotencyKey field, and IdempotencyKey
// fields of composite literals.
func (c *checker) keySettings(cur inspector.Cursor) []keySetting {
	info := c.pass.TypesInfo
	var out []keySetting
	for n := range cur.Preorder((*ast.CallExpr)(nil), (*ast.AssignStmt)(nil), (*ast.KeyValueExpr)(nil)) {
		switch x := n.Node().(type) {
		case *ast.CallExpr:
			fn := gocode.CalleeFunc(info, x)
			if !stripesdk.IsSetIdempotencyKey(fn) || len(x.Args) != 1 {
				continue
			}
			if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok {
				out = append(out, keySetting{value: x.Args[0], v: rootVar(info, sel.X), cur: n})
			}
		case *ast.AssignStmt:
			for _, lhs := range x.Lhs {
				sel, ok := lhs.(*ast.SelectorExpr)
				if !ok || len(x.Lhs) != len(x.Rhs) {
					continue
				}
				if f, ok := info.Uses[sel.Sel].(*types.Var); ok && stripesdk.IsIdempotencyKeyField(f) {
					out = append(out, keySetting{value: gocode.AssignedValue(x, lhs), v: rootVar(info, sel.X), cur: n})
				}
			}
		case *ast.KeyValueExpr:
			id, ok := x.Key.(*ast.Ident)
			if !ok {
				continue
			}
			if f, ok := info.Uses[id].(*types.Var); ok && stripesdk.IsIdempotencyKeyField(f) {
				s := keySetting{value: x.Value, cur: n}
				s.target, s.v = c.literalTarget(n)
				out = append(out, s)
			}
		}
	}
	return out
}

// literalTarget returns the outermost composite literal around the
// key-value pair at cur, and the variable it is assigned to, if any.
func (c *checker) literalTarget(cur inspector.Cursor) (ast.Node, *types.Var) {
	var lit ast.Node
	p := cur.Parent()
	for {
		switch p.Node().(type) {
		case *ast.CompositeLit:
			lit = p.Node()
			p = p.Parent()
			continue
		case *ast.KeyValueExpr:
			p = p.Parent()
			continue
		}
		break
	}
	if u, ok := p.Node().(*ast.UnaryExpr); ok && u.Op == token.AND {
		p = p.Parent()
	}
	if lhs, rhs, _ := gocode.Assignment(p.Node()); len(lhs) == 1 && len(rhs) == 1 {
		if id, ok := lhs[0].(*ast.Ident); ok {
			v, _ := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
			return lit, v
		}
	}
	return lit, nil
}
