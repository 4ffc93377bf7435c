package flow

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

// parseFunc type-checks src (a file of package p) and returns the body of
// function name and the type info.
func parseFunc(t *testing.T, src, name string) (*types.Info, *ast.BlockStmt) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}, Types: map[ast.Expr]types.TypeAndValue{}}
	if _, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == name {
			return info, fd.Body
		}
	}
	t.Fatalf("no func %s", name)
	return nil, nil
}

// TestStoredValueRead checks, for the first assignment to err in each
// function (marked "// def"), whether the value it stores can be read.
func TestStoredValueRead(t *testing.T) {
	const src = `package p

import ("errors"; "log"; "os")

func f() error { return errors.New("x") }

func read() error {
	err := f() // def
	return err
}

func overwritten() error {
	err := f() // def
	err = f()
	return err
}

func oneBranch(b bool) {
	err := f() // def
	if b {
		log.Print(err)
	}
}

func blank() {
	err := f() // def
	_ = err
}

func deadAfterExit() {
	err := f() // def
	os.Exit(1)
	log.Print(err)
}

func loop(xs []int) error {
	var err error
	for range xs {
		err = f() // def
	}
	return err
}

func loopOverwrite(xs []int) {
	var err error
	for range xs {
		err = f() // def
		err = nil
	}
	log.Print(err)
}

func captured() func() error {
	err := f() // def
	return func() error { return err }
}

func addressed() {
	err := f() // def
	p := &err
	_ = p
}

func named() (err error) {
	err = f() // def
	return
}
`
	want := map[string]bool{
		"read": true, "overwritten": false, "oneBranch": true, "blank": false,
		"deadAfterExit": false, "loop": true, "loopOverwrite": false,
		"captured": true, "addressed": true, "named": true,
	}
	for name, read := range want {
		info, body := parseFunc(t, src, name)
		var def ast.Node
		var v *types.Var
		ast.Inspect(body, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || def != nil {
				return def == nil
			}
			id, ok := as.Lhs[0].(*ast.Ident)
			if !ok || id.Name != "err" {
				return true
			}
			def, v = as, info.ObjectOf(id).(*types.Var)
			return false
		})
		if def == nil {
			t.Fatalf("%s: no assignment to err", name)
		}
		if got := New(info, body).StoredValueRead(def, v); got != read {
			t.Errorf("%s: StoredValueRead = %v, want %v", name, got, read)
		}
	}
}
