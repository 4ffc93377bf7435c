// Package fixes builds the pieces of suggested fixes that several rules
// share: zero values of result types, the statement that returns an error
// from the enclosing function, the indentation of a statement, and new
// imports. Each builder reports false when it cannot produce code that
// compiles; the rule then offers no fix, as the fix-safety policy demands.
package fixes

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// ReturnError returns the statement "return <zero values>, errExpr" for a
// function of signature sig declared in file of pkg, or false when sig's
// last result is not error or a zero value cannot be written in file (a
// type from a package the file does not import, an unnamed struct).
func ReturnError(pkg *types.Package, file *ast.File, sig *types.Signature, errExpr string) (string, bool) {
	if !gocode.ReturnsError(sig) {
		return "", false
	}
	res := sig.Results()
	parts := make([]string, 0, res.Len())
	q := NewQualifier(pkg, file)
	for i := range res.Len() - 1 {
		z, ok := ZeroValue(res.At(i).Type(), q)
		if !ok {
			return "", false
		}
		parts = append(parts, z)
	}
	parts = append(parts, errExpr)
	return "return " + strings.Join(parts, ", "), true
}

// Qualifier writes package-qualified type names as file refers to them.
type Qualifier struct {
	pkg     *types.Package
	names   map[string]string // import path -> name in the file ("." for dot imports)
	missing bool              // a type named a package the file does not import
}

// NewQualifier returns a qualifier for file of package pkg.
func NewQualifier(pkg *types.Package, file *ast.File) *Qualifier {
	q := &Qualifier{pkg: pkg, names: make(map[string]string)}
	for _, spec := range file.Imports {
		path, err := strconv.Unquote(spec.Path.Value)
		if err != nil {
			continue
		}
		if spec.Name != nil {
			q.names[path] = spec.Name.Name
			continue
		}
		for _, imp := range pkg.Imports() {
			if imp.Path() == path {
				q.names[path] = imp.Name()
			}
		}
	}
	return q
}

// Qualify is a types.Qualifier.
func (q *Qualifier) Qualify(p *types.Package) string {
	if p == q.pkg {
		return ""
	}
	name, ok := q.names[p.Path()]
	switch {
	case !ok || name == "_":
		q.missing = true
		return p.Name()
	case name == ".":
		return ""
	}
	return name
}

// TypeString writes t as file refers to it, or false if it cannot.
func (q *Qualifier) TypeString(t types.Type) (string, bool) {
	q.missing = false
	s := types.TypeString(t, q.Qualify)
	return s, !q.missing
}

// ZeroValue returns an expression for the zero value of t, or false.
func ZeroValue(t types.Type, q *Qualifier) (string, bool) {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch {
		case u.Info()&types.IsBoolean != 0:
			return "false", true
		case u.Info()&types.IsNumeric != 0:
			return "0", true
		case u.Info()&types.IsString != 0:
			return `""`, true
		case u.Kind() == types.UnsafePointer:
			return "nil", true
		}
		return "", false
	case *types.Pointer, *types.Slice, *types.Map, *types.Chan, *types.Signature, *types.Interface:
		if _, isParam := types.Unalias(t).(*types.TypeParam); isParam {
			break
		}
		return "nil", true
	case *types.Struct, *types.Array:
		if _, named := types.Unalias(t).(*types.Named); !named {
			if _, isStruct := u.(*types.Struct); isStruct {
				return "", false // an unnamed struct type is too long to repeat
			}
		}
		s, ok := q.TypeString(t)
		return s + "{}", ok
	}
	if _, isParam := types.Unalias(t).(*types.TypeParam); isParam {
		s, ok := q.TypeString(t)
		return "*new(" + s + ")", ok
	}
	return "", false
}

// Indent returns the white space that starts the line of pos.
func Indent(pass *analysis.Pass, pos token.Pos) string {
	tf := pass.Fset.File(pos)
	if tf == nil {
		return ""
	}
	content, err := pass.ReadFile(tf.Name())
	if err != nil {
		return ""
	}
	start := tf.Offset(tf.LineStart(tf.PositionFor(pos, false).Line)) // the line in the file, not a //line directive's
	line := content[start:]
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	return string(line[:len(line)-len(bytes.TrimLeft(line, " \t"))])
}

// AddImport returns the name by which file refers to the package path,
// adding an import declaration when the file has none. It returns false
// when the name the package would get is taken at pos.
func AddImport(info *types.Info, file *ast.File, pos token.Pos, path, name string) (string, []analysis.TextEdit, bool) {
	for _, spec := range file.Imports {
		if p, _ := strconv.Unquote(spec.Path.Value); p == path {
			if spec.Name == nil {
				return name, nil, true
			}
			if spec.Name.Name == "_" || spec.Name.Name == "." {
				break
			}
			return spec.Name.Name, nil, true
		}
	}
	if scope := gocode.ScopeAt(info, file, pos); scope != nil {
		if _, obj := scope.LookupParent(name, pos); obj != nil {
			return "", nil, false
		}
	}
	return name, []analysis.TextEdit{importEdit(file, path)}, true
}

