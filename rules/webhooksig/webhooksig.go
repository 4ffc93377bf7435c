package webhooksig

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/analyzer/directive"
	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/flow"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
	"github.com/stripeerrlint/stripeerrlint/internal/ruledoc"
)

// Name is the analyzer's name.
const Name = "webhooksig"

// MaxToleranceFlag is the name of the flag that sets the longest signature
// tolerance accepted without a finding.
const MaxToleranceFlag = "max-tolerance"

// Analyzer reports webhook handlers that skip or weaken signature
// verification.
var Analyzer = newAnalyzer()

// Categories of the findings.
const (
	CategoryUnverified  = "unverified"  // an event decoded from the request on a path without verification
	CategoryUnchecked   = "unchecked"   // the verification error is discarded, blanked or never read
	CategoryUnenforced  = "unenforced"  // the event is used on a path where verification failed
	CategoryReplay      = "replay"      // the signature's timestamp is not checked, or barely
	CategoryEmptySecret = "emptysecret" // the signing secret is empty
)

type options struct {
	maxTolerance time.Duration
}

func newAnalyzer() *analysis.Analyzer {
	opts := &options{maxTolerance: time.Hour}
	a := &analysis.Analyzer{
		Name:     Name,
		Doc:      ruledoc.Doc(Name),
		URL:      ruledoc.URL(Name),
		Requires: []*analysis.Analyzer{inspect.Analyzer, stripesdk.Analyzer, directive.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			return run(pass, opts)
		},
	}
	a.Flags.DurationVar(&opts.maxTolerance, MaxToleranceFlag, time.Hour, "longest webhook signature tolerance accepted without a finding")
	return a
}

func run(pass *analysis.Pass, opts *options) (any, error) {
	m := stripesdk.From(pass)
	if !m.Active() {
		return nil, nil
	}
	c := &checker{pass: pass, model: m, opts: opts}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for cur := range in.Root().Preorder((*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			if !c.inTest(n) {
				c.call(n)
			}
		case *ast.CompositeLit:
			if !c.inTest(n) {
				c.optionsLit(n)
			}
		case *ast.FuncDecl:
			if n.Body != nil && !c.inTest(n) {
				if fn, _ := pass.TypesInfo.Defs[n.Name].(*types.Func); fn != nil {
					c.function(cur, fn.Signature(), n.Body)
				}
			}
		case *ast.FuncLit:
			if sig, _ := pass.TypesInfo.TypeOf(n).(*types.Signature); sig != nil && !c.inTest(n) {
				c.function(cur, sig, n.Body)
			}
		}
	}
	directive.ReportAll(pass, c.diags)
	return nil, nil
}

type checker struct {
	pass  *analysis.Pass
	model *stripesdk.Model
	opts  *options
	diags []analysis.Diagnostic
}

// inTest reports whether n is in a _test.go file. Tests replay recorded
// events with fixed secrets and build fake handlers: they are not where
// requests are forged, so the rule leaves them alone.
func (c *checker) inTest(n ast.Node) bool {
	return strings.HasSuffix(c.pass.Fset.Position(n.Pos()).Filename, "_test.go")
}

func (c *checker) report(pos, end token.Pos, category, msg string, fix *analysis.SuggestedFix, related ...analysis.RelatedInformation) {
	d := analysis.Diagnostic{Pos: pos, End: end, Category: category, Message: msg, Related: related}
	if fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	c.diags = append(c.diags, d)
}

// --- Replay protection and empty secrets, anywhere ---

// call checks a call of a verification function for its tolerance and its
// secret, and a call of a tolerance option.
func (c *checker) call(call *ast.CallExpr) {
	fn := gocode.CalleeFunc(c.pass.TypesInfo, call)
	switch stripesdk.ToleranceOption(fn) {
	case "WithIgnoreTolerance":
		c.report(call.Pos(), call.Lparen, CategoryReplay,
			stripesdk.FuncName(fn)+" turns off the signature's timestamp check, so replayed requests are accepted (remove the option)", nil)
		return
	case "WithTolerance":
		if len(call.Args) == 1 {
			c.tolerance(call.Args[0], stripesdk.FuncName(fn))
		}
		return
	}
	vi, ok := c.model.VerifierOf(fn)
	if !ok || vi.Wrapper && vi.Secret < 0 {
		return
	}
	if vi.IgnoresTolerance {
		c.report(call.Pos(), call.Lparen, CategoryReplay,
			vi.Name+" does not check the signature's timestamp, so replayed requests are accepted (use "+strings.Replace(vi.Name, "IgnoringTolerance", "", 1)+")", nil)
	}
	if vi.Tolerance >= 0 && vi.Tolerance < len(call.Args) {
		c.tolerance(call.Args[vi.Tolerance], vi.Name)
	}
	if vi.Secret >= 0 && vi.Secret < len(call.Args) {
		arg := call.Args[vi.Secret]
		if tv, ok := c.pass.TypesInfo.Types[arg]; ok && tv.Value != nil && tv.Value.Kind() == constant.String &&
			stripesdk.IsEmptyWebhookSecret(constant.StringVal(tv.Value)) {
			c.report(arg.Pos(), arg.End(), CategoryEmptySecret,
				"empty webhook signing secret passed to "+vi.Name+" (anyone can sign requests with it: pass the endpoint's whsec_ secret, read from the environment)", nil)
		}
	}
}

