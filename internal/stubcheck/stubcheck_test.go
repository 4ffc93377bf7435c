// Package stubcheck checks the stubs of the Stripe Go SDK that the
// analysistest fixtures import (testdata/src/github.com/stripe/stripe-go/vNN/...):
// that they type-check the way analysistest loads them (GOPATH mode), that
// every file says what it is, and that every declaration in them is the real
// SDK's declaration, compared with the real SDK (stripe-go v72.122.0 and
// v85.0.0) loaded through the module in testdata/modules/stubcheck.
//
// Stubs hold a subset of the SDK: a struct may have fewer fields than the
// real one, a package fewer declarations, but whatever a stub declares must
// be exactly what the SDK declares (names, types, signatures, receivers,
// type parameters, embedded fields, struct tags, constant values), so that a
// rule that passes its fixtures behaves the same on real code.
package stubcheck

import (
	"fmt"
	"go/types"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/packages"
)

// sdkPattern matches every stub package, including ones added later.
const sdkPattern = "github.com/stripe/stripe-go/..."

// sdkModule matches the import path of the root of a stripe-go major, and
// captures it.
var sdkModule = regexp.MustCompile(`^github\.com/stripe/stripe-go/v[0-9]+`)

// testdata returns the absolute path of the repository's testdata directory.
func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

var stubs struct {
	once sync.Once
	pkgs []*packages.Package
	err  error
}

// loadStubs loads every stub package from source the way analysistest does:
// GOPATH mode, with testdata as GOPATH. It fails the test on any error in
// loading, parsing or type-checking a stub.
func loadStubs(t *testing.T) []*packages.Package {
	t.Helper()
	gopath := testdata(t)
	stubs.once.Do(func() {
		cfg := &packages.Config{
			Mode: packages.NeedName | packages.NeedFiles | packages.NeedSyntax |
				packages.NeedTypes | packages.NeedTypesInfo | packages.NeedImports,
			Dir: gopath,
			Env: append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOFLAGS=", "GOWORK=off"),
		}
		stubs.pkgs, stubs.err = packages.Load(cfg, sdkPattern)
	})
	if stubs.err != nil {
		t.Fatalf("loading the stubs: %v", stubs.err)
	}
	if len(stubs.pkgs) == 0 {
		t.Fatalf("no stub packages match %s under %s/src", sdkPattern, gopath)
	}
	return stubs.pkgs
}

// TestStubsTypeCheck loads every stub package as analysistest would and
// fails on any error, so that a broken stub is reported here rather than as
// a puzzling failure of some rule's fixture.
func TestStubsTypeCheck(t *testing.T) {
	pkgs := loadStubs(t)
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, err := range p.Errors {
			t.Errorf("%s: %v", p.PkgPath, err)
		}
	})
	var roots []string
	for _, p := range pkgs {
		if sdkModule.FindString(p.PkgPath) == p.PkgPath {
			roots = append(roots, p.PkgPath)
		}
	}
	for _, want := range []string{"github.com/stripe/stripe-go/v72", "github.com/stripe/stripe-go/v85"} {
		if !slices.Contains(roots, want) {
			t.Errorf("no stub of %s (found roots %v)", want, roots)
		}
	}
}

// TestStubHeaders checks that every stub file opens with the header that
// says what it is, naming the package it stubs.
func TestStubHeaders(t *testing.T) {
	for _, p := range loadStubs(t) {
		want := fmt.Sprintf("// Package %s is a stub of %s for analysistest fixtures: only what the fixtures use, with the real declarations.", p.Name, p.PkgPath)
		for i, f := range p.Syntax {
			if f.Doc == nil || !strings.HasPrefix(f.Doc.List[0].Text, want) {
				t.Errorf("%s: the file does not start with the stub header\n\t%s", p.CompiledGoFiles[i], want)
			}
		}
	}
}

