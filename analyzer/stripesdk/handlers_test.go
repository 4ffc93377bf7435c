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

func TestWritesStatus(t *testing.T) {
	const src = `package p

import "net/http"

func Error() {}

var (
	_ = http.Error
	_ = http.ResponseWriter.WriteHeader
	_ = http.NotFound
	_ = Error
)
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Uses: make(map[*ast.Ident]types.Object)}
	if _, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"http.Error": true, "http.ResponseWriter.WriteHeader": true, "http.NotFound": false, "Error": false}
	for _, spec := range f.Decls[2].(*ast.GenDecl).Specs {
		e := spec.(*ast.ValueSpec).Values[0]
		var id *ast.Ident
		switch e := e.(type) {
		case *ast.SelectorExpr:
			id = e.Sel
		case *ast.Ident:
			id = e
		}
		fn, _ := info.Uses[id].(*types.Func)
		name := types.ExprString(e)
		if got := WritesStatus(fn); got != want[name] {
			t.Errorf("WritesStatus(%s) = %v, want %v", name, got, want[name])
		}
	}
}
