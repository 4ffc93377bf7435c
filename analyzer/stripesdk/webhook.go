package stripesdk

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// VerifyInfo describes a function that verifies the signature of a webhook
// request: one of the SDK's (webhook.ConstructEvent*, webhook.ValidatePayload*,
// the v82+ stripe.ConstructEvent and stripe.ValidatePayload,
// (*stripe.Client).ConstructEvent, ParseThinEvent and ParseEventNotification,
// (*client.API).ParseThinEvent*), or a function of the user's code that
// wraps one (a Verifier fact).
type VerifyInfo struct {
	Func *types.Func
	// Name is how messages name the function: webhook.ConstructEvent,
	// (*stripe.Client).ConstructEvent, handlers.VerifyEvent.
	Name string
	// Payload, Secret and Tolerance are the indexes of the parameters
	// holding the request body, the endpoint's signing secret and the
	// tolerance (a time.Duration); -1 when the function has none (a
	// wrapper that reads the secret itself).
	Payload, Secret, Tolerance int
	// Event is the index of the result holding the verified event
	// (stripe.Event, *stripe.ThinEvent, stripe.EventNotificationContainer),
	// -1 when there is none (ValidatePayload*).
	Event int
	// Err is the index of the error result.
	Err int
	// IgnoresTolerance reports that the function does not check the
	// signature's timestamp (ConstructEventIgnoringTolerance,
	// ValidatePayloadIgnoringTolerance): no replay protection.
	IgnoresTolerance bool
	// Wrapper reports that the function is the user's (a Verifier fact).
	Wrapper bool
}

// verifierPrefixes start the names of the SDK functions and methods that
// verify a webhook signature; each has the parameters (payload []byte,
// header string, secret string, ...) and returns an error.
var verifierPrefixes = []string{"ConstructEvent", "ValidatePayload", "ParseThinEvent", "ParseEventNotification"}

// Verifier reports whether fn verifies the signature of a webhook request,
// and describes it.
func (m *Model) VerifierOf(fn *types.Func) (VerifyInfo, bool) {
	if fn == nil || fn.Pkg() == nil {
		return VerifyInfo{}, false
	}
	fn = fn.Origin()
	if _, rel, ok := ParseImportPath(fn.Pkg().Path()); ok {
		return sdkVerifier(fn, rel)
	}
	if !m.active {
		return VerifyInfo{}, false
	}
	var v Verifier
	if w := m.verifiers[fn]; w != nil {
		v = *w
	} else if fn.Pkg() == m.pass.Pkg || !m.pass.ImportObjectFact(fn, &v) {
		return VerifyInfo{}, false
	}
	sig := fn.Signature()
	info := VerifyInfo{Func: fn, Name: FuncName(fn), Payload: v.Payload, Secret: v.Secret, Tolerance: -1,
		Event: v.Event, Err: errorResult(sig), Wrapper: true}
	if info.Err < 0 {
		return VerifyInfo{}, false
	}
	return info, true
}

// sdkVerifier describes fn, a function of the SDK package rel, if it
// verifies a webhook signature.
func sdkVerifier(fn *types.Func, rel string) (VerifyInfo, bool) {
	sig := fn.Signature()
	switch recv := sig.Recv(); {
	case rel == "webhook" && recv == nil:
	case rel == "" && (recv == nil || IsSDKNamed(recv.Type(), "Client")):
	case rel == "client" && recv != nil && namedOf(recv.Type()) != nil && namedOf(recv.Type()).Obj().Name() == "API":
	default:
		return VerifyInfo{}, false
	}
	known := false
	for _, p := range verifierPrefixes {
		known = known || strings.HasPrefix(fn.Name(), p)
	}
	params := sig.Params()
	if !known || params.Len() < 3 || !isByteSlice(params.At(0).Type()) ||
		!isString(params.At(1).Type()) || !isString(params.At(2).Type()) {
		return VerifyInfo{}, false
	}
	info := VerifyInfo{Func: fn, Name: FuncName(fn), Payload: 0, Secret: 2, Tolerance: -1, Event: -1,
		Err: errorResult(sig), IgnoresTolerance: strings.HasSuffix(fn.Name(), "IgnoringTolerance")}
	if info.Err < 0 {
		return VerifyInfo{}, false
	}
	if params.Len() > 3 && isDuration(params.At(3).Type()) {
		info.Tolerance = 3
	}
	for i := range sig.Results().Len() {
		if i != info.Err && IsEventType(sig.Results().At(i).Type()) {
			info.Event = i
		}
	}
	return info, true
}

