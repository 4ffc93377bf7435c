package stripesdk

import "go/types"

// Idempotency keys, as every SDK major from v72 to v85 sends them (read in
// stripe.go, (*BackendImplementation).NewRequest, and params.go):
//
//   - a request whose *stripe.Params is nil carries no Idempotency-Key
//     header at all;
//   - otherwise, when Params.IdempotencyKey is set, its value (trimmed of
//     white space) is the header, and a value longer than
//     MaxIdempotencyKeyLen makes the call fail before anything is sent;
//   - otherwise a write (POST, PUT, PATCH, DELETE) gets a fresh key from
//     stripe.NewIdempotencyKey, which is not written back into the params:
//     calling again with the same params sends another fresh key;
//   - the SDK's own retries (BackendConfig.MaxNetworkRetries) resend the
//     same *http.Request, so they reuse whatever key it carries (none for
//     nil params).
//
// The resource packages' functions and Client methods (refund.New,
// refund.Client.New, client.API's fields) pass the caller's params pointer
// through, nil included; the v82+ stripe.Client services replace nil params
// by new empty ones (if params == nil { params = &...Params{} } in every
// method of v85.0.0), so they send a fresh key.

// MaxIdempotencyKeyLen is the longest idempotency key the SDK sends; a
// longer one makes the call fail with "cannot use an idempotency key longer
// than 255 characters".
const MaxIdempotencyKeyLen = 255

// IsSetIdempotencyKey reports whether fn is (*stripe.Params).SetIdempotencyKey
// of an SDK major, called directly or promoted through a params struct
// that embeds stripe.Params.
func IsSetIdempotencyKey(fn *types.Func) bool {
	if fn == nil || fn.Name() != "SetIdempotencyKey" || !isSDKRoot(fn.Pkg()) {
		return false
	}
	recv := fn.Signature().Recv()
	return recv != nil && IsSDKNamed(recv.Type(), "Params")
}

// IsIdempotencyKeyField reports whether v is the IdempotencyKey field of
// stripe.Params of an SDK major.
func IsIdempotencyKeyField(v *types.Var) bool {
	if v == nil || !v.IsField() || v.Name() != "IdempotencyKey" || !isSDKRoot(v.Pkg()) {
		return false
	}
	params, _ := v.Pkg().Scope().Lookup("Params").(*types.TypeName)
	if params == nil {
		return false
	}
	st, ok := params.Type().Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for f := range st.Fields() {
		if f == v.Origin() {
			return true
		}
	}
	return false
}

// IsNewIdempotencyKey reports whether fn is stripe.NewIdempotencyKey of an
// SDK major: a new random key on every call.
func IsNewIdempotencyKey(fn *types.Func) bool {
	return fn != nil && fn.Name() == "NewIdempotencyKey" && isSDKRoot(fn.Pkg()) && fn.Signature().Recv() == nil
}

// CarriesIdempotencyKey reports whether a value of type t is request
// params with an idempotency key: t is *stripe.Params or a pointer to a
// struct that embeds stripe.Params (*stripe.RefundParams,
// *stripe.RefundCreateParams), so that SetIdempotencyKey is in its method
// set. It returns the SDK root package the key belongs to.
func CarriesIdempotencyKey(t types.Type) (*types.Package, bool) {
	if t == nil {
		return nil, false
	}
	if _, ok := types.Unalias(t).Underlying().(*types.Pointer); !ok {
		return nil, false
	}
	obj, _, _ := types.LookupFieldOrMethod(t, false, nil, "SetIdempotencyKey")
	fn, _ := obj.(*types.Func)
	if !IsSetIdempotencyKey(fn) {
		return nil, false
	}
	return fn.Pkg(), true
}

// NilParamsSendKey reports what a state-changing API call sends as its
// idempotency key when its params are nil: true for a fresh key on every
// call (the v82+ stripe.Client services, which replace nil params by new
// ones), false for no key at all (resource packages' functions and Client
// methods, client.API).
func NilParamsSendKey(c Callee) bool {
	if c.Kind != KindAPI || c.Func == nil {
		return false
	}
	recv := c.Func.Signature().Recv()
	if recv == nil || !isSDKRoot(c.Func.Pkg()) {
		return false
	}
	named := namedOf(recv.Type())
	return named != nil && !types.IsInterface(named) // a service, not a raw stripe.Backend call
}
