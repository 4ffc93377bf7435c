package webhooksig

// HTTP handlers: events decoded on paths without verification, and
// verification errors discarded, never read or not acted on.

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/flow"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// handler describes the function being checked: a request handler of any
// framework the model knows (stripesdk.HandlerOf), or another function
// (a helper) that verifies or decodes events.
type handler struct {
	cur  inspector.Cursor
	body *ast.BlockStmt
	// shape is the handler's (stripesdk.HandlerOf); serves is false for a
	// helper.
	shape  stripesdk.Handler
	serves bool
	// w and r are a net/http handler's parameters, nil elsewhere (fixes
	// are offered in net/http handlers only).
	w, r  *types.Var
	graph *flow.Graph // ctrlflow's graph of the body
	paths *flow.Reach

	verifiers []verifyCall
	decodes   []decode
}

// verifyCall is a call of a verification function in the handler.
type verifyCall struct {
	cur  inspector.Cursor
	call *ast.CallExpr
	info stripesdk.VerifyInfo
}

// decode is a call in the handler that decodes an event from bytes without
// verifying them, or a call of a helper that returns such an event (helper
// is then its name, and Data and Into are nil).
type decode struct {
	cur    inspector.Cursor
	call   *ast.CallExpr
	helper string
	stripesdk.EventDecode
}

// function checks a function declaration or literal: a request handler of
// any framework for events decoded without verification and for the
// handling of the verification error; a helper for the verification error
// it discards and for failing open (fail-open helpers are reported in
// themselves, stripesdk.Model.FailsOpen).
func (c *checker) function(cur inspector.Cursor, sig *types.Signature, body *ast.BlockStmt) {
	shape, serves := stripesdk.HandlerOf(sig)
	h := &handler{cur: cur, body: body, shape: shape, serves: serves}
	if serves && shape.Framework == stripesdk.NetHTTP {
		h.w, h.r = sig.Params().At(shape.Writer), sig.Params().At(shape.Context)
	}
	c.collect(h)
	if len(h.verifiers) == 0 && len(h.decodes) == 0 {
		return
	}
	h.graph = c.graphs.Of(cur.Node())
	h.paths = h.graph.Reach()
	if !serves {
		c.helper(h)
		return
	}
	for _, d := range h.decodes {
		c.unverified(h, d)
	}
	for _, v := range h.verifiers {
		c.verification(h, v)
	}
}

// helper checks a function that is no request handler: the verification
// errors it discards, and its fail-open decodes.
func (c *checker) helper(h *handler) {
	for _, v := range h.verifiers {
		c.verification(h, v)
	}
	if len(h.verifiers) == 0 {
		return
	}
	call := c.model.FailsOpen(h.body, h.paths)
	if call == nil {
		return
	}
	for _, d := range h.decodes {
		if d.call == call {
			c.report(call.Pos(), call.Lparen, CategoryUnverified,
				d.Type+" decoded by "+d.Name+" on a path that skips signature verification: the helper fails open, return an error instead", nil)
		}
	}
}

// collect gathers the verification calls and the event decodes of the
// handler's body, outside function literals (which are checked on their
// own if they are handlers).
func (c *checker) collect(h *handler) {
	for _, wc := range c.byFunc[h.cur] {
		call := wc.Expr()
		switch wc.Kind {
		case stripesdk.WebhookVerify:
			h.verifiers = append(h.verifiers, verifyCall{wc.Cursor, call, wc.Verify})
		case stripesdk.WebhookDecode:
			h.decodes = append(h.decodes, decode{cur: wc.Cursor, call: call, EventDecode: wc.Decode})
		}
	}
	for call := range h.cur.Preorder((*ast.CallExpr)(nil)) {
		if !directlyIn(call, h.cur) {
			continue
		}
		if name, ok := c.unverifiedHelper(call.Node().(*ast.CallExpr)); ok {
			h.decodes = append(h.decodes, decode{cur: call, call: call.Node().(*ast.CallExpr), helper: name})
		}
	}
	slices.SortFunc(h.decodes, func(a, b decode) int { return cmp.Compare(a.call.Pos(), b.call.Pos()) })
}

// directlyIn reports whether fn, a function declaration or literal, is the
// innermost function around cur.
func directlyIn(cur, fn inspector.Cursor) bool {
	for enc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return enc == fn
	}
	return false
}

// isVerifier reports whether the graph node n holds a verification call.
func (h *handler) isVerifier(n ast.Node) bool {
	for _, v := range h.verifiers {
		if gocode.Contains(n, v.call) {
			return true
		}
	}
	return false
}

