package stripesdk

import (
	"go/ast"
	"go/types"

	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// The SDK's error types. An API call returns a *stripe.Error; its field Err
// holds a typed inner error that says more (*stripe.CardError,
// *stripe.InvalidRequestError, *stripe.APIError, *stripe.IdempotencyError;
// in v72 also *stripe.RateLimitError and others), set as is, never wrapped.
// The v2 API of v82+ returns its own error types (*stripe.RateLimitError,
// *stripe.TemporarySessionExpiredError, ...) at the top level.

// IsErrorType reports whether t is an error type of the SDK: a named type
// declared in an SDK package, or a pointer to one, that implements error.
func IsErrorType(t types.Type) bool {
	named := namedOf(t)
	if named == nil || !IsSDKPackage(named.Obj().Pkg()) {
		return false
	}
	return gocode.ImplementsError(t)
}

// IsInnerError reports whether t is a typed inner error of the SDK: an
// error type of the SDK (IsErrorType) whose struct holds a *stripe.Error of
// its own major, which the SDK stores in (*stripe.Error).Err, such as
// *stripe.CardError.
func IsInnerError(t types.Type) bool {
	if !IsErrorType(t) {
		return false
	}
	named := namedOf(t)
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	root := named.Obj().Pkg()
	for f := range st.Fields() {
		if fn := namedOf(f.Type()); fn != nil && fn.Obj().Pkg() == root && fn.Obj().Name() == "Error" && isSDKRoot(root) {
			if _, ptr := types.Unalias(f.Type()).(*types.Pointer); ptr {
				return true
			}
		}
	}
	return false
}

// ErrFieldOwner returns the type stripe.Error when x selects the field Err
// of a stripe.Error (through a pointer, or promoted through an embedding):
// the typed inner error. It returns nil otherwise.
func ErrFieldOwner(info *types.Info, x ast.Expr) types.Type {
	sel, ok := ast.Unparen(x).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal {
		return nil
	}
	field, ok := s.Obj().(*types.Var)
	if !ok || field.Name() != "Err" || !isSDKRoot(field.Pkg()) {
		return nil
	}
	tn, _ := field.Pkg().Scope().Lookup("Error").(*types.TypeName)
	if tn == nil {
		return nil
	}
	st, ok := tn.Type().Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	for f := range st.Fields() {
		if f == field {
			return tn.Type()
		}
	}
	return nil
}