// tolerance checks a constant tolerance given to name.
func (c *checker) tolerance(e ast.Expr, name string) {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		return
	}
	ns, exact := constant.Int64Val(constant.ToInt(tv.Value))
	if !exact || time.Duration(ns) <= c.opts.maxTolerance {
		return
	}
	c.report(e.Pos(), e.End(), CategoryReplay,
		fmt.Sprintf("tolerance of %v for %s lets requests be replayed long after they were signed (keep it at most %v; the default is 5m0s)", time.Duration(ns), name, c.opts.maxTolerance), nil)
}

// optionsLit checks a webhook.ConstructEventOptions literal.
func (c *checker) optionsLit(lit *ast.CompositeLit) {
	if !stripesdk.IsWebhookOptionsStruct(c.pass.TypesInfo.TypeOf(lit)) {
		return
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		key, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		switch key.Name {
		case "IgnoreTolerance":
			if tv := c.pass.TypesInfo.Types[kv.Value]; tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value) {
				c.report(kv.Pos(), kv.End(), CategoryReplay,
					"the IgnoreTolerance option of webhook.ConstructEventOptions turns off the signature's timestamp check, so replayed requests are accepted (remove it)", nil)
			}
		case "Tolerance":
			c.tolerance(kv.Value, "webhook.ConstructEventOptions")
		}
	}
}

// --- HTTP handlers ---

// handler describes the HTTP handler being checked.
type handler struct {
	cur  inspector.Cursor
	body *ast.BlockStmt
	// w and r are the net/http handler's parameters.
	w, r  *types.Var
	paths *flow.Reach

	verifiers []verifyCall
	decodes   []decode
}

type verifyCall struct {
	call *ast.CallExpr
	info stripesdk.VerifyInfo
}

// decode is a call that decodes an event from bytes without verifying
// them: json.Unmarshal or (*json.Decoder).Decode into an event type, or the SDK's EventNotificationFromJSON.
type decode struct {
	call *ast.CallExpr
	name string // the function
	typ  string // the event type
	data ast.Expr
	into ast.Expr // the pointer to the event, nil for EventNotificationFromJSON
}

// function checks a function declaration or literal if it is an HTTP
// handler.
func (c *checker) function(cur inspector.Cursor, sig *types.Signature, body *ast.BlockStmt) {
	h := &handler{cur: cur, body: body}
	switch handlerKind(sig) {
	case netHTTP:
		h.w, h.r = sig.Params().At(0), sig.Params().At(1)
	default:
		return
	}
	c.collect(h)
	if len(h.verifiers) == 0 && len(h.decodes) == 0 {
		return
	}
	h.paths = flow.NewReach(c.pass.TypesInfo, body)
	for _, d := range h.decodes {
		c.unverified(h, d)
	}
	for _, v := range h.verifiers {
		c.verification(h, v)
	}
}

type kind int

const (
	notHandler kind = iota
	netHTTP
)

// handlerKind says whether sig is that of an HTTP handler: net/http's
// func(http.ResponseWriter, *http.Request). (gin's func(*gin.Context) and
// echo's func(echo.Context) error are not recognised yet: they need stubs
// and fixtures first.)
func handlerKind(sig *types.Signature) kind {
	if stripesdk.IsNetHTTPHandler(sig) {
		return netHTTP
	}
	return notHandler
}

