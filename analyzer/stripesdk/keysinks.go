package stripesdk

// API-key sinks: the places where code hands the SDK its secret API key.
// secretkey offers to read a key literal from the environment only when
// the literal goes straight into one of them.

import "go/types"

// IsAPIKeyVar reports whether v is the SDK's package-level API key,
// stripe.Key (of any major).
func IsAPIKeyVar(v *types.Var) bool {
	return v != nil && !v.IsField() && v.Name() == "Key" && isSDKSubpackage(v.Pkg(), "")
}

// APIKeyParam returns the index of the parameter of fn that takes the API
// key: 0 for stripe.NewClient (v82+), client.New and (*client.API).Init;
// -1 for every other function.
func APIKeyParam(fn *types.Func) int {
	if fn == nil {
		return -1
	}
	recv := fn.Signature().Recv()
	switch {
	case recv == nil && fn.Name() == "NewClient" && isSDKSubpackage(fn.Pkg(), ""),
		recv == nil && fn.Name() == "New" && isSDKSubpackage(fn.Pkg(), "client"),
		recv != nil && fn.Name() == "Init" && isSDKSubpackage(fn.Pkg(), "client"):
		return 0
	}
	return -1
}

// IsSetBackend reports whether fn is the SDK's stripe.SetBackend, which
// replaces the process-wide backend of a kind (API, uploads) for every
// package-level call and every client built with nil backends.
func IsSetBackend(fn *types.Func) bool {
	return fn != nil && fn.Signature().Recv() == nil && fn.Name() == "SetBackend" && isSDKSubpackage(fn.Pkg(), "")
}
