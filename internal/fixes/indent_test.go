package fixes

import (
	"go/parser"
	"go/token"
	"os"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestIndentLineDirective: Indent reads the line of the file that holds
// pos, not the line a //line directive names (found by FuzzSuite: with
// "//line :1000" at the top, it panicked on a line past the end of the
// file).
func TestIndentLineDirective(t *testing.T) {
	const src = "//line :1000\npackage p\n\nfunc f() {\n\t\tx := 1\n\t_ = x\n}\n"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	pass := &analysis.Pass{
		Fset: fset,
		ReadFile: func(name string) ([]byte, error) {
			if name != "p.go" {
				return nil, os.ErrNotExist
			}
			return []byte(src), nil
		},
	}
	for _, tc := range []struct {
		off  int
		want string
	}{
		{off: len("//line :1000\npackage p\n\nfunc f() {\n\t\t"), want: "\t\t"},
		{off: len("//line :1000\npackage p\n\nfunc f() {\n\t\tx := 1\n\t"), want: "\t"},
	} {
		pos := fset.File(f.FileStart).Pos(tc.off)
		if got := Indent(pass, pos); got != tc.want {
			t.Errorf("Indent at offset %d = %q, want %q", tc.off, got, tc.want)
		}
	}
}
