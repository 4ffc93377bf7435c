package stripesdk

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

const fakeSDK = `package stripe

type APIResource struct{ LastResponse *int }
type Error struct {
	APIResource
	Code          string
	PaymentIntent *PaymentIntent
	SetupIntent   *SetupIntent
	Err           error
}
type PaymentIntent struct {
	APIResource
	LastPaymentError *Error
	Customer         *Customer
}
type SetupIntent struct{ LastSetupError *Error }
type Customer struct{ ID string }
type Wrapper struct{ PaymentIntent }
type rawError struct{ Error *Error }
`

const fakeUser = `package user

import stripe "github.com/stripe/stripe-go/v72"

type Mine struct{ Err *stripe.Error }

var (
	pi stripe.PaymentIntent
	w  stripe.Wrapper
	e  stripe.Error
	m  Mine
)

var _ = pi.LastPaymentError
var _ = pi.Customer
var _ = e.PaymentIntent
var _ = e.SetupIntent
var _ = e.LastResponse
var _ = e.Err
var _ = w.LastPaymentError
var _ = m.Err
`

func TestNilFieldOf(t *testing.T) {
	fset := token.NewFileSet()
	check := func(path, src string, imp types.Importer) (*types.Package, *ast.File, *types.Info) {
		f, err := parser.ParseFile(fset, path+".go", src, 0)
		if err != nil {
			t.Fatal(err)
		}
		info := &types.Info{Selections: make(map[*ast.SelectorExpr]*types.Selection)}
		pkg, err := (&types.Config{Importer: imp}).Check(path, fset, []*ast.File{f}, info)
		if err != nil {
			t.Fatal(err)
		}
		return pkg, f, info
	}
	sdk, _, _ := check("github.com/stripe/stripe-go/v72", fakeSDK, importer.Default())
	_, file, info := check("example.com/user", fakeUser, importerFunc(func(path string) (*types.Package, error) {
		return sdk, nil
	}))
	want := map[string]string{ // selection -> "name kind", "" when not nil-able
		"pi.LastPaymentError": "stripe.PaymentIntent.LastPaymentError 1",
		"pi.Customer":         "",
		"e.PaymentIntent":     "stripe.Error.PaymentIntent 2",
		"e.SetupIntent":       "stripe.Error.SetupIntent 2",
		"e.LastResponse":      "", // not an SDK struct pointer of Error itself
		"e.Err":               "", // an interface
		"w.LastPaymentError":  "stripe.PaymentIntent.LastPaymentError 1",
		"m.Err":               "", // the user's own type
	}
	seen := 0
	ast.Inspect(file, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		key := sel.X.(*ast.Ident).Name + "." + sel.Sel.Name
		w, ok := want[key]
		if !ok {
			return true
		}
		seen++
		got := ""
		if f, ok := NilFieldOf(info.Selections[sel]); ok {
			got = f.Name() + " " + string(rune('0'+f.Kind))
		}
		if got != w {
			t.Errorf("NilFieldOf(%s) = %q, want %q", key, got, w)
		}
		return true
	})
	if seen != len(want) {
		t.Errorf("checked %d selections, want %d", seen, len(want))
	}
}

type importerFunc func(string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
