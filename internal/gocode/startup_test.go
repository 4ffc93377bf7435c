package gocode

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

func TestRunsAtStartup(t *testing.T) {
	for _, tc := range []struct {
		pkg, file, src string
		want           map[string]bool
	}{
		{"main", "main.go", "package main\nfunc main() {}\nfunc init() {}\nfunc TestMain() {}\nfunc serve() {}\ntype T struct{}\nfunc (T) main() {}\n",
			map[string]bool{"main": true, "init": true, "TestMain": false, "serve": false}},
		{"lib", "lib.go", "package lib\nfunc main() {}\nfunc init() {}\n", map[string]bool{"main": false, "init": true}},
		{"lib", "lib_test.go", "package lib\nfunc TestMain() {}\n", map[string]bool{"TestMain": true}},
	} {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, tc.file, tc.src, 0)
		if err != nil {
			t.Fatal(err)
		}
		pkg := types.NewPackage(tc.pkg, tc.pkg)
		for _, d := range f.Decls {
			decl, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			want := tc.want[decl.Name.Name] && decl.Recv == nil
			if got := RunsAtStartup(fset, pkg, decl); got != want {
				t.Errorf("%s: RunsAtStartup(%s) = %v, want %v", tc.file, decl.Name.Name, got, want)
			}
		}
	}
}
