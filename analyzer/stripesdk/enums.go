package stripesdk

import (
	"go/types"
)

// An enum of the SDK is a named string type declared in an SDK package
// whose package scope declares constants of that type: stripe.ErrorType,
// stripe.ErrorCode, stripe.DeclineCode, stripe.EventType (v74+),
// stripe.PaymentIntentStatus and thousands more. Its declared values are
// those constants, read from the type-checked package, so every SDK major
// gets its own.
//
// Not every string-typed field is an enum: v72's Event.Type is a plain
// string (stripe.EventType does not exist there), and rules that work on
// enums see only values whose static type is the named type.

// EnumTypeName returns the type name of t when t is a candidate enum: a
// defined, non-generic type declared at package level in an SDK package
// whose underlying type is string. It returns nil otherwise. Whether the
// type has declared values is a question for EnumConstants.
func EnumTypeName(t types.Type) *types.TypeName {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.TypeParams().Len() > 0 || named.TypeArgs().Len() > 0 {
		return nil
	}
	obj := named.Obj()
	if obj == nil || !IsSDKPackage(obj.Pkg()) || obj.Parent() != obj.Pkg().Scope() {
		return nil
	}
	if b, ok := named.Underlying().(*types.Basic); !ok || b.Kind() != types.String {
		return nil
	}
	return obj
}

// EnumConstants indexes the constants declared at package level in pkg by
// their named type: for each enum type of pkg, its declared values, in
// the order of their names. Constants of unnamed types, or of types
// declared in other packages, are left out.
//
// The index is built by one walk over the package scope (tens of
// thousands of names in the root package of a recent major): callers
// build it once per package and pass, when they first meet an enum of
// pkg.
func EnumConstants(pkg *types.Package) map[*types.TypeName][]*types.Const {
	index := make(map[*types.TypeName][]*types.Const)
	if pkg == nil {
		return index
	}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		c, ok := scope.Lookup(name).(*types.Const)
		if !ok {
			continue
		}
		named, ok := types.Unalias(c.Type()).(*types.Named)
		if !ok || named.Obj().Pkg() != pkg {
			continue
		}
		index[named.Obj()] = append(index[named.Obj()], c)
	}
	return index
}

// LookupConst returns the constant called name that the package declaring
// the named type t declares with type t (such as LookupConst(errorType,
// "ErrorTypeCard") for stripe.ErrorType), or nil.
func LookupConst(t types.Type, name string) *types.Const {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return nil
	}
	c, ok := named.Obj().Pkg().Scope().Lookup(name).(*types.Const)
	if !ok || !types.Identical(c.Type(), t) {
		return nil
	}
	return c
}

// LookupType returns the type named name that the package declaring the
// named type t declares (such as LookupType(stripeError, "CardError") for
// the stripe.CardError of the same major as stripe.Error), or nil.
func LookupType(t types.Type, name string) *types.TypeName {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return nil
	}
	tn, _ := named.Obj().Pkg().Scope().Lookup(name).(*types.TypeName)
	return tn
}