// TestStubsMatchRealSDK compares every declaration of the stubs with the
// same declaration in the real SDK: constants (type and value), variables
// (type), functions (signature, type parameters included), types (type
// parameters, alias or not, and the underlying type: for a struct, each
// field the stub declares, with its type, tag and embedding; otherwise the
// whole type, which for an interface means the whole method set), and each
// method the stub declares (receiver and signature). Unexported
// declarations are compared too: a stub declares nothing the SDK does not.
func TestStubsMatchRealSDK(t *testing.T) {
	stubPkgs := loadStubs(t)
	var paths []string
	for _, p := range stubPkgs {
		paths = append(paths, p.PkgPath)
	}
	cfg := &packages.Config{
		// From source, not export data, which leaves out unexported
		// declarations.
		Mode: packages.NeedName | packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedImports,
		Dir:  filepath.Join(testdata(t), "modules", "stubcheck"),
		Env:  append(os.Environ(), "GO111MODULE=on", "GOFLAGS=", "GOWORK=off"),
	}
	realPkgs, err := packages.Load(cfg, paths...)
	if err != nil {
		t.Fatalf("loading the real SDK: %v", err)
	}
	sdk := make(map[string]*packages.Package)
	for _, p := range realPkgs {
		for _, err := range p.Errors {
			t.Errorf("real SDK: %s: %v", p.PkgPath, err)
		}
		sdk[p.PkgPath] = p
	}

	total := 0
	for _, stub := range stubPkgs {
		r := sdk[stub.PkgPath]
		if r == nil || r.Types == nil {
			t.Errorf("%s: no such package in the real SDK", stub.PkgPath)
			continue
		}
		c := &comparer{t: t, pkg: stub.PkgPath, root: sdkModule.FindString(stub.PkgPath)}
		c.comparePackage(stub.Types, r.Types)
		if c.n == 0 {
			t.Errorf("%s: no declarations compared", stub.PkgPath)
		}
		t.Logf("%s: %d declarations", stub.PkgPath, c.n)
		total += c.n
	}
	t.Logf("compared %d declarations of %d stub packages with the real SDK", total, len(stubPkgs))
}

// A comparer compares one stub package with the real one and counts the
// declarations it compared.
type comparer struct {
	t    *testing.T
	pkg  string // import path of the package compared
	root string // import path of the root of its SDK major
	n    int
}

// qualify prints a package by its path relative to the SDK module root:
// nothing for the root package stripe, "form" for .../vNN/form, and the full
// path for a package of any other module (the standard library, or another
// major of the SDK, which a stub must never mix up).
func (c *comparer) qualify(p *types.Package) string {
	if p.Path() == c.root {
		return ""
	}
	if rel, ok := strings.CutPrefix(p.Path(), c.root+"/"); ok {
		return rel
	}
	return p.Path()
}

func (c *comparer) str(t types.Type) string { return types.TypeString(t, c.qualify) }

// errorf reports a difference in the declaration name ("" for the package
// itself).
func (c *comparer) errorf(name, format string, args ...any) {
	c.t.Helper()
	where := c.pkg
	if name != "" {
		where += "." + name
	}
	c.t.Errorf("%s: %s", where, fmt.Sprintf(format, args...))
}

func (c *comparer) comparePackage(stub, sdk *types.Package) {
	if stub.Name() != sdk.Name() {
		c.errorf("", "package name %s, real %s", stub.Name(), sdk.Name())
	}
	for _, name := range stub.Scope().Names() {
		s := stub.Scope().Lookup(name)
		r := sdk.Scope().Lookup(name)
		if r == nil {
			c.errorf(name, "not declared in the real SDK")
			continue
		}
		c.n++
		switch s := s.(type) {
		case *types.Const:
			r, ok := r.(*types.Const)
			if !ok {
				c.errorf(name, "a constant in the stub, %s in the real SDK", objKind(r))
				continue
			}
			c.same(name, "type", c.str(s.Type()), c.str(r.Type()))
			c.same(name, "value", s.Val().ExactString(), r.Val().ExactString())
		case *types.Var:
			r, ok := r.(*types.Var)
			if !ok {
				c.errorf(name, "a variable in the stub, %s in the real SDK", objKind(r))
				continue
			}
			c.same(name, "type", c.str(s.Type()), c.str(r.Type()))
		case *types.Func:
			r, ok := r.(*types.Func)
			if !ok {
				c.errorf(name, "a function in the stub, %s in the real SDK", objKind(r))
				continue
			}
			c.same(name, "signature", c.str(s.Signature()), c.str(r.Signature()))
		case *types.TypeName:
			r, ok := r.(*types.TypeName)
			if !ok {
				c.errorf(name, "a type in the stub, %s in the real SDK", objKind(r))
				continue
			}
			c.compareType(name, s, r)
		default:
			c.errorf(name, "unexpected declaration %T", s)
		}
	}
}

