package stripesdk

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

func TestAPIKeySinks(t *testing.T) {
	fset := token.NewFileSet()
	check := func(path, src string) *types.Package {
		f, err := parser.ParseFile(fset, path+".go", src, 0)
		if err != nil {
			t.Fatal(err)
		}
		pkg, err := new(types.Config).Check(path, fset, []*ast.File{f}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return pkg
	}
	root := check("github.com/stripe/stripe-go/v85", `package stripe
var Key string
var Other string
type Params struct{ Key string }
type Client struct{}
func NewClient(key string, opts ...int) *Client { return nil }
func New(key string) {}
`)
	client := check("github.com/stripe/stripe-go/v72/client", `package client
type API struct{}
func (a *API) Init(key string, backends int) {}
func New(key string, backends int) *API { return nil }
func NewClient(key string) {}
`)
	other := check("example.com/stripe", `package stripe
var Key string
func NewClient(key string) {}
`)

	for _, tc := range []struct {
		pkg  *types.Package
		name string
		want bool
	}{
		{root, "Key", true},
		{root, "Other", false},
		{other, "Key", false},
	} {
		v := tc.pkg.Scope().Lookup(tc.name).(*types.Var)
		if got := IsAPIKeyVar(v); got != tc.want {
			t.Errorf("IsAPIKeyVar(%s.%s) = %v, want %v", tc.pkg.Path(), tc.name, got, tc.want)
		}
	}
	field := root.Scope().Lookup("Params").Type().Underlying().(*types.Struct).Field(0)
	if IsAPIKeyVar(field) {
		t.Errorf("IsAPIKeyVar(stripe.Params.Key) = true, want false (a field)")
	}

	api := client.Scope().Lookup("API").Type().(*types.Named)
	for _, tc := range []struct {
		fn   *types.Func
		want int
	}{
		{root.Scope().Lookup("NewClient").(*types.Func), 0},
		{root.Scope().Lookup("New").(*types.Func), -1},
		{client.Scope().Lookup("New").(*types.Func), 0},
		{client.Scope().Lookup("NewClient").(*types.Func), -1},
		{api.Method(0), 0},
		{other.Scope().Lookup("NewClient").(*types.Func), -1},
		{nil, -1},
	} {
		if got := APIKeyParam(tc.fn); got != tc.want {
			t.Errorf("APIKeyParam(%v) = %d, want %d", tc.fn, got, tc.want)
		}
	}
}
