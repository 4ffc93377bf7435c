package stripesdk

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

const enumsSrc = `package stripe

type ErrorType string

const (
	ErrorTypeCard           ErrorType = "card_error"
	ErrorTypeInvalidRequest ErrorType = "invalid_request_error"
)

type PayoutMethodType string

// Constants whose names do not start with their type's name count too.
const PayoutMethodInstant PayoutMethodType = "instant"

type Untyped string // no declared constants

type Other int

const OtherOne Other = 1

const plain = "card_error" // untyped: no enum

type Alias = ErrorType

type Generic[T any] string

func f() {
	const local ErrorType = "local" // not package level
	_ = local
}
`

func checkEnums(t *testing.T, path string) *types.Package {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "stripe.go", enumsSrc, 0)
	if err != nil {
		t.Fatal(err)
	}
	conf := types.Config{Importer: importer.Default()}
	pkg, err := conf.Check(path, fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return pkg
}

func TestEnums(t *testing.T) {
	pkg := checkEnums(t, "github.com/stripe/stripe-go/v85")
	typ := func(name string) types.Type { return pkg.Scope().Lookup(name).Type() }

	for name, want := range map[string]bool{
		"ErrorType":        true,
		"PayoutMethodType": true,
		"Untyped":          true, // a candidate; it has no constants
		"Other":            false,
		"Alias":            true, // the aliased ErrorType
		"Generic":          false,
	} {
		if got := EnumTypeName(typ(name)) != nil; got != want {
			t.Errorf("EnumTypeName(%s) = %v, want %v", name, got, want)
		}
	}
	if EnumTypeName(types.Typ[types.String]) != nil {
		t.Errorf("EnumTypeName(string) != nil")
	}

	index := EnumConstants(pkg)
	names := func(tn *types.TypeName) []string {
		var out []string
		for _, c := range index[tn] {
			out = append(out, c.Name())
		}
		return out
	}
	errorType := EnumTypeName(typ("ErrorType"))
	if got := names(errorType); len(got) != 2 || got[0] != "ErrorTypeCard" || got[1] != "ErrorTypeInvalidRequest" {
		t.Errorf("EnumConstants[ErrorType] = %v", got)
	}
	if got := names(EnumTypeName(typ("PayoutMethodType"))); len(got) != 1 || got[0] != "PayoutMethodInstant" {
		t.Errorf("EnumConstants[PayoutMethodType] = %v", got)
	}
	if got := names(EnumTypeName(typ("Untyped"))); len(got) != 0 {
		t.Errorf("EnumConstants[Untyped] = %v", got)
	}
	if len(EnumConstants(nil)) != 0 {
		t.Errorf("EnumConstants(nil) is not empty")
	}

	if c := LookupConst(typ("ErrorType"), "ErrorTypeCard"); c == nil || c.Name() != "ErrorTypeCard" {
		t.Errorf("LookupConst(ErrorType, ErrorTypeCard) = %v", c)
	}
	if c := LookupConst(typ("PayoutMethodType"), "ErrorTypeCard"); c != nil {
		t.Errorf("LookupConst(PayoutMethodType, ErrorTypeCard) = %v, want nil (wrong type)", c)
	}
	if c := LookupConst(types.Typ[types.String], "ErrorTypeCard"); c != nil {
		t.Errorf("LookupConst(string, ...) = %v, want nil", c)
	}
	if tn := LookupType(types.NewPointer(typ("Other")), "ErrorType"); tn == nil || tn.Name() != "ErrorType" {
		t.Errorf("LookupType(*Other, ErrorType) = %v", tn)
	}
	if tn := LookupType(typ("Other"), "Missing"); tn != nil {
		t.Errorf("LookupType(Other, Missing) = %v, want nil", tn)
	}

	// The same declarations outside the SDK are no enums.
	other := checkEnums(t, "example.com/stripe")
	if EnumTypeName(other.Scope().Lookup("ErrorType").Type()) != nil {
		t.Errorf("EnumTypeName accepted a type outside the SDK")
	}
}