func (c *comparer) compareType(name string, s, r *types.TypeName) {
	if s.IsAlias() != r.IsAlias() {
		c.errorf(name, "alias %t in the stub, %t in the real SDK", s.IsAlias(), r.IsAlias())
		return
	}
	if s.IsAlias() {
		c.same(name, "aliased type", c.str(s.Type()), c.str(r.Type()))
		return
	}
	sn, ok1 := s.Type().(*types.Named)
	rn, ok2 := r.Type().(*types.Named)
	if !ok1 || !ok2 {
		c.errorf(name, "not a named type")
		return
	}
	c.same(name, "type parameters", c.typeParams(sn.TypeParams()), c.typeParams(rn.TypeParams()))

	if ss, ok := sn.Underlying().(*types.Struct); ok {
		rs, ok := rn.Underlying().(*types.Struct)
		if !ok {
			c.errorf(name, "a struct in the stub, %s in the real SDK", c.str(rn.Underlying()))
		} else {
			c.compareFields(name, ss, rs)
		}
	} else {
		// Interfaces included: a stub interface must have the real
		// method set, or types would implement one and not the other.
		c.same(name, "underlying type", c.str(sn.Underlying()), c.str(rn.Underlying()))
	}

	for sm := range sn.Methods() {
		mname := name + "." + sm.Name()
		var rm *types.Func
		for m := range rn.Methods() {
			if m.Name() == sm.Name() {
				rm = m
				break
			}
		}
		if rm == nil {
			c.errorf(mname, "no such method in the real SDK")
			continue
		}
		c.n++
		c.same(mname, "receiver", c.str(sm.Signature().Recv().Type()), c.str(rm.Signature().Recv().Type()))
		c.same(mname, "signature", c.str(sm.Signature()), c.str(rm.Signature()))
	}
}

// compareFields checks that every field of the stub struct s is a field of
// the real struct r with the same type, tag and embedding.
func (c *comparer) compareFields(name string, s, r *types.Struct) {
	realFields := make(map[string]int)
	for i := range r.NumFields() {
		realFields[r.Field(i).Name()] = i
	}
	for i := range s.NumFields() {
		sf := s.Field(i)
		fname := name + "." + sf.Name()
		j, ok := realFields[sf.Name()]
		if !ok {
			c.errorf(fname, "no such field in the real SDK")
			continue
		}
		c.n++
		rf := r.Field(j)
		c.same(fname, "type", c.str(sf.Type()), c.str(rf.Type()))
		c.same(fname, "embedded", fmt.Sprint(sf.Embedded()), fmt.Sprint(rf.Embedded()))
		c.same(fname, "tag", s.Tag(i), r.Tag(j))
	}
}

func (c *comparer) typeParams(list *types.TypeParamList) string {
	var b strings.Builder
	for tp := range list.TypeParams() {
		fmt.Fprintf(&b, "%s %s;", tp.Obj().Name(), c.str(tp.Constraint()))
	}
	return b.String()
}

func (c *comparer) same(name, what, inStub, inSDK string) {
	c.t.Helper()
	if inStub != inSDK {
		c.errorf(name, "%s differs from the real SDK\n\tstub: %s\n\treal: %s", what, inStub, inSDK)
	}
}

func objKind(obj types.Object) string {
	switch obj.(type) {
	case *types.Const:
		return "a constant"
	case *types.Var:
		return "a variable"
	case *types.Func:
		return "a function"
	case *types.TypeName:
		return "a type"
	}
	return fmt.Sprintf("%T", obj)
}
