package stripesdk

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

const errorTypesSrc = `package stripe

type Error struct {
	Err  error
	Type string
}

func (e *Error) Error() string { return "" }

type CardError struct{ stripeErr *Error }

func (e *CardError) Error() string { return "" }

type V2Error struct{ Code string }

func (e *V2Error) Error() string { return "" }

type ValueErr struct{ other Error }

func (ValueErr) Error() string { return "" }

type NotAnError struct{ stripeErr *Error }

type Wrapper struct{ *Error }

var (
	se  *Error
	w   Wrapper
	err error
	_   = se.Err
	_   = w.Err
	_   = se.Type
	_   = err
)
`

func TestErrorTypes(t *testing.T) {
	for _, path := range []string{"github.com/stripe/stripe-go/v72", "example.com/stripe"} {
		sdk := path != "example.com/stripe"
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "error.go", errorTypesSrc, 0)
		if err != nil {
			t.Fatal(err)
		}
		info := &types.Info{Selections: make(map[*ast.SelectorExpr]*types.Selection), Types: make(map[ast.Expr]types.TypeAndValue)}
		pkg, err := (&types.Config{Importer: importer.Default()}).Check(path, fset, []*ast.File{f}, info)
		if err != nil {
			t.Fatal(err)
		}
		ptr := func(name string) types.Type { return types.NewPointer(pkg.Scope().Lookup(name).Type()) }
		val := func(name string) types.Type { return pkg.Scope().Lookup(name).Type() }
		for _, tc := range []struct {
			name        string
			t           types.Type
			isErr, innr bool
		}{
			{"*Error", ptr("Error"), true, false},
			{"Error", val("Error"), false, false}, // the method has a pointer receiver
			{"*CardError", ptr("CardError"), true, true},
			{"*V2Error", ptr("V2Error"), true, false},
			{"ValueErr", val("ValueErr"), true, false}, // holds an Error, not a *Error
			{"*NotAnError", ptr("NotAnError"), false, false},
			{"error", types.Universe.Lookup("error").Type(), false, false},
		} {
			if got := IsErrorType(tc.t); got != (tc.isErr && sdk) {
				t.Errorf("%s: IsErrorType(%s) = %v", path, tc.name, got)
			}
			if got := IsInnerError(tc.t); got != (tc.innr && sdk) {
				t.Errorf("%s: IsInnerError(%s) = %v", path, tc.name, got)
			}
		}
		// The selectors of the var block, in order: se.Err, w.Err, se.Type.
		var sels []*ast.SelectorExpr
		ast.Inspect(f, func(n ast.Node) bool {
			if s, ok := n.(*ast.SelectorExpr); ok {
				sels = append(sels, s)
			}
			return true
		})
		if len(sels) != 3 {
			t.Fatalf("found %d selectors", len(sels))
		}
		for i, want := range []bool{sdk, sdk, false} {
			if got := ErrFieldOwner(info, sels[i]) != nil; got != want {
				t.Errorf("%s: ErrFieldOwner(%s) != nil is %v, want %v", path, types.ExprString(sels[i]), got, want)
			}
		}
		if ErrFieldOwner(info, ast.NewIdent("err")) != nil {
			t.Errorf("ErrFieldOwner(ident) != nil")
		}
	}
}