// IsEventType reports whether t (or the type it points to) is a type the
// SDK decodes a webhook's payload into: stripe.Event, stripe.ThinEvent
// (v82), the v83+ event notifications (stripe.EventNotificationContainer
// and the types that implement it) and v2 events (stripe.V2CoreEvent and
// its implementations).
func IsEventType(t types.Type) bool {
	if t == nil {
		return false
	}
	if IsSDKNamed(t, "Event") || IsSDKNamed(t, "ThinEvent") {
		return true
	}
	named := namedOf(t)
	if named == nil || !isSDKRoot(named.Obj().Pkg()) {
		return false
	}
	for _, iface := range []string{"EventNotificationContainer", "V2CoreEvent"} {
		tn, _ := named.Obj().Pkg().Scope().Lookup(iface).(*types.TypeName)
		if tn == nil {
			continue
		}
		it, ok := tn.Type().Underlying().(*types.Interface)
		if !ok {
			continue
		}
		if named.Obj() == tn || types.Implements(t, it) || types.Implements(types.NewPointer(t), it) {
			return true
		}
	}
	return false
}

// IsUnverifiedEventParser reports whether fn parses a webhook payload into
// an event without verifying its signature: stripe.EventNotificationFromJSON
// (v83+), which the SDK's ParseEventNotification calls after
// ValidatePayload, and which code may call on a payload from a trusted
// queue.
func IsUnverifiedEventParser(fn *types.Func) bool {
	if fn == nil || !isSDKRoot(fn.Pkg()) || fn.Signature().Recv() != nil {
		return false
	}
	return strings.HasSuffix(fn.Name(), "FromJSON") && strings.Contains(fn.Name(), "Event") &&
		fn.Signature().Params().Len() > 0 && isByteSlice(fn.Signature().Params().At(0).Type())
}

// ToleranceOption reports whether fn is one of the v82+ webhook options of
// the SDK's root package that set the tolerance: "WithTolerance" or
// "WithIgnoreTolerance"; otherwise "".
func ToleranceOption(fn *types.Func) string {
	if fn == nil || !isSDKRoot(fn.Pkg()) || fn.Signature().Recv() != nil {
		return ""
	}
	res := fn.Signature().Results()
	if res.Len() != 1 || !IsSDKNamed(res.At(0).Type(), "WebhookOption") {
		return ""
	}
	switch fn.Name() {
	case "WithTolerance", "WithIgnoreTolerance":
		return fn.Name()
	}
	return ""
}

// IsWebhookOptionsStruct reports whether t is webhook.ConstructEventOptions
// (v73+), whose fields Tolerance and IgnoreTolerance set the tolerance.
func IsWebhookOptionsStruct(t types.Type) bool {
	named := namedOf(t)
	if named == nil || named.Obj().Name() != "ConstructEventOptions" {
		return false
	}
	_, rel, ok := ParseImportPath(named.Obj().Pkg().Path())
	return ok && rel == "webhook"
}

// Verifier is the fact that a function of the user's code verifies a
// webhook signature: it calls a verification function (of the SDK, or
// another Verifier) and returns its error, as is, wrapped or replaced,
// from a return statement that the failure leads to. Rules treat a call of
// a Verifier as verification.
type Verifier struct {
	Call    string // the verification function it calls (the first in source order)
	Payload int    // index of the parameter passed as the payload, or -1
	Secret  int    // index of the parameter passed as the secret, or -1
	Event   int    // index of the result holding the event, or -1
}

