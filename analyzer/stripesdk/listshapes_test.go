package stripesdk

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

// The list types of an SDK root package, with the real method sets (the
// bodies do not matter).
const listRootSrc = `package stripe

type ListMeta struct{ HasMore bool }

func (l *ListMeta) GetListMeta() *ListMeta { return l }

type ListContainer interface{ GetListMeta() *ListMeta }

type SearchMeta struct{ HasMore bool }

func (l *SearchMeta) GetSearchMeta() *SearchMeta { return l }

type SearchContainer interface{ GetSearchMeta() *SearchMeta }

type APIResponse struct{ RequestID string }

type Iter struct{ list ListContainer }

func (it *Iter) Current() interface{} { return nil }
func (it *Iter) Err() error           { return nil }
func (it *Iter) List() ListContainer  { return it.list }
func (it *Iter) Meta() *ListMeta      { return nil }
func (it *Iter) Next() bool           { return false }

type V1List[T any] struct{ data []T }

func (l *V1List[T]) Data() []T                   { return l.data }
func (l *V1List[T]) Err() error                  { return nil }
func (l *V1List[T]) Meta() ListMeta              { return ListMeta{} }
func (l *V1List[T]) LastResponse() *APIResponse  { return nil }
func (l *V1List[T]) All() func(func(T, error) bool) { return nil }

type Product struct{ ID string }

type ProductList struct {
	ListMeta
	Data []*Product
}

type NotAList struct{}

func (NotAList) Meta() *ListMeta { return nil }
`

const listResourceSrc = `package product

import stripe "%s"

type Iter struct{ *stripe.Iter }

func (i *Iter) Product() *stripe.Product         { return nil }
func (i *Iter) ProductList() *stripe.ProductList { return nil }
func (i *Iter) Count(n int) *stripe.ProductList  { return nil }
`

func TestListAccessor(t *testing.T) {
	for _, root := range []string{"github.com/stripe/stripe-go/v72", "example.com/stripe"} {
		sdk := root != "example.com/stripe"
		fset := token.NewFileSet()
		check := func(path, src string, imp types.Importer) *types.Package {
			f, err := parser.ParseFile(fset, path+".go", src, 0)
			if err != nil {
				t.Fatal(err)
			}
			pkg, err := (&types.Config{Importer: imp}).Check(path, fset, []*ast.File{f}, nil)
			if err != nil {
				t.Fatal(err)
			}
			return pkg
		}
		stripe := check(root, listRootSrc, importer.Default())
		product := check(root+"/product", fmt.Sprintf(listResourceSrc, root), importerFunc(func(path string) (*types.Package, error) {
			if path == root {
				return stripe, nil
			}
			return importer.Default().Import(path)
		}))
		method := func(pkg *types.Package, typ, name string) *types.Func {
			obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(pkg.Scope().Lookup(typ).Type()), false, pkg, name)
			fn, _ := obj.(*types.Func)
			if fn == nil {
				t.Fatalf("no method %s.%s", typ, name)
			}
			return fn
		}
		for _, tc := range []struct {
			pkg       *types.Package
			typ, name string
			want      bool
		}{
			{stripe, "Iter", "List", true},
			{stripe, "Iter", "Meta", true},
			{stripe, "Iter", "Next", false},
			{stripe, "Iter", "Err", false},
			{stripe, "Iter", "Current", false},
			{stripe, "V1List", "Data", true},
			{stripe, "V1List", "Meta", true},
			{stripe, "V1List", "LastResponse", true},
			{stripe, "V1List", "All", false},
			{stripe, "NotAList", "Meta", false}, // no Err: not a list
			{product, "Iter", "ProductList", true},
			{product, "Iter", "Meta", true}, // promoted from stripe.Iter
			{product, "Iter", "Product", false},
			{product, "Iter", "Count", false}, // takes an argument
		} {
			if got := ListAccessor(method(tc.pkg, tc.typ, tc.name)); got != (tc.want && sdk) {
				t.Errorf("%s: ListAccessor(%s.%s) = %v", root, tc.typ, tc.name, got)
			}
		}
	}
	if ListAccessor(nil) {
		t.Error("ListAccessor(nil) = true")
	}
}