// unverified reports an event decoded on a path from the handler's start
// that passes no verification, unless verification follows the decode.
func (c *checker) unverified(h *handler, d decode) {
	holds := func(n ast.Node) bool { return gocode.Contains(n, d.call) }
	if _, ok := h.paths.UnguardedFromEntry(h.isVerifier, holds); !ok {
		return
	}
	if h.paths.Reachable(d.call, h.isVerifier) && !c.usedUnverified(h, d) {
		return // decoded first, verified before use: checked at the verification
	}
	var msg string
	switch {
	case d.helper != "" && len(h.verifiers) == 0:
		msg = d.helper + " returns an event decoded without signature verification: verify it with webhook.ConstructEvent"
	case d.helper != "":
		msg = d.helper + " returns an event decoded without signature verification, on a path that skips verification: verify it on every path"
	case d.Into == nil && len(h.verifiers) == 0:
		msg = d.Name + " parses the event without verifying its signature: use (*stripe.Client).ParseEventNotification"
	case d.Into == nil:
		msg = d.Name + " parses the event on a path that skips signature verification: verify it on every path"
	case len(h.verifiers) == 0:
		msg = d.Type + " decoded by " + d.Name + " without signature verification: verify it with webhook.ConstructEvent"
	default:
		msg = d.Type + " decoded by " + d.Name + " on a path that skips signature verification: verify it on every path"
	}
	var fix *analysis.SuggestedFix
	if d.helper == "" {
		fix = c.fixUnverified(h, d)
	}
	c.report(d.call.Pos(), d.call.Lparen, CategoryUnverified, msg, fix)
}

// usedUnverified reports whether the event that d decodes is read, after
// the decode, on a path that passes no verification, where no verification
// follows (a read that a verification follows, such as a log line, is
// not trusting the event). It is how "decode, then verify unless a flag is
// set" is told from "decode, verify, then use".
func (c *checker) usedUnverified(h *handler, d decode) bool {
	if d.Into == nil {
		return false
	}
	id, ok := gocode.Unaddr(d.Into).(*ast.Ident)
	if !ok {
		return false
	}
	event, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	trusts := func(n ast.Node) bool {
		return c.readsEvent(n, event) && !h.paths.Reachable(n, h.isVerifier)
	}
	_, ok = h.paths.ReachableUnguarded(d.call, h.isVerifier, trusts)
	return ok
}

// verification checks how the handler treats the error of a verification
// call.
func (c *checker) verification(h *handler, v verifyCall) {
	parent := gocode.UnparenParent(v.cur)
	what := ": answer 400 and return when it fails"
	if !h.serves {
		what = ": return it when it fails"
	}
	name := v.info.Name
	if !h.serves && v.info.Event >= 0 && discardsAll(parent.Node()) {
		return // outside a handler, nothing is trusted: the event is discarded too
	}
	switch p := parent.Node().(type) {
	case *ast.ExprStmt:
		c.report(v.call.Pos(), v.call.Lparen, CategoryUnchecked,
			"signature verification error of "+name+" is discarded"+what, c.fixDiscarded(h, parent))
	case *ast.AssignStmt:
		if len(p.Rhs) != 1 || len(p.Lhs) != v.info.Func.Signature().Results().Len() || v.info.Err >= len(p.Lhs) {
			return
		}
		id, ok := ast.Unparen(p.Lhs[v.info.Err]).(*ast.Ident)
		if !ok {
			return
		}
		if id.Name == "_" {
			c.report(v.call.Pos(), v.call.Lparen, CategoryUnchecked,
				"signature verification error of "+name+" is assigned to _"+what, c.fixBlank(h, parent, p, id))
			return
		}
		errVar, _ := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
		if errVar == nil {
			return
		}
		if !h.graph.Func().StoredValueRead(p, errVar) {
			c.report(v.call.Pos(), v.call.Lparen, CategoryUnchecked,
				fmt.Sprintf("signature verification error of %s is never read (%s)%s", name, errVar.Name(), what), c.fixUnread(h, parent, p, errVar.Name()))
			return
		}
		if h.serves {
			c.enforced(h, v, p, errVar)
		}
	}
}

// discardsAll reports whether the statement n discards every result of
// its call: an expression statement, or an assignment to blanks only.
func discardsAll(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.ExprStmt:
		return true
	case *ast.AssignStmt:
		for _, e := range n.Lhs {
			if id, ok := ast.Unparen(e).(*ast.Ident); !ok || id.Name != "_" {
				return false
			}
		}
		return true
	}
	return false
}

