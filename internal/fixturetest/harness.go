package fixturetest

// The harness that runs an analyzer on fixtures and checks its // want
// comments, in place of analysistest.Run: the same expectations (the same
// comment syntax: "rx" for a diagnostic, name:"rx" for a fact, +N for a
// later line), with the standalone driver's loading instead of
// analysistest's. analysistest type-checks every dependency from source in
// every test process, the standard library and the Stripe SDK included,
// which made the rule tests the slowest part of the build (seconds of CPU
// per rule and module, repeated in every package). Here the fixture
// packages and every package of the fixture tree they import come from
// source (so facts flow between them, as in analysistest), and the
// standard library, the SDK of a module fixture and the web frameworks
// come from export data, which the go command compiles once and caches.

import (
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"text/scanner"

	"github.com/stripeerrlint/stripeerrlint/internal/exportdata"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// A fixtureTree says where fixture packages live and how to load them.
type fixtureTree struct {
	dir string   // the GOPATH (testdata) or the module root
	env []string // added to the environment of the go command
	// local reports whether a package belongs to the fixture tree, and
	// so is loaded from source.
	local func(p *packages.Package) bool
}

// gopathTree is the GOPATH-mode tree testdata/src.
func gopathTree(testdata string) fixtureTree {
	src := filepath.Join(testdata, "src") + string(filepath.Separator)
	return fixtureTree{
		dir:   testdata,
		env:   []string{"GOPATH=" + testdata, "GO111MODULE=off", "GOPROXY=off", "GOFLAGS=", "GOWORK=off"},
		local: func(p *packages.Package) bool { return len(p.GoFiles) > 0 && strings.HasPrefix(p.GoFiles[0], src) },
	}
}

// moduleTree is a module-mode fixture rooted at dir: its own packages are
// local; its requirements (the SDK, the frameworks) are not.
func moduleTree(dir string) fixtureTree {
	return fixtureTree{
		dir:   dir,
		env:   []string{"GO111MODULE=on", "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off"},
		local: func(p *packages.Package) bool { return p.Module != nil && p.Module.Main },
	}
}

// run loads patterns in tree, runs a on them and checks the // want
// comments of every package the patterns name. It returns the root
// actions, or nil after reporting a load or analysis error.
func (tree fixtureTree) run(t *testing.T, a *analysis.Analyzer, patterns ...string) []*checker.Action {
	t.Helper()
	pkgs, err := tree.load(patterns)
	if err != nil {
		t.Errorf("loading %s: %v", patterns, err)
		return nil
	}
	if !a.RunDespiteErrors {
		packages.Visit(pkgs, nil, func(p *packages.Package) {
			for _, err := range p.Errors {
				t.Log(err)
			}
		})
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, &checker.Options{SanityCheck: true})
	if err != nil {
		t.Errorf("Analyze: %v", err)
		return nil
	}
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Errorf("error analyzing %s: %v", act, act.Err)
			continue
		}
		checkWants(t, tree.dir, act)
	}
	return graph.Roots
}

// Load modes: the import graph alone (no types, no compilation), then
// syntax and types for the packages loaded from source, export data for
// the others (no NeedDeps: see internal/driver).
const (
	graphMode = packages.NeedName | packages.NeedFiles | packages.NeedImports | packages.NeedDeps | packages.NeedModule
	loadMode  = packages.LoadSyntax | packages.NeedModule | packages.NeedImports
)

// load returns the packages patterns name (test variants included, the
// generated test mains and the variants without tests of packages that
// have tests left out, as go vet does), loaded from source together with
// every package of the tree they import.
func (tree fixtureTree) load(patterns []string) ([]*packages.Package, error) {
	cfg := &packages.Config{Mode: graphMode, Dir: tree.dir, Tests: true, Env: append(os.Environ(), tree.env...)}
	graph, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	named := make(map[string]bool)
	for _, p := range graph {
		named[p.PkgPath] = true
	}
	all := append([]string(nil), patterns...)
	packages.Visit(graph, nil, func(p *packages.Package) {
		if tree.local(p) && !named[p.PkgPath] {
			named[p.PkgPath] = true
			all = append(all, p.PkgPath)
		}
	})
	roots := make(map[string]bool)
	for _, p := range graph {
		roots[p.PkgPath] = true
	}

	cfg.Mode = loadMode
	loaded, err := packages.Load(cfg, all...)
	if err != nil {
		return nil, err
	}
	var pkgs []*packages.Package
	ids := make(map[string]bool)
	for _, p := range loaded {
		if p.Name == "" {
			return nil, fmt.Errorf("failed to load %q: %v", p.PkgPath, p.Errors)
		}
		ids[p.ID] = true
	}
	for _, p := range loaded {
		testMain := p.Name == "main" && strings.HasSuffix(p.ID, ".test") && p.ID == p.PkgPath
		if roots[p.PkgPath] && !testMain && !ids[p.ID+" ["+p.PkgPath+".test]"] {
			pkgs = append(pkgs, p)
		}
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("no packages matched %s", patterns)
	}
	exportdata.Trim(pkgs) // as the standalone driver does: no syntax, no facts, the action graph stops there
	return pkgs, nil
}

// An expectation is one pattern of a // want comment.
type expectation struct {
	fact string // "" for a diagnostic; the object's name, or "package", for a fact
	rx   *regexp.Regexp
}

type lineKey struct {
	file string
	line int
}