// importEdit returns the edit that imports path in file where goimports
// would put it: a standard package in the group of standard packages,
// another in the last group, each in sorted order (gofmt sorts the specs
// of a group, so any place between a smaller and a greater path is clean).
// Groups are told apart by kind, not by blank lines, which the syntax
// tree does not hold: the standard packages are the first run of specs of
// the first parenthesized import declaration, the others the run after
// its last standard package. A new kind of import starts a group of its
// own.
func importEdit(file *ast.File, path string) analysis.TextEdit {
	var decl *ast.GenDecl
	for _, d := range file.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT && gd.Lparen.IsValid() && len(gd.Specs) > 0 {
			decl = gd
			break
		}
	}
	if decl == nil {
		if len(file.Imports) == 0 {
			return analysis.TextEdit{Pos: file.Name.End(), End: file.Name.End(), NewText: fmt.Appendf(nil, "\n\nimport %q", path)}
		}
		// Only import "x" declarations: add another after the last.
		last := file.Imports[len(file.Imports)-1]
		return insertAfter(last, fmt.Sprintf("\nimport %q", path))
	}
	specs := make([]*ast.ImportSpec, len(decl.Specs))
	std := make([]bool, len(decl.Specs))
	for i, s := range decl.Specs {
		specs[i] = s.(*ast.ImportSpec)
		std[i] = isStd(importPath(specs[i]))
	}
	var run []*ast.ImportSpec // the group path joins
	if isStd(path) {
		n := 0
		for n < len(specs) && std[n] {
			n++
		}
		if n == 0 {
			return insertBefore(specs[0], fmt.Sprintf("%q\n\n\t", path))
		}
		run = specs[:n]
	} else {
		n := len(specs)
		for n > 0 && !std[n-1] {
			n--
		}
		if n == len(specs) {
			return insertAfter(specs[len(specs)-1], fmt.Sprintf("\n\n\t%q", path))
		}
		run = specs[n:]
	}
	for _, s := range run {
		if importPath(s) > path {
			return insertBefore(s, fmt.Sprintf("%q\n\t", path))
		}
	}
	return insertAfter(run[len(run)-1], fmt.Sprintf("\n\t%q", path))
}

// insertBefore inserts text before spec and its doc comment.
func insertBefore(spec *ast.ImportSpec, text string) analysis.TextEdit {
	pos := spec.Pos()
	if spec.Doc != nil {
		pos = spec.Doc.Pos()
	}
	return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(text)}
}

// insertAfter inserts text after spec and its line comment.
func insertAfter(spec *ast.ImportSpec, text string) analysis.TextEdit {
	pos := spec.End()
	if spec.Comment != nil {
		pos = spec.Comment.End()
	}
	return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(text)}
}

func importPath(spec *ast.ImportSpec) string {
	p, _ := strconv.Unquote(spec.Path.Value)
	return p
}

// isStd reports whether path is that of a standard package, as goimports
// tells: no dot in its first element.
func isStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// LineEnd returns the end of the line of pos when only white space and a
// comment follow pos on that line, so that text inserted there goes after
// the statement's trailing comment; otherwise pos.
func LineEnd(pass *analysis.Pass, pos token.Pos) token.Pos {
	tf := pass.Fset.File(pos)
	if tf == nil {
		return pos
	}
	content, err := pass.ReadFile(tf.Name())
	if err != nil {
		return pos
	}
	rest := content[tf.Offset(pos):]
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	trimmed := bytes.TrimSpace(rest)
	if len(trimmed) == 0 || (bytes.HasPrefix(trimmed, []byte("//")) && !bytes.Contains(trimmed, []byte("*/"))) {
		return pos + token.Pos(len(rest))
	}
	return pos
}

// PkgName returns the name by which code at pos refers to the package
// path, when an import of the file declares it and nothing shadows it;
// scope is the innermost scope at pos.
func PkgName(scope *types.Scope, pos token.Pos, path string) (string, bool) {
	for s := scope; s != nil; s = s.Parent() {
		for _, name := range s.Names() {
			pn, ok := s.Lookup(name).(*types.PkgName)
			if !ok || pn.Imported().Path() != path {
				continue
			}
			if _, obj := scope.LookupParent(name, pos); obj == pn {
				return name, true
			}
		}
	}
	return "", false
}