// enforced reports a use of the event, or a decode of the payload, on a
// path where the verification error errVar is not nil.
func (c *checker) enforced(h *handler, v verifyCall, def *ast.AssignStmt, errVar *types.Var) {
	info := c.pass.TypesInfo
	var event, payload *types.Var
	if v.info.Event >= 0 && v.info.Event < len(def.Lhs) {
		if id, ok := ast.Unparen(def.Lhs[v.info.Event]).(*ast.Ident); ok {
			event, _ = info.ObjectOf(id).(*types.Var)
		}
	}
	if v.info.Payload >= 0 && v.info.Payload < len(v.call.Args) {
		if id, ok := ast.Unparen(v.call.Args[v.info.Payload]).(*ast.Ident); ok {
			payload, _ = info.Uses[id].(*types.Var)
		}
	}
	target := func(n ast.Node) bool {
		for _, d := range h.decodes {
			if gocode.Contains(n, d.call) {
				return true
			}
		}
		return c.readsEvent(n, event) || c.decodesPayload(n, payload)
	}
	use, found := h.paths.WhileNonNil(def, errVar, target)
	if found {
		c.report(v.call.Pos(), v.call.Lparen, CategoryUnenforced,
			"the handler uses the event after "+v.info.Name+" failed: answer 400 and return when it fails",
			c.fixUnenforced(h, def, errVar, use),
			analysis.RelatedInformation{Pos: use.Pos(), End: use.End(), Message: "used here on the failure path"})
		return
	}
	success, found := h.paths.WhileNonNil(def, errVar, func(n ast.Node) bool { return c.answersSuccess(h, n) })
	if !found {
		return
	}
	c.report(v.call.Pos(), v.call.Lparen, CategoryUnenforced,
		"the handler answers success after "+v.info.Name+" failed: answer 400 when it fails", nil,
		analysis.RelatedInformation{Pos: success.Pos(), End: success.End(), Message: "answers success here on the failure path"})
}

// answersSuccess reports whether the graph node n answers the request with
// a success: a call that sets a constant 2xx status (stripesdk.StatusArg),
// or, in a handler that answers through its error result (echo, fiber), a
// return of nil.
func (c *checker) answersSuccess(h *handler, n ast.Node) bool {
	info := c.pass.TypesInfo
	if ret, ok := n.(*ast.ReturnStmt); ok && h.shape.ReturnsError && len(ret.Results) == 1 && gocode.IsNil(info, ret.Results[0]) {
		return !c.wroteBefore(h, ret)
	}
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			arg, ok := stripesdk.StatusArg(gocode.CalleeFunc(info, m))
			if !ok || arg >= len(m.Args) {
				break
			}
			if tv := info.Types[m.Args[arg]]; tv.Value != nil {
				if code, exact := constant.Int64Val(constant.ToInt(tv.Value)); exact && code >= 200 && code < 300 {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// wroteBefore reports whether a statement before ret in its block writes
// the response's status (c.NoContent(400) then return nil answers 400).
func (c *checker) wroteBefore(h *handler, ret *ast.ReturnStmt) bool {
	wrote := false
	ast.Inspect(h.body, func(n ast.Node) bool {
		b, ok := n.(*ast.BlockStmt)
		if !ok {
			return !wrote
		}
		for i, st := range b.List {
			if st == ret {
				wrote = c.writesResponse(&ast.BlockStmt{List: b.List[:i]})
				return false
			}
		}
		return true
	})
	return wrote
}

// readsEvent reports whether the graph node n reads event (other than by
// assigning to it).
func (c *checker) readsEvent(n ast.Node, event *types.Var) bool {
	if event == nil {
		return false
	}
	var lhs []ast.Expr
	if as, ok := n.(*ast.AssignStmt); ok {
		lhs = as.Lhs
	}
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if id, ok := m.(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == event && !slices.Contains(lhs, ast.Expr(id)) {
			found = true
		}
		return !found
	})
	return found
}

// decodesPayload reports whether the graph node n passes payload to
// encoding/json's Unmarshal.
func (c *checker) decodesPayload(n ast.Node, payload *types.Var) bool {
	if payload == nil {
		return false
	}
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		call, ok := m.(*ast.CallExpr)
		if !ok || len(call.Args) != 2 {
			return !found
		}
		fn := gocode.CalleeFunc(c.pass.TypesInfo, call)
		if fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "encoding/json" && fn.Name() == "Unmarshal" {
			if id, ok := ast.Unparen(call.Args[0]).(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == payload {
				found = true
			}
		}
		return !found
	})
	return found
}
