package stripesdk

// What can carry a request's body into a helper, for webhooksig's facts
// about helpers that decode events without verification.

import "go/types"

// CarriesRequest reports whether a parameter of type t can carry a
// request, or its body, into a function: the *http.Request, the
// frameworks' contexts (*gin.Context, echo.Context, *fiber.Ctx), bytes
// ([]byte, json.RawMessage) and readers (anything with a
// Read([]byte) (int, error) method). Strings, IDs and database handles
// cannot: a helper that loads a stored event through them decodes no
// request.
func CarriesRequest(t types.Type) bool {
	switch {
	case isNamed(t, netHTTPPath, "Request", true),
		isNamed(t, ginPath, "Context", true),
		isNamed(t, echoPath, "Context", false),
		isNamed(t, fiberPath, "Ctx", true),
		isByteSlice(t):
		return true
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Read")
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Signature()
	return sig.Params().Len() == 1 && isByteSlice(sig.Params().At(0).Type()) && sig.Results().Len() == 2
}