// collect finds the verification calls and the event decodes of the
// handler's body, outside function literals (which are checked on their
// own if they are handlers).
func (c *checker) collect(h *handler) {
	info := c.pass.TypesInfo
	ast.Inspect(h.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			fn := gocode.CalleeFunc(c.pass.TypesInfo, n)
			if vi, ok := c.model.VerifierOf(fn); ok {
				h.verifiers = append(h.verifiers, verifyCall{n, vi})
				return true
			}
			if fn == nil || fn.Pkg() == nil {
				return true // a builtin, or error's Error method
			}
			if stripesdk.IsUnverifiedEventParser(fn) && len(n.Args) > 0 {
				h.decodes = append(h.decodes, decode{call: n, name: stripesdk.FuncName(fn), typ: "event notification", data: n.Args[0]})
				return true
			}
			if into := decodeTarget(fn, n); into != nil {
				ptr, ok := info.TypeOf(into).(*types.Pointer)
				if !ok || !stripesdk.IsEventType(ptr.Elem()) {
					return true
				}
				d := decode{call: n, name: stripesdk.FuncName(fn), into: into,
					typ: types.TypeString(ptr.Elem(), (*types.Package).Name)}
				if fn.Pkg().Path() == "encoding/json" && fn.Name() == "Unmarshal" {
					d.data = n.Args[0]
				}
				h.decodes = append(h.decodes, d)
			}
		}
		return true
	})
}

// decodeTarget returns the argument into which call, a call of fn, decodes
// JSON: encoding/json's Unmarshal and (*Decoder).Decode; otherwise nil.
func decodeTarget(fn *types.Func, call *ast.CallExpr) ast.Expr {
	sig := fn.Signature()
	recv := ""
	if sig.Recv() != nil {
		if n, ok := types.Unalias(derefType(sig.Recv().Type())).(*types.Named); ok {
			recv = n.Obj().Name()
		}
	}
	key := fn.Pkg().Path() + "." + recv + "." + fn.Name()
	switch key {
	case "encoding/json..Unmarshal":
		if len(call.Args) == 2 {
			return call.Args[1]
		}
	case "encoding/json.Decoder.Decode":
		if len(call.Args) == 1 {
			return call.Args[0]
		}
	}
	return nil
}

func derefType(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// contains reports whether the node n holds the node inner.
func contains(n, inner ast.Node) bool {
	return n.Pos() <= inner.Pos() && inner.End() <= n.End()
}

// isVerifier reports whether the graph node n holds a verification call.
func (h *handler) isVerifier(n ast.Node) bool {
	for _, v := range h.verifiers {
		if contains(n, v.call) {
			return true
		}
	}
	return false
}

// unverified reports an event decoded on a path from the handler's start
// that passes no verification, unless verification follows the decode.
func (c *checker) unverified(h *handler, d decode) {
	holds := func(n ast.Node) bool { return contains(n, d.call) }
	if _, ok := h.paths.UnguardedFromEntry(h.isVerifier, holds); !ok {
		return
	}
	if h.paths.Reachable(d.call, h.isVerifier) {
		return // decoded first, verified before use: checked at the verification
	}
	var msg string
	switch {
	case d.into == nil && len(h.verifiers) == 0:
		msg = d.name + " parses the event without verifying its signature (use (*stripe.Client).ParseEventNotification, which verifies the Stripe-Signature header)"
	case d.into == nil:
		msg = d.name + " parses the event on a path that skips signature verification (verify the Stripe-Signature header on every path and answer 400 when it fails)"
	case len(h.verifiers) == 0:
		msg = d.typ + " decoded from the request by " + d.name + " without signature verification (verify the Stripe-Signature header with webhook.ConstructEvent and answer 400 when it fails)"
	default:
		msg = d.typ + " decoded from the request by " + d.name + " on a path that skips signature verification (verify the Stripe-Signature header on every path and answer 400 when it fails)"
	}
	c.report(d.call.Pos(), d.call.Lparen, CategoryUnverified, msg, c.fixUnverified(h, d))
}

// verification checks how the handler treats the error of a verification
// call.
func (c *checker) verification(h *handler, v verifyCall) {
	cur, ok := h.cur.FindNode(v.call)
	if !ok {
		return
	}
	parent := cur.Parent()
	for {
		if _, ok := parent.Node().(*ast.ParenExpr); !ok {
			break
		}
		parent = parent.Parent()
	}
	const what = " (answer 400 and return when verification fails)"
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
		if !flow.New(c.pass.TypesInfo, h.body).StoredValueRead(p, errVar) {
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
			if contains(n, d.call) {
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
		"the handler goes on after "+v.info.Name+" failed and uses the unverified event (answer 400 and return when verification fails)",
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