// AFact marks Verifier as a fact.
func (*Verifier) AFact() {}

func (v *Verifier) String() string {
	return "stripeVerifier(" + v.Call + " payload=" + itoa(v.Payload) + " secret=" + itoa(v.Secret) + " event=" + itoa(v.Event) + ")"
}

func itoa(i int) string {
	if i < 0 {
		return "-"
	}
	return strconv.Itoa(i)
}

// findVerifiers fills m.verifiers with the verification wrappers among
// funcs.
func findVerifiers(m *Model, funcs []errorFunc) {
	m.verifiers = make(map[*types.Func]*Verifier)
	fixpoint(funcs, m.verifiers, func(f errorFunc) *Verifier {
		return m.verifierOf(f.fn, f.decl.Node().(*ast.FuncDecl))
	})
}

// verifierOf returns the Verifier fact of fn, declared by decl, or nil: fn
// must call a verification function and either return that call's results
// directly, or store its error in a variable that an if statement's
// condition tests and whose body returns.
func (m *Model) verifierOf(fn *types.Func, decl *ast.FuncDecl) *Verifier {
	info := m.pass.TypesInfo
	sig := fn.Signature()
	param := func(e ast.Expr) int {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return -1
		}
		for i := range sig.Params().Len() {
			if info.Uses[id] == sig.Params().At(i) {
				return i
			}
		}
		return -1
	}
	var found *Verifier
	visit := func(n ast.Node) bool {
		if found != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its returns are the literal's
		case *ast.CallExpr:
			fn := gocode.CalleeFunc(info, n)
			vi, ok := m.VerifierOf(fn)
			if !ok || !m.errorLeadsToReturn(decl.Body, n, vi) {
				return true
			}
			found = &Verifier{Call: vi.Name, Payload: -1, Secret: -1, Event: -1}
			if vi.Payload >= 0 && vi.Payload < len(n.Args) {
				found.Payload = param(n.Args[vi.Payload])
			}
			if vi.Secret >= 0 && vi.Secret < len(n.Args) {
				found.Secret = param(n.Args[vi.Secret])
			}
			for i := range sig.Results().Len() {
				if IsEventType(sig.Results().At(i).Type()) {
					found.Event = i
					break
				}
			}
			return false
		}
		return true
	}
	ast.Inspect(decl.Body, visit)
	return found
}

// errorLeadsToReturn reports whether the error of call, a call of the
// verification function vi in body, reaches a return statement: the call
// is returned, or its error is stored in a variable tested by the condition
// of an if statement whose body returns.
func (m *Model) errorLeadsToReturn(body *ast.BlockStmt, call *ast.CallExpr, vi VerifyInfo) bool {
	info := m.pass.TypesInfo
	var errVar types.Object
	leads := false
	ast.Inspect(body, func(n ast.Node) bool {
		if leads {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				if ast.Unparen(r) == call {
					leads = true
				}
			}
		case *ast.AssignStmt:
			if len(n.Rhs) == 1 && ast.Unparen(n.Rhs[0]) == call && vi.Err < len(n.Lhs) {
				if id, ok := n.Lhs[vi.Err].(*ast.Ident); ok && id.Name != "_" {
					errVar = info.ObjectOf(id)
				}
			}
		}
		return true
	})
	if leads || errVar == nil {
		return leads
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if leads {
			return false
		}
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		ifs, ok := n.(*ast.IfStmt)
		if !ok || !mentions(info, ifs.Cond, errVar) {
			return true
		}
		ast.Inspect(ifs.Body, func(n ast.Node) bool {
			switch n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				leads = true
			}
			return !leads
		})
		return true
	})
	return leads
}

// mentions reports whether obj is used in e.
func mentions(info *types.Info, e ast.Expr, obj types.Object) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == obj {
			found = true
		}
		return !found
	})
	return found
}

func isByteSlice(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func isDuration(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "time" && n.Obj().Name() == "Duration"
}
