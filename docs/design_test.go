package docs_test

import (
	"go/ast"
	"go/parser"
	"go/types"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

const modulePath = "github.com/stripeerrlint/stripeerrlint"

// design reads design.md and returns its text and the spans it writes in
// backticks.
func design(t *testing.T) (string, []string) {
	t.Helper()
	data, err := os.ReadFile("design.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	var spans []string
	for _, m := range regexp.MustCompile("`([^`\n]+)`").FindAllStringSubmatch(text, -1) {
		spans = append(spans, m[1])
	}
	return text, spans
}

// loadModule lists every package of the module with its imports (no type
// checking: go list only).
func loadModule(t *testing.T) []*packages.Package {
	t.Helper()
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedImports, Dir: ".."}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("packages did not load")
	}
	return pkgs
}

// TestDesignPaths checks that every path design.md names in backticks
// exists in the repository (a placeholder such as <name> matches any
// name).
func TestDesignPaths(t *testing.T) {
	_, spans := design(t)
	isPath := regexp.MustCompile(`^(analyzer|rules|internal|cmd|plugin|docs|testdata|example|\.ci)(/[\w.<>-]*)*$`)
	placeholder := regexp.MustCompile(`<\w+>`)
	n := 0
	for _, span := range spans {
		if !isPath.MatchString(span) {
			continue
		}
		n++
		p := strings.TrimSuffix(strings.TrimSuffix(span, "..."), "/")
		pattern := filepath.Join("..", placeholder.ReplaceAllString(filepath.FromSlash(p), "*"))
		if matches, _ := filepath.Glob(pattern); len(matches) == 0 {
			t.Errorf("design.md names %s, which does not exist", span)
		}
	}
	if n < 10 {
		t.Errorf("found only %d paths in design.md: the test is broken", n)
	}
}

// TestDesignNames checks that every qualified Go name design.md writes in
// backticks exists: an expression such as `stripesdk.From`,
// `gocode.ScopeAt(info, file, pos)`, `stripesdk.Model.Sites` or
// `directive.Report(pass, d)` whose leftmost identifier is the name of a
// package of this module (or m, the usual name of a *stripesdk.Model) must
// resolve, selector by selector, in the type-checked package.
func TestDesignNames(t *testing.T) {
	_, spans := design(t)
	byName := make(map[string]string) // package name -> path
	for _, p := range loadModule(t) {
		if p.Name != "main" {
			byName[p.Name] = p.PkgPath
		}
	}
	aliases := map[string]string{"m": "stripesdk.Model"}

	type use struct {
		span string
		expr ast.Expr
	}
	var uses []use
	field := regexp.MustCompile(`^[A-Za-z_]\w*: (.+)$`)
	needed := make(map[string]bool)
	for _, span := range spans {
		src := span
		if m := field.FindStringSubmatch(span); m != nil {
			src = m[1] // a struct field: `Doc: ruledoc.Doc(name)`
		}
		e, err := parser.ParseExpr(src)
		if err != nil {
			continue
		}
		root := leftmost(e)
		if root == nil {
			continue
		}
		if alias, ok := aliases[root.Name]; ok {
			pkg, _, _ := strings.Cut(alias, ".")
			needed[byName[pkg]] = true
		} else if path, ok := byName[root.Name]; ok {
			needed[path] = true
		} else {
			continue
		}
		uses = append(uses, use{span, e})
	}
	if len(uses) < 10 {
		t.Fatalf("found only %d qualified names in design.md: the test is broken", len(uses))
	}

	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes, Dir: ".."}
	pkgs, err := packages.Load(cfg, slices.Sorted(maps.Keys(needed))...)
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("packages did not load")
	}
	scopes := make(map[string]*types.Package)
	for _, p := range pkgs {
		scopes[p.Name] = p.Types
	}
	r := &resolver{pkgs: scopes, aliases: aliases}
	for _, u := range uses {
		if _, err := r.resolve(u.expr); err != "" {
			t.Errorf("design.md names `%s`: %s", u.span, err)
		}
	}
}

// leftmost returns the identifier a selector chain starts from, or nil for
// an expression the test does not check.
func leftmost(e ast.Expr) *ast.Ident {
	switch e := e.(type) {
	case *ast.Ident:
		return nil // a bare name has no qualifier
	case *ast.SelectorExpr:
		if id, ok := e.X.(*ast.Ident); ok {
			return id
		}
		return leftmost(e.X)
	case *ast.CallExpr:
		return leftmost(e.Fun)
	case *ast.ParenExpr:
		return leftmost(e.X)
	case *ast.StarExpr:
		return leftmost(e.X)
	}
	return nil
}

// A resolver resolves the selector chains of design.md against the
// type-checked packages.
type resolver struct {
	pkgs    map[string]*types.Package // by name
	aliases map[string]string         // variable name -> pkg.Type it holds a pointer to
}

