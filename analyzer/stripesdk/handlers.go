package stripesdk

// Request handlers: the code that serves requests, for the rules that treat
// it specially (webhooksig checks webhook handlers, fatal forbids exiting
// in them). One place, so that every rule sees the same shapes.

import "go/types"

// IsNetHTTPHandler reports whether sig is that of a net/http handler function:
// func(http.ResponseWriter, *http.Request).
func IsNetHTTPHandler(sig *types.Signature) bool {
	params := sig.Params()
	return params.Len() == 2 && sig.Results().Len() == 0 &&
		isNetHTTPType(params.At(0).Type(), "ResponseWriter", false) &&
		isNetHTTPType(params.At(1).Type(), "Request", true)
}

// WritesStatus reports whether fn writes the status of a net/http
// response: http.Error, or the WriteHeader method (of http.ResponseWriter
// or a type of net/http that implements it).
func WritesStatus(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "net/http" && (fn.Name() == "Error" || fn.Name() == "WriteHeader")
}

// isNetHTTPType reports whether t is net/http's type name, or a pointer to
// it when pointer is set (and only then).
func isNetHTTPType(t types.Type, name string, pointer bool) bool {
	p, isPointer := types.Unalias(t).(*types.Pointer)
	if isPointer != pointer {
		return false
	}
	if isPointer {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == name
}
