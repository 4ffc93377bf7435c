package stripesdk

// The package's webhook calls: the one walk over its calls that finds what
// webhook handling is made of (verifications, tolerance options, events
// decoded without verification), so that webhooksig starts from them
// instead of classifying every call again.

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// WebhookKind says what a WebhookCall is.
type WebhookKind int

const (
	// WebhookVerify is a call of a function that verifies a webhook
	// signature: the SDK's or a verification wrapper (VerifierOf).
	WebhookVerify WebhookKind = iota + 1
	// WebhookTolerance is a call of an option that sets the tolerance of
	// verification (ToleranceOption).
	WebhookTolerance
	// WebhookDecode is a call that decodes an event from bytes without
	// verifying them.
	WebhookDecode
)

// WebhookCall is one call of the package that matters to webhook handling.
type WebhookCall struct {
	Cursor inspector.Cursor // at the *ast.CallExpr
	Func   *types.Func      // the function called
	Kind   WebhookKind
	Verify VerifyInfo  // for WebhookVerify
	Option string      // for WebhookTolerance: "WithTolerance" or "WithIgnoreTolerance"
	Decode EventDecode // for WebhookDecode
}

// Expr returns the call expression.
func (c WebhookCall) Expr() *ast.CallExpr { return c.Cursor.Node().(*ast.CallExpr) }

// EventDecode describes a call that decodes an event from bytes without
// verifying them: json.Unmarshal or (*json.Decoder).Decode into an event
// type (IsEventType), a framework's binder decoding the request body into
// one (BindsBody: gin's c.ShouldBindJSON(&event), echo's c.Bind(&event),
// fiber's c.BodyParser(&event)), or the SDK's EventNotificationFromJSON.
type EventDecode struct {
	Name string   // the function: json.Unmarshal, (*gin.Context).ShouldBindJSON, stripe.EventNotificationFromJSON
	Type string   // the event type (stripe.Event), "event notification" for the SDK's parser
	Data ast.Expr // the bytes decoded; nil for (*json.Decoder).Decode and binders
	Into ast.Expr // the pointer to the event; nil for EventNotificationFromJSON
}

// WebhookCalls returns the package's webhook calls in source order, nil in
// an inactive package. They are found once, in the Analyzer's Run.
func (m *Model) WebhookCalls() []WebhookCall { return m.webhookCalls }

// webhookCall reports whether call, at cur, a call of fn, is a webhook
// call (a verification, a tolerance option, an event decoded without
// verification), and describes it.
func (m *Model) webhookCall(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) (WebhookCall, bool) {
	wc := WebhookCall{Cursor: cur, Func: fn}
	if opt := ToleranceOption(fn); opt != "" {
		wc.Kind, wc.Option = WebhookTolerance, opt
	} else if vi, ok := m.VerifierOf(fn); ok {
		wc.Kind, wc.Verify = WebhookVerify, vi
	} else if d, ok := eventDecode(m.info, fn, call); ok {
		wc.Kind, wc.Decode = WebhookDecode, d
	} else {
		return WebhookCall{}, false
	}
	return wc, true
}

// eventDecode reports whether call, a call of fn, decodes an event from
// bytes without verifying them, and describes it.
func eventDecode(info *types.Info, fn *types.Func, call *ast.CallExpr) (EventDecode, bool) {
	if IsUnverifiedEventParser(fn) && len(call.Args) > 0 {
		return EventDecode{Name: FuncName(fn), Type: "event notification", Data: call.Args[0]}, true
	}
	into := jsonDecodeTarget(fn, call)
	if arg, ok := BindsBody(fn); ok && arg < len(call.Args) {
		into = call.Args[arg]
	}
	if into == nil {
		return EventDecode{}, false
	}
	ptr, ok := info.TypeOf(into).(*types.Pointer)
	if !ok || !IsEventType(ptr.Elem()) {
		return EventDecode{}, false
	}
	d := EventDecode{Name: FuncName(fn), Into: into, Type: types.TypeString(ptr.Elem(), (*types.Package).Name)}
	if fn.Signature().Recv() == nil { // json.Unmarshal
		d.Data = call.Args[0]
	}
	return d, true
}

// jsonDecodeTarget returns the argument into which call, a call of fn,
// decodes JSON: that of encoding/json's Unmarshal and (*Decoder).Decode;
// otherwise nil.
func jsonDecodeTarget(fn *types.Func, call *ast.CallExpr) ast.Expr {
	if fn.Pkg().Path() != "encoding/json" {
		return nil
	}
	recv := fn.Signature().Recv()
	switch {
	case recv == nil && fn.Name() == "Unmarshal" && len(call.Args) == 2:
		return call.Args[1]
	case recv != nil && fn.Name() == "Decode" && len(call.Args) == 1:
		if n, ok := types.Unalias(gocode.Deref(recv.Type())).(*types.Named); ok && n.Obj().Name() == "Decoder" {
			return call.Args[0]
		}
	}
	return nil
}
