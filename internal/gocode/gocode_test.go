package gocode

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/ast/inspector"
)

const src = `package p

import "errors"

var global = 1

func f(p *int) (int, error) {
	v := 1
	v++
	switch v {
	case 1:
		v--
	}
	if w := 2; w > v {
		return (v), nil
	}
	g := func() error { return errors.New("x") }
	_ = g
	q := &v
	_ = q
	return *p, nil
}
`

func load(t *testing.T) (*token.FileSet, *ast.File, *types.Info, *inspector.Inspector) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Types:  make(map[ast.Expr]types.TypeAndValue),
		Defs:   make(map[*ast.Ident]types.Object),
		Uses:   make(map[*ast.Ident]types.Object),
		Scopes: make(map[ast.Node]*types.Scope),
	}
	conf := types.Config{Importer: importer.Default()}
	if _, err := conf.Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	return fset, f, info, inspector.New([]*ast.File{f})
}

func TestStmtList(t *testing.T) {
	_, _, _, in := load(t)
	var got []string
	for cur := range in.Root().Preorder((*ast.IncDecStmt)(nil), (*ast.AssignStmt)(nil)) {
		list, i, ok := StmtList(cur)
		got = append(got, fmt.Sprintf("%T %v %v %v", cur.Node(), ok, ok && list[i] == cur.Node(), InBlock(cur)))
	}
	// v := 1 and v++ in the body, v-- in a case clause, w := 2 in an
	// if's init, then g :=, _ = g, q :=, _ = q in the body.
	want := []string{
		"*ast.AssignStmt true true true",
		"*ast.IncDecStmt true true true",
		"*ast.IncDecStmt true true true",
		"*ast.AssignStmt false false false",
		"*ast.AssignStmt true true true",
		"*ast.AssignStmt true true true",
		"*ast.AssignStmt true true true",
		"*ast.AssignStmt true true true",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("StmtList:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestEnclosingAndScope(t *testing.T) {
	fset, f, info, in := load(t)
	var lit, ret inspector.Cursor
	haveRet := false
	for cur := range in.Root().Preorder((*ast.FuncLit)(nil), (*ast.ReturnStmt)(nil)) {
		switch cur.Node().(type) {
		case *ast.FuncLit:
			lit = cur
		case *ast.ReturnStmt:
			if !haveRet {
				ret, haveRet = cur, true // return (v), nil, inside the if
			}
		}
	}
	if EnclosingFile(ret) != f {
		t.Error("EnclosingFile: not the file")
	}
	sig, body, ok := EnclosingFunc(info, ret)
	if !ok || sig.Results().Len() != 2 || body != f.Decls[2].(*ast.FuncDecl).Body {
		t.Errorf("EnclosingFunc(return) = %v, %v", sig, ok)
	}
	inner, _ := lit.FirstChild() // the literal's type
	if sig, _, ok := EnclosingFunc(info, inner); !ok || sig.Results().Len() != 1 {
		t.Errorf("EnclosingFunc(in literal) = %v, %v, want func() error", sig, ok)
	}
	if outer, ok := OutermostFunc(inner); !ok || outer.Node() != f.Decls[2] {
		t.Error("OutermostFunc(in literal): not f")
	}
	if in, ok := InnermostFunc(inner); !ok || in.Node() != lit.Node() {
		t.Error("InnermostFunc(in literal): not the literal")
	}
	for cur := range in.Root().Preorder((*ast.ValueSpec)(nil)) {
		if _, ok := OutermostFunc(cur); ok {
			t.Error("OutermostFunc(var global) found a function")
		}
		if _, ok := InnermostFunc(cur); ok {
			t.Error("InnermostFunc(var global) found a function")
		}
		if _, _, ok := EnclosingFunc(info, cur); ok {
			t.Error("EnclosingFunc(var global) found a function")
		}
	}
	// w is in scope at the return inside the if, not at the file level.
	scope := ScopeAt(info, f, ret.Node().Pos())
	if _, obj := scope.LookupParent("w", ret.Node().Pos()); obj == nil {
		t.Error("ScopeAt(return): w not in scope")
	}
	if got := ScopeAt(info, f, f.Name.Pos()); got != info.Scopes[f] {
		t.Error("ScopeAt(package clause): not the file scope")
	}
	if InTestFile(fset, ret.Node().Pos()) {
		t.Error("InTestFile(p.go) = true")
	}
	// return (v), nil: the parent of v, skipping parentheses, is the return.
	found := false
	for cur := range ret.Preorder((*ast.Ident)(nil)) {
		if cur.Node().(*ast.Ident).Name == "v" {
			found = true
			if UnparenParent(cur).Node() != ret.Node() {
				t.Error("UnparenParent((v)): not the return statement")
			}
		}
	}
	if !found {
		t.Error("no v in the return statement")
	}
}

func TestExprs(t *testing.T) {
	_, f, info, _ := load(t)
	fn := f.Decls[2].(*ast.FuncDecl)
	ret := fn.Body.List[3].(*ast.IfStmt).Body.List[0].(*ast.ReturnStmt)
	if !IsNil(info, ret.Results[1]) || IsNil(info, ret.Results[0]) {
		t.Error("IsNil: wrong on return (v), nil")
	}
	v := info.Defs[fn.Body.List[0].(*ast.AssignStmt).Lhs[0].(*ast.Ident)].(*types.Var)
	if !Uses(info, ret, v) || Uses(info, fn.Body.List[4], v) {
		t.Error("Uses: wrong for v")
	}
	if !UsesAny(info, ret, map[*types.Var]bool{v: true}) || UsesAny(info, ret, nil) {
		t.Error("UsesAny: wrong for v")
	}
	addr := fn.Body.List[6].(*ast.AssignStmt).Rhs[0] // &v
	if id, ok := Unaddr(addr).(*ast.Ident); !ok || id.Name != "v" {
		t.Errorf("Unaddr(&v) = %T", Unaddr(addr))
	}
	if !Contains(fn, ret) || Contains(ret, fn) {
		t.Error("Contains: wrong")
	}
	p := fn.Type.Params.List[0].Names[0]
	pt := info.Defs[p].Type()
	if !IsPointer(pt) || IsPointer(Deref(pt)) || Deref(Deref(pt)) != Deref(pt) {
		t.Error("IsPointer/Deref: wrong for *int")
	}
	sig := info.Defs[fn.Name].(*types.Func).Signature()
	if !ReturnsError(sig) || ErrorResult(sig) != 1 || !IsError(sig.Results().At(1).Type()) || IsError(pt) {
		t.Error("ReturnsError/ErrorResult/IsError: wrong for (int, error)")
	}
}