// resolved is what an expression denotes: a package, a type, or a value of
// a type.
type resolved struct {
	pkg    *types.Package
	typ    types.Type
	isType bool
}

func (r *resolver) resolve(e ast.Expr) (resolved, string) {
	switch e := e.(type) {
	case *ast.Ident:
		if alias, ok := r.aliases[e.Name]; ok {
			pkg, name, _ := strings.Cut(alias, ".")
			obj := r.pkgs[pkg].Scope().Lookup(name)
			if obj == nil {
				return resolved{}, strconv.Quote(alias) + " does not exist"
			}
			return resolved{typ: types.NewPointer(obj.Type())}, ""
		}
		if p, ok := r.pkgs[e.Name]; ok {
			return resolved{pkg: p}, ""
		}
		return resolved{}, "unknown name " + e.Name
	case *ast.ParenExpr:
		return r.resolve(e.X)
	case *ast.StarExpr:
		x, err := r.resolve(e.X)
		if err != "" || !x.isType {
			return x, err
		}
		return resolved{typ: types.NewPointer(x.typ), isType: true}, ""
	case *ast.CallExpr:
		x, err := r.resolve(e.Fun)
		if err != "" {
			return x, err
		}
		sig, ok := x.typ.(*types.Signature)
		if !ok || x.isType {
			return resolved{}, "calls something that is not a function"
		}
		if sig.Results().Len() == 0 {
			return resolved{}, ""
		}
		return resolved{typ: sig.Results().At(0).Type()}, ""
	case *ast.SelectorExpr:
		x, err := r.resolve(e.X)
		if err != "" {
			return x, err
		}
		name := e.Sel.Name
		if x.pkg != nil {
			obj := x.pkg.Scope().Lookup(name)
			if obj == nil || !obj.Exported() {
				return resolved{}, x.pkg.Name() + "." + name + " does not exist"
			}
			_, isType := obj.(*types.TypeName)
			return resolved{typ: obj.Type(), isType: isType}, ""
		}
		if x.typ == nil {
			return resolved{}, "" // the result of a call that returns nothing: not checked further
		}
		obj, _, _ := types.LookupFieldOrMethod(x.typ, true, nil, name)
		if obj == nil {
			return resolved{}, types.TypeString(x.typ, (*types.Package).Name) + " has no field or method " + name
		}
		return resolved{typ: obj.Type()}, ""
	}
	return resolved{}, "" // anything else (an index, a literal) is not checked
}

// TestDesignLayers checks the layer table of design.md against the
// imports: every package of the module is on exactly one layer (the most
// specific entry that names it), every entry names a package, and no
// package imports one on a higher layer (test files may: they are not
// what the drivers run).
func TestDesignLayers(t *testing.T) {
	text, _ := design(t)
	_, after, ok := strings.Cut(text, "\n## Layers\n")
	if !ok {
		t.Fatal("design.md has no ## Layers section")
	}
	type entry struct {
		pattern string // a package path, or a prefix ending in /...
		layer   int
	}
	var entries []entry
	row := regexp.MustCompile(`^\| (\d+) \| ([^|]+) \|`)
	quoted := regexp.MustCompile("`([^`]+)`")
	for _, line := range strings.Split(after, "\n") {
		if strings.HasPrefix(line, "#") {
			break
		}
		m := row.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		layer, _ := strconv.Atoi(m[1])
		for _, q := range quoted.FindAllStringSubmatch(m[2], -1) {
			entries = append(entries, entry{q[1], layer})
		}
	}
	if len(entries) < 8 {
		t.Fatalf("found %d entries in the layer table: the test is broken", len(entries))
	}

	used := make(map[string]bool)
	layerOf := func(path string) (int, bool) {
		rel := strings.TrimPrefix(strings.TrimPrefix(path, modulePath), "/")
		best, layer := "", 0
		for _, e := range entries {
			prefix, sub := strings.CutSuffix(e.pattern, "/...")
			if (rel == e.pattern || sub && (rel == prefix || strings.HasPrefix(rel, prefix+"/"))) && len(e.pattern) > len(best) {
				best, layer = e.pattern, e.layer
			}
		}
		if best != "" {
			used[best] = true
		}
		return layer, best != ""
	}

	pkgs := loadModule(t)
	for _, p := range pkgs {
		layer, ok := layerOf(p.PkgPath)
		if !ok {
			t.Errorf("package %s is on no layer of design.md's table: add it", p.PkgPath)
			continue
		}
		for imp := range p.Imports {
			if !strings.HasPrefix(imp, modulePath+"/") {
				continue
			}
			if l, ok := layerOf(imp); ok && l > layer {
				t.Errorf("%s (layer %d) imports %s (layer %d): no package imports upward", p.PkgPath, layer, imp, l)
			}
		}
	}
	for _, e := range entries {
		if !used[e.pattern] {
			t.Errorf("the layer table names %s, which matches no package", e.pattern)
		}
	}
}
