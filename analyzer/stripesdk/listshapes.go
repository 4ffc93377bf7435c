package stripesdk

import (
	"go/ast"
	"go/types"

	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// ListAccessor reports whether fn is a method of an SDK list that reads the
// page the list holds now instead of walking the list: a list fetches its
// first page when it is created, and such a method reads that page whether
// or not the request succeeded (an empty page when it failed). They are
//
//   - every method of a list type of the SDK's root package but Next, Err,
//     All and Current: (*stripe.Iter).List and Meta,
//     (*stripe.SearchIter).SearchResult and Meta (every major), and the
//     v82+ (*stripe.V1List).Data, Meta and LastResponse (V1SearchList and
//     V2List alike);
//   - a method of a resource package's iterator (which embeds stripe.Iter
//     or stripe.SearchIter) whose result is a list object, a type that
//     implements the root's ListContainer or SearchContainer:
//     (*product.Iter).ProductList, (*customer.SearchIter).CustomerSearchResult.
//
// The item accessors ((*product.Iter).Product, Current) read the item Next
// moved to, and are no accessors of the page.
func ListAccessor(fn *types.Func) bool {
	if fn == nil || !IsSDKPackage(fn.Pkg()) {
		return false
	}
	sig := fn.Signature()
	if sig.Recv() == nil || sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return false
	}
	switch fn.Name() {
	case "Next", "Err", "All", "Current":
		return false
	}
	named := namedOf(sig.Recv().Type())
	if named == nil {
		return false
	}
	errMethod, _, _ := types.LookupFieldOrMethod(types.NewPointer(named), false, named.Obj().Pkg(), "Err")
	errFn, _ := errMethod.(*types.Func)
	if errFn == nil || ListMethod(errFn) != "Err" {
		return false // not a list
	}
	if isSDKRoot(fn.Pkg()) {
		return true
	}
	root := errFn.Pkg()
	result := sig.Results().At(0).Type()
	for _, name := range []string{"ListContainer", "SearchContainer"} {
		if tn, ok := root.Scope().Lookup(name).(*types.TypeName); ok {
			if iface, ok := tn.Type().Underlying().(*types.Interface); ok && types.Implements(result, iface) {
				return true
			}
		}
	}
	return false
}

// ListAccessorCall reports whether call calls a ListAccessor, and returns
// the expression of the list it reads (the method's receiver).
func (m *Model) ListAccessorCall(call *ast.CallExpr) (list ast.Expr, ok bool) {
	sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !isSel || !ListAccessor(gocode.CalleeFunc(m.info, call)) {
		return nil, false
	}
	return sel.X, true
}
