package stripesdk

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

func TestIsNetHTTPHandler(t *testing.T) {
	const src = `package p

import "net/http"

type myWriter interface{ http.ResponseWriter }

func handler(w http.ResponseWriter, r *http.Request) {}
func valueRequest(w http.ResponseWriter, r http.Request) {}
func pointerWriter(w *http.ResponseWriter, r *http.Request) {}
func returnsError(w http.ResponseWriter, r *http.Request) error { return nil }
func otherWriter(w myWriter, r *http.Request) {}
func oneParam(r *http.Request) {}
`
	want := map[string]bool{
		"handler": true, "valueRequest": false, "pointerWriter": false,
		"returnsError": false, "otherWriter": false, "oneParam": false,
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for name, w := range want {
		sig := pkg.Scope().Lookup(name).(*types.Func).Signature()
		if got := IsNetHTTPHandler(sig); got != w {
			t.Errorf("IsNetHTTPHandler(%s) = %v, want %v", name, got, w)
		}
	}
}
