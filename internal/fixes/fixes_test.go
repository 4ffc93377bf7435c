package fixes

import (
	"go/ast"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"
)

const src = `package p

import (
	"bytes"
	str "strings"
)

type T struct{ A int }
type S string
type P *int

func f[X any](x X) (int, string, bool, *T, []int, map[string]int, T, [2]int, S, P, bytes.Buffer, str.Builder, X, error) {
	var v int
	v++
	switch v {
	case 1:
		v--
	}
	if v := 2; v > 0 {
	}
	return 0, "", false, nil, nil, nil, T{}, [2]int{}, "", nil, bytes.Buffer{}, str.Builder{}, x, nil
}

func g() (struct{ A int }, error) { return struct{ A int }{}, nil }

func h() int { return 0 }
`

func load(t *testing.T) (*token.FileSet, *ast.File, *types.Package, *types.Info) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}, Types: map[ast.Expr]types.TypeAndValue{}, Scopes: map[ast.Node]*types.Scope{}}
	conf := types.Config{Importer: importer.Default()}
	pkg, err := conf.Check("p", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	return fset, f, pkg, info
}

func signature(pkg *types.Package, name string) *types.Signature {
	return pkg.Scope().Lookup(name).(*types.Func).Signature()
}

func TestReturnError(t *testing.T) {
	_, f, pkg, _ := load(t)
	got, ok := ReturnError(pkg, f, signature(pkg, "f"), "err")
	want := `return 0, "", false, nil, nil, nil, T{}, [2]int{}, "", nil, bytes.Buffer{}, str.Builder{}, *new(X), err`
	if !ok || got != want {
		t.Errorf("ReturnError(f) = %q, %v\nwant %q", got, ok, want)
	}
	if _, ok := ReturnError(pkg, f, signature(pkg, "g"), "err"); ok {
		t.Error("ReturnError(g): an unnamed struct result has no short zero value; want false")
	}
	if _, ok := ReturnError(pkg, f, signature(pkg, "h"), "err"); ok {
		t.Error("ReturnError(h): h returns no error; want false")
	}
}

func TestZeroValueNeedsImport(t *testing.T) {
	_, f, pkg, _ := load(t)
	f.Imports = nil // as if the file imported nothing
	q := NewQualifier(pkg, f)
	buf := pkg.Scope().Lookup("f").(*types.Func).Signature().Results().At(10).Type() // bytes.Buffer
	if z, ok := ZeroValue(buf, q); ok {
		t.Errorf("ZeroValue(bytes.Buffer) = %q in a file that does not import bytes; want false", z)
	}
}

func TestAddImport(t *testing.T) {
	fset, f, _, info := load(t)
	name, edits, ok := AddImport(info, f, f.Decls[1].Pos(), "bytes", "bytes")
	if !ok || name != "bytes" || len(edits) != 0 {
		t.Errorf("AddImport(bytes) = %q, %v, %v; want bytes, no edit", name, edits, ok)
	}
	name, edits, ok = AddImport(info, f, f.Decls[1].Pos(), "strings", "strings")
	if !ok || name != "str" || len(edits) != 0 {
		t.Errorf("AddImport(strings) = %q, %v, %v; want the existing name str", name, edits, ok)
	}
	name, edits, ok = AddImport(info, f, f.Decls[1].Pos(), "os", "os")
	if !ok || name != "os" || len(edits) != 1 || !strings.Contains(string(edits[0].NewText), `"os"`) {
		t.Errorf("AddImport(os) = %q, %v, %v; want one edit adding \"os\"", name, edits, ok)
	}
	if got := fset.Position(edits[0].Pos).Line; got != 5 {
		t.Errorf("AddImport(os) inserts at line %d, want 5 (after the last import)", got)
	}
	// "T" is declared in the package: an import named T would clash.
	if _, _, ok := AddImport(info, f, f.Decls[1].Pos(), "example.com/T", "T"); ok {
		t.Error("AddImport(T): the name is taken; want false")
	}
}

// TestImportEdit: a new import lands in its group, in sorted order, and
// the file stays gofmt-clean.
func TestImportEdit(t *testing.T) {
	for _, tc := range []struct {
		name, src, path, want string
	}{
		{"std in std group, middle", "import (\n\t\"context\"\n\t\"os\"\n\n\t\"example.com/x\"\n)\n", "log",
			"import (\n\t\"context\"\n\t\"log\"\n\t\"os\"\n\n\t\"example.com/x\"\n)\n"},
		{"std in std group, last", "import (\n\t\"context\" // ctx\n\n\tstripe \"github.com/stripe/stripe-go/v85\"\n)\n", "log",
			"import (\n\t\"context\" // ctx\n\t\"log\"\n\n\tstripe \"github.com/stripe/stripe-go/v85\"\n)\n"},
		{"std, no std group", "import (\n\tstripe \"github.com/stripe/stripe-go/v85\"\n)\n", "errors",
			"import (\n\t\"errors\"\n\n\tstripe \"github.com/stripe/stripe-go/v85\"\n)\n"},
		{"non-std in last group", "import (\n\t\"log\"\n\n\t\"example.com/a\"\n\n\t\"example.com/mod/z\"\n)\n", "example.com/mod/b",
			"import (\n\t\"log\"\n\n\t\"example.com/a\"\n\n\t\"example.com/mod/b\"\n\t\"example.com/mod/z\"\n)\n"},
		{"non-std, no non-std group", "import (\n\t\"fmt\"\n\t\"log\"\n)\n", "github.com/stripe/stripe-go/v85",
			"import (\n\t\"fmt\"\n\t\"log\"\n\n\t\"github.com/stripe/stripe-go/v85\"\n)\n"},
		{"single import", "import \"fmt\"\n", "os", "import \"fmt\"\nimport \"os\"\n"},
		{"no import", "", "os", "\nimport \"os\"\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "package p\n\n" + tc.src
			want := "package p\n\n" + tc.want
			if tc.src == "" {
				src, want = "package p\n", "package p\n"+tc.want
			}
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
			if err != nil {
				t.Fatal(err)
			}
			e := importEdit(f, tc.path)
			off := fset.Position(e.Pos).Offset
			got := src[:off] + string(e.NewText) + src[fset.Position(e.End).Offset:]
			if got != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
			if formatted, err := format.Source([]byte(got)); err != nil || string(formatted) != got {
				t.Errorf("not gofmt-clean (%v):\n%s", err, formatted)
			}
		})
	}
}
