package stripesdk

// Webhook signature verification in the SDK: the functions that verify a
// request's Stripe-Signature header, the options that set their tolerance,
// the types a payload decodes into. The user's own verification wrappers
// are found in verifiers.go.

import (
	"go/types"
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

// VerifierOf reports whether fn verifies the signature of a webhook
// request, the SDK's way or through a wrapper of the user's code (a
// Verifier fact), and describes it.
func (m *Model) VerifierOf(fn *types.Func) (VerifyInfo, bool) {
	if fn == nil || fn.Pkg() == nil {
		return VerifyInfo{}, false
	}
	fn = fn.Origin()
	if _, rel, ok := ParseImportPath(fn.Pkg().Path()); ok {
		return sdkVerifier(fn, rel)
	}
	v, ok := m.verifierFact(fn)
	if !ok {
		v, ok = m.implementedVerifier(fn)
	}
	if !ok {
		return VerifyInfo{}, false
	}
	info := VerifyInfo{Func: fn, Name: FuncName(fn), Payload: v.Payload, Secret: v.Secret, Tolerance: -1,
		Event: v.Event, Err: gocode.ErrorResult(fn.Signature()), Wrapper: true}
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
		Err: gocode.ErrorResult(sig), IgnoresTolerance: strings.HasSuffix(fn.Name(), "IgnoringTolerance")}
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
	return named != nil && named.Obj().Name() == "ConstructEventOptions" && isSDKSubpackage(named.Obj().Pkg(), "webhook")
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
