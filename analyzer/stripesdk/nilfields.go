package stripesdk

import "go/types"

// NilKind says why a field of an SDK type may be nil.
type NilKind int

const (
	// NilFailure is stored failure information: a *stripe.Error field of
	// an SDK object (PaymentIntent.LastPaymentError,
	// SetupIntent.LastSetupError, Invoice.LastFinalizationError,
	// SetupAttempt.SetupError), nil as long as nothing failed.
	NilFailure NilKind = iota + 1
	// NilErrorObject is an object a *stripe.Error refers to
	// (Error.PaymentIntent, Error.SetupIntent, Error.PaymentMethod,
	// Error.Source), nil when the error involves no such object.
	NilErrorObject
)

// NilField is a field of an SDK type that is nil unless something
// happened.
type NilField struct {
	// Owner is the SDK type that declares the field (stripe.PaymentIntent).
	Owner *types.TypeName
	Field *types.Var
	Kind  NilKind
}

// Name names the field the way messages do: stripe.PaymentIntent.LastPaymentError.
func (f NilField) Name() string {
	return f.Owner.Pkg().Name() + "." + f.Owner.Name() + "." + f.Field.Name()
}

// NilFieldOf reports whether sel, the selection of a field, selects one of
// the nil-able fields of the SDK: a field of type *stripe.Error declared by
// a type of an SDK root package, or a pointer field of stripe.Error itself.
// Fields are recognised by their declaration in the type-checked SDK, for
// every major, not by name.
func NilFieldOf(sel *types.Selection) (NilField, bool) {
	if sel == nil || sel.Kind() != types.FieldVal {
		return NilField{}, false
	}
	field, _ := sel.Obj().(*types.Var)
	if field == nil || !isSDKRoot(field.Pkg()) {
		return NilField{}, false
	}
	ptr, ok := types.Unalias(field.Type()).(*types.Pointer)
	if !ok {
		return NilField{}, false
	}
	owner := fieldOwner(sel)
	if owner == nil || !owner.Exported() || !isSDKRoot(owner.Pkg()) {
		return NilField{}, false
	}
	switch {
	case IsSDKNamed(ptr.Elem(), "Error"):
		return NilField{Owner: owner, Field: field, Kind: NilFailure}, true
	case owner.Name() == "Error" && namedOf(ptr.Elem()) != nil && isSDKRoot(namedOf(ptr.Elem()).Obj().Pkg()):
		return NilField{Owner: owner, Field: field, Kind: NilErrorObject}, true
	}
	return NilField{}, false
}

// fieldOwner returns the named type whose struct declares the field sel
// selects, following embedded fields, or nil.
func fieldOwner(sel *types.Selection) *types.TypeName {
	t := sel.Recv()
	idx := sel.Index()
	for i, k := range idx {
		named := namedOf(t)
		st, ok := types.Unalias(t).Underlying().(*types.Struct)
		if p, isPtr := types.Unalias(t).(*types.Pointer); isPtr {
			st, ok = p.Elem().Underlying().(*types.Struct)
		}
		if !ok || k >= st.NumFields() {
			return nil
		}
		if i == len(idx)-1 {
			if named == nil {
				return nil
			}
			return named.Obj()
		}
		t = st.Field(k).Type()
	}
	return nil
}
