package webhooksig

// HTTP handlers: events decoded on paths without verification, and
// verification errors discarded, never read or not acted on.

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/flow"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// handler describes the HTTP handler being checked.
type handler struct {
	cur  inspector.Cursor
	body *ast.BlockStmt
	// w and r are the net/http handler's parameters.
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
// verifying them.
type decode struct {
	cur  inspector.Cursor
	call *ast.CallExpr
	stripesdk.EventDecode
}

// function checks a function declaration or literal if it is an HTTP
// handler: net/http's func(http.ResponseWriter, *http.Request). (gin's
// func(*gin.Context) and echo's func(echo.Context) error are not
// recognised yet: they need stubs and fixtures first.)
func (c *checker) function(cur inspector.Cursor, sig *types.Signature, body *ast.BlockStmt) {
	if !stripesdk.IsNetHTTPHandler(sig) {
		return
	}
	h := &handler{cur: cur, body: body, w: sig.Params().At(0), r: sig.Params().At(1)}
	c.collect(h)
	if len(h.verifiers) == 0 && len(h.decodes) == 0 {
		return
	}
	h.graph = c.graphs.Of(cur.Node())
	h.paths = h.graph.Reach()
	for _, d := range h.decodes {
		c.unverified(h, d)
	}
	for _, v := range h.verifiers {
		c.verification(h, v)
	}
}

// collect gathers the verification calls and the event decodes of the
// handler's body, outside function literals (which are checked on their
// own if they are handlers).
func (c *checker) collect(h *handler) {
	for _, wc := range c.calls {
		call := wc.Expr()
		if !gocode.Contains(h.body, call) || !directlyIn(wc.Cursor, h.cur) {
			continue
		}
		switch wc.Kind {
		case stripesdk.WebhookVerify:
			h.verifiers = append(h.verifiers, verifyCall{wc.Cursor, call, wc.Verify})
		case stripesdk.WebhookDecode:
			h.decodes = append(h.decodes, decode{wc.Cursor, call, wc.Decode})
		}
	}
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
	if h.paths.Reachable(d.call, h.isVerifier) {
		return // decoded first, verified before use: checked at the verification
	}
	var msg string
	switch {
	case d.Into == nil && len(h.verifiers) == 0:
		msg = d.Name + " parses the event without verifying its signature: use (*stripe.Client).ParseEventNotification"
	case d.Into == nil:
		msg = d.Name + " parses the event on a path that skips signature verification: verify it on every path"
	case len(h.verifiers) == 0:
		msg = d.Type + " decoded by " + d.Name + " without signature verification: verify it with webhook.ConstructEvent"
	default:
		msg = d.Type + " decoded by " + d.Name + " on a path that skips signature verification: verify it on every path"
	}
	c.report(d.call.Pos(), d.call.Lparen, CategoryUnverified, msg, c.fixUnverified(h, d))
}

// verification checks how the handler treats the error of a verification
// call.
func (c *checker) verification(h *handler, v verifyCall) {
	parent := gocode.UnparenParent(v.cur)
	const what = ": answer 400 and return when it fails"
	name := v.info.Name
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
		c.enforced(h, v, p, errVar)
	}
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
	if !found {
		return
	}
	c.report(v.call.Pos(), v.call.Lparen, CategoryUnenforced,
		"the handler uses the event after "+v.info.Name+" failed: answer 400 and return when it fails",
		c.fixUnenforced(h, def, errVar, use),
		analysis.RelatedInformation{Pos: use.Pos(), End: use.End(), Message: "used here on the failure path"})
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