// checkWants checks the diagnostics and facts of act against the // want
// comments of its files, with analysistest's rules: each diagnostic (or
// fact) consumes one expectation on its line whose pattern matches it, and
// an expectation left over is an error.
func checkWants(t *testing.T, dir string, act *checker.Action) {
	t.Helper()
	fset := act.Package.Fset
	name := func(filename string) string {
		rel, err := filepath.Rel(filepath.Join(dir, "src"), filename)
		if err != nil || strings.HasPrefix(rel, "..") {
			rel, err = filepath.Rel(dir, filename)
		}
		if err != nil {
			return filename
		}
		return filepath.ToSlash(rel)
	}
	want := make(map[lineKey][]expectation)
	for _, f := range act.Package.Syntax {
		for _, group := range f.Comments {
			for _, c := range group.List {
				text, ok := wantText(c.Text)
				if !ok {
					continue
				}
				posn := fset.Position(c.Pos())
				delta, exps, err := parseWant(text)
				if err != nil {
					t.Errorf("%s:%d: in 'want' comment: %v", name(posn.Filename), posn.Line, err)
					continue
				}
				k := lineKey{name(posn.Filename), posn.Line + delta}
				want[k] = append(want[k], exps...)
			}
		}
	}
	match := func(posn token.Position, fact, message string) {
		k := lineKey{name(posn.Filename), posn.Line}
		var tried []string
		for i, exp := range want[k] {
			if exp.fact != fact {
				continue
			}
			if exp.rx.MatchString(message) {
				want[k] = append(want[k][:i:i], want[k][i+1:]...)
				return
			}
			tried = append(tried, fmt.Sprintf("%#q", exp.rx))
		}
		kind := "diagnostic"
		if fact != "" {
			kind = "fact"
		}
		if tried == nil {
			t.Errorf("%s:%d:%d: unexpected %s: %s", k.file, posn.Line, posn.Column, kind, message)
		} else {
			t.Errorf("%s:%d:%d: %s %q does not match pattern %s", k.file, posn.Line, posn.Column, kind, message, strings.Join(tried, " or "))
		}
	}
	for _, d := range act.Diagnostics {
		match(fset.Position(d.Pos), "", d.Message)
	}
	for _, pf := range act.AllPackageFacts() {
		if pf.Package == act.Package.Types && len(act.Package.Syntax) > 0 {
			posn := fset.Position(act.Package.Syntax[0].Pos())
			posn.Line, posn.Column = 1, 1
			match(posn, "package", fmt.Sprint(pf))
		}
	}
	objFacts := act.AllObjectFacts()
	sort.Slice(objFacts, func(i, j int) bool { return objFacts[i].Object.Pos() < objFacts[j].Object.Pos() })
	for _, of := range objFacts {
		if of.Object.Pkg() == act.Package.Types {
			match(fset.Position(of.Object.Pos()), of.Object.Name(), fmt.Sprint(of.Fact))
		}
	}
	var surplus []string
	for k, exps := range want {
		for _, exp := range exps {
			kind := "diagnostic"
			if exp.fact != "" {
				kind = "fact"
			}
			surplus = append(surplus, fmt.Sprintf("%s:%d: no %s was reported matching %#q", k.file, k.line, kind, exp.rx))
		}
	}
	sort.Strings(surplus)
	for _, s := range surplus {
		t.Error(s)
	}
}

// wantText returns the text of a comment from "want" on, if it is a want
// comment: one whose text starts with "want", or that holds "// want"
// (a want comment on a comment).
func wantText(comment string) (string, bool) {
	text, ok := strings.CutPrefix(comment, "//")
	if !ok {
		text = strings.TrimSuffix(strings.TrimPrefix(comment, "/*"), "*/")
	}
	if i := strings.Index(text, "// want"); i >= 0 {
		text = text[i+len("// "):]
	}
	rest, ok := strings.CutPrefix(strings.TrimSpace(text), "want")
	return rest, ok
}

// parseWant parses the expectations after "want": quoted or raw string
// patterns of diagnostics, name:pattern of facts, and +N, which moves them
// N lines down.
func parseWant(text string) (delta int, exps []expectation, err error) {
	var scanErr string
	sc := new(scanner.Scanner).Init(strings.NewReader(text))
	sc.Error = func(_ *scanner.Scanner, msg string) { scanErr = msg }
	sc.Mode = scanner.ScanIdents | scanner.ScanStrings | scanner.ScanRawStrings | scanner.ScanInts
	pattern := func(tok rune) (*regexp.Regexp, error) {
		if tok != scanner.String && tok != scanner.RawString {
			return nil, fmt.Errorf("got %s, want regular expression", scanner.TokenString(tok))
		}
		s, err := strconv.Unquote(sc.TokenText())
		if err != nil {
			return nil, err
		}
		return regexp.Compile(s)
	}
	for {
		switch tok := sc.Scan(); tok {
		case '+':
			if sc.Scan() != scanner.Int {
				return 0, nil, fmt.Errorf("got +%s, want +N", sc.TokenText())
			}
			delta, _ = strconv.Atoi(sc.TokenText())
		case scanner.String, scanner.RawString:
			rx, err := pattern(tok)
			if err != nil {
				return 0, nil, err
			}
			exps = append(exps, expectation{rx: rx})
		case scanner.Ident:
			fact := sc.TokenText()
			if sc.Scan() != ':' {
				return 0, nil, fmt.Errorf("got %s after %s, want ':'", sc.TokenText(), fact)
			}
			rx, err := pattern(sc.Scan())
			if err != nil {
				return 0, nil, err
			}
			exps = append(exps, expectation{fact: fact, rx: rx})
		case scanner.EOF:
			if scanErr != "" {
				return 0, nil, fmt.Errorf("%s", scanErr)
			}
			return delta, exps, nil
		default:
			return 0, nil, fmt.Errorf("unexpected %s", scanner.TokenString(tok))
		}
	}
}
