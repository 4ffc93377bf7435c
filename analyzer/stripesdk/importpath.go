package stripesdk

import (
	"go/types"
	"strconv"
	"strings"
)

// modulePrefix is the import path of stripe-go before the major suffix.
const modulePrefix = "github.com/stripe/stripe-go/v"

// ParseImportPath reports whether path belongs to a major of stripe-go
// that uses semantic import versioning (github.com/stripe/stripe-go/vNN/...),
// and returns the major and the package path below the module root ("" for
// the root package stripe, "paymentintent", "issuing/card").
func ParseImportPath(path string) (major int, rel string, ok bool) {
	rest, found := strings.CutPrefix(path, modulePrefix)
	if !found {
		return 0, "", false
	}
	digits, rel, _ := strings.Cut(rest, "/")
	major, err := strconv.Atoi(digits)
	if err != nil || major < 2 || digits[0] == '0' || digits[0] == '+' {
		return 0, "", false
	}
	return major, rel, true
}

// IsSDKPackage reports whether pkg is a package of the Stripe Go SDK.
func IsSDKPackage(pkg *types.Package) bool {
	if pkg == nil {
		return false
	}
	_, _, ok := ParseImportPath(pkg.Path())
	return ok
}

// isSDKRoot reports whether pkg is the root package (package stripe) of an
// SDK major.
func isSDKRoot(pkg *types.Package) bool { return isSDKSubpackage(pkg, "") }

// isSDKSubpackage reports whether pkg is the package rel below the module
// root of an SDK major ("" for the root package stripe, "client",
// "webhook").
func isSDKSubpackage(pkg *types.Package, rel string) bool {
	if pkg == nil {
		return false
	}
	_, r, ok := ParseImportPath(pkg.Path())
	return ok && r == rel
}

// IsSDKNamed reports whether t, or the type t points to, is the named type
// stripe.<name> declared in the root package of an SDK major (any major),
// such as IsSDKNamed(t, "Error") for *stripe.Error or stripe.Error.
func IsSDKNamed(t types.Type, name string) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	obj := n.Origin().Obj()
	return obj.Name() == name && isSDKRoot(obj.Pkg())
}
