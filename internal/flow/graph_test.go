package flow

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strconv"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// pkg is a type-checked one-file package with the graphs ctrlflow built
// for it (without facts from its dependencies, as under the standalone
// driver).
type pkg struct {
	fset   *token.FileSet
	file   *ast.File
	info   *types.Info
	in     *inspector.Inspector
	graphs *Graphs
}

func load(t *testing.T, src string) *pkg {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Types:      map[ast.Expr]types.TypeAndValue{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	tpkg, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	in := inspector.New([]*ast.File{f})
	pass := &analysis.Pass{
		Analyzer:          &analysis.Analyzer{Name: "test"},
		Fset:              fset,
		Files:             []*ast.File{f},
		Pkg:               tpkg,
		TypesInfo:         info,
		ResultOf:          map[*analysis.Analyzer]any{inspect.Analyzer: in},
		ImportObjectFact:  func(types.Object, analysis.Fact) bool { return false },
		ExportObjectFact:  func(types.Object, analysis.Fact) {},
		ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
	}
	cfgs, err := ctrlflow.Analyzer.Run(pass)
	if err != nil {
		t.Fatal(err)
	}
	pass.ResultOf[ctrlflow.Analyzer] = cfgs
	return &pkg{fset: fset, file: f, info: info, in: in, graphs: NewGraphs(pass)}
}

// decl returns the declaration of function name.
func (p *pkg) decl(t *testing.T, name string) *ast.FuncDecl {
	t.Helper()
	for _, d := range p.file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == name {
			return fd
		}
	}
	t.Fatalf("no func %s", name)
	return nil
}

// marks returns the statements mark("label") of n, by label.
func (p *pkg) marks(n ast.Node) map[string]ast.Stmt {
	m := make(map[string]ast.Stmt)
	ast.Inspect(n, func(n ast.Node) bool {
		if s, ok := n.(*ast.ExprStmt); ok {
			if call, ok := s.X.(*ast.CallExpr); ok && len(call.Args) == 1 {
				if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "mark" {
					label, _ := strconv.Unquote(call.Args[0].(*ast.BasicLit).Value)
					m[label] = s
				}
			}
		}
		return true
	})
	return m
}

// cursor returns the cursor of node n.
func (p *pkg) cursor(t *testing.T, n ast.Node) inspector.Cursor {
	t.Helper()
	cur, ok := p.in.Root().FindNode(n)
	if !ok {
		t.Fatalf("node %T not found", n)
	}
	return cur
}

const solveSrc = `package p

import ("log"; "os"; "testing")

func mark(string) {}
func die() { panic("die") }
func spin() { for {} }

func f(ok, other bool, xs []int, t *testing.T) {
	a := 1
	mark("entry")
	if ok {
		mark("then")
		a = 2
	}
	mark("join")
	if ok && other {
		mark("both")
	}
	if !ok {
		return
	}
	mark("ok")
	for a = range xs {
		mark("loop")
	}
	mark("after loop")
	if other {
		log.Fatal("x")
		mark("dead: log.Fatal")
	}
	if other {
		os.Exit(1)
		mark("dead: os.Exit")
	}
	if other {
		t.Fatal("x")
		mark("dead: t.Fatal")
	}
	if other {
		die()
		mark("dead: die")
	}
	if other {
		spin()
		mark("dead: spin")
	}
	mark("end")
	_ = a
}
`

// assigned is a Problem: "set:a" (Must and May) once a is assigned, with
// range kills; "ok" or "!ok" on the branches of conditions on ok (and
// other), taken apart by Cond.
func assigned(info *types.Info) Problem {
	return Problem{
		Transfer: func(n ast.Node, f *Facts) {
			if RangeKill(info, n, f) {
				return
			}
			if as, ok := n.(*ast.AssignStmt); ok {
				if id, ok := as.Lhs[0].(*ast.Ident); ok && id.Name == "a" {
					v := info.ObjectOf(id).(*types.Var)
					f.Kill(VarKey(v))
					f.Must["set:"+VarKey(v)] = true
					f.May["set:"+VarKey(v)] = true
				}
			}
		},
		Cond: Cond(func(e ast.Expr, value bool, f *Facts) {
			if id, ok := e.(*ast.Ident); ok {
				k := id.Name
				if !value {
					k = "!" + k
				}
				f.Must[k] = true
				f.May[k] = true
			}
		}),
	}
}

func TestSolve(t *testing.T) {
	p := load(t, solveSrc)
	decl := p.decl(t, "f")
	var a *types.Var
	for id, obj := range p.info.Defs {
		if id.Name == "a" {
			a = obj.(*types.Var)
		}
	}
	set := "set:" + VarKey(a)
	type want struct {
		reached       bool
		must, notMust []string
		may           []string
	}
	cases := map[string]want{
		"entry":      {reached: true, must: []string{set}},
		"then":       {reached: true, must: []string{set, "ok"}},
		"join":       {reached: true, must: []string{set}, notMust: []string{"ok", "!ok"}, may: []string{"ok", "!ok"}},
		"both":       {reached: true, must: []string{"ok", "other"}},
		"ok":         {reached: true, must: []string{"ok"}},
		"loop":       {reached: true, notMust: []string{set}}, // the range kills a
		"after loop": {reached: true, notMust: []string{set}},
		"end":        {reached: true},

		"dead: log.Fatal": {}, "dead: os.Exit": {}, "dead: t.Fatal": {}, "dead: die": {}, "dead: spin": {},
	}
	check := func(t *testing.T, sol *Solution) {
		marks := p.marks(decl)
		for label, w := range cases {
			f, ok := sol.Before(marks[label])
			if ok != w.reached {
				t.Errorf("%s: reached = %v, want %v", label, ok, w.reached)
				continue
			}
			for _, k := range w.must {
				if !f.Must[k] {
					t.Errorf("%s: Must lacks %s: %v", label, k, f.Must)
				}
			}
			for _, k := range w.notMust {
				if f.Must[k] {
					t.Errorf("%s: Must has %s", label, k)
				}
			}
			for _, k := range w.may {
				if !f.May[k] {
					t.Errorf("%s: May lacks %s: %v", label, k, f.May)
				}
			}
		}
		// Nodes visits the reachable nodes in order, with the facts of Before.
		var order []string
		sol.Nodes(func(n ast.Node, before *Facts) {
			for label, m := range marks {
				if m == n {
					order = append(order, label)
					if b, _ := sol.Before(n); !maps.Equal(b.Must, before.Must) {
						t.Errorf("Nodes: %s: facts %v, Before %v", label, before.Must, b.Must)
					}
				}
			}
		})
		if i, j := slices.Index(order, "entry"), slices.Index(order, "end"); i < 0 || j < 0 || i > j || slices.Contains(order, "dead: die") {
			t.Errorf("Nodes visited %v", order)
		}
	}
	t.Run("ctrlflow", func(t *testing.T) {
		g := p.graphs.Of(decl)
		check(t, g.Solve(nil, assigned(p.info)))
	})
	t.Run("without ctrlflow", func(t *testing.T) {
		pass := &analysis.Pass{TypesInfo: p.info, ResultOf: map[*analysis.Analyzer]any{}}
		gs := NewGraphs(pass)
		call := p.marks(decl)["dead: die"]
		g := gs.Of(decl)
		sol := g.Solve(nil, assigned(p.info))
		if _, ok := sol.Before(call); !ok {
			t.Errorf("without ctrlflow: dead: die not reached (die's body is not looked at)")
		}
		if _, ok := sol.Before(p.marks(decl)["dead: log.Fatal"]); ok {
			t.Errorf("without ctrlflow: reached past log.Fatal")
		}
		if gs.Of(decl) != g {
			t.Errorf("Of builds a graph twice")
		}
	})
	t.Run("Solve", func(t *testing.T) {
		// Without ctrlflow, only NoReturn's calls end a path.
		cases["dead: die"] = want{reached: true}
		cases["dead: spin"] = want{reached: true}
		defer func() { cases["dead: die"], cases["dead: spin"] = want{}, want{} }()
		sol := Solve(p.info, decl.Body, nil, assigned(p.info))
		marks := p.marks(decl)
		for _, label := range []string{"dead: die", "dead: spin"} {
			if _, ok := sol.Before(marks[label]); !ok {
				t.Errorf("Solve: %s not reached", label)
			}
		}
	})
	t.Run("entry", func(t *testing.T) {
		entry := NewFacts()
		entry.Must["seed"] = true
		sol := p.graphs.Of(decl).Solve(entry, assigned(p.info))
		if f, _ := sol.Before(p.marks(decl)["end"]); !f.Must["seed"] {
			t.Errorf("entry facts lost: %v", f.Must)
		}
	})
}

func TestSolverAt(t *testing.T) {
	p := load(t, solveSrc+`
var x = len("abc")

func g(ok bool) {
	fn := func() {
		if ok {
			mark("in literal")
		}
	}
	fn()
}
`)
	solved := 0
	s := p.graphs.Solver(func(g *Graph) Problem {
		solved++
		return assigned(p.info)
	})
	marks := p.marks(p.file)
	for _, label := range []string{"then", "join", "then"} {
		m := marks[label]
		// The literal "then": inside the mark call, inside the statement.
		lit := m.(*ast.ExprStmt).X.(*ast.CallExpr).Args[0]
		sol, node, ok := s.At(p.cursor(t, lit))
		if !ok || node != m {
			t.Fatalf("At(%s) = %v, %v", label, node, ok)
		}
		if _, ok := sol.Before(node); !ok {
			t.Errorf("At(%s): not reached", label)
		}
	}
	if solved != 1 {
		t.Errorf("solved f %d times, want 1", solved)
	}
	// In a function literal: the literal's graph.
	m := marks["in literal"]
	g, node, ok := p.graphs.At(p.cursor(t, m))
	if !ok || node != m || g.Body == p.decl(t, "g").Body {
		t.Errorf("At(in literal) = %v, %v, %v", g, node, ok)
	}
	if body, node2, ok := GraphNode(p.cursor(t, m)); !ok || body != g.Body || node2 != m {
		t.Errorf("GraphNode(in literal) = %v, %v", node2, ok)
	}
	// The condition of an if statement is a node of the graph.
	var cond ast.Expr
	ast.Inspect(p.decl(t, "g"), func(n ast.Node) bool {
		if is, ok := n.(*ast.IfStmt); ok {
			cond = is.Cond
		}
		return true
	})
	if _, node, ok := p.graphs.At(p.cursor(t, cond)); !ok || node != cond {
		t.Errorf("At(cond) = %v, %v", node, ok)
	}
	// Package level.
	var pkgLevel ast.Node
	for _, d := range p.file.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.VAR {
			pkgLevel = gd.Specs[0].(*ast.ValueSpec).Values[0]
		}
	}
	if _, _, ok := s.At(p.cursor(t, pkgLevel)); ok {
		t.Errorf("At(package level) reports true")
	}
	if _, _, ok := GraphNode(p.cursor(t, pkgLevel)); ok {
		t.Errorf("GraphNode(package level) reports true")
	}
}

func TestNoReturn(t *testing.T) {
	p := load(t, `package p

import ("log"; "os"; "runtime"; "testing"; "fmt")

func die() { panic("die") }

func f(t *testing.T, tb testing.TB, l *log.Logger) {
	panic("x")
	os.Exit(1)
	runtime.Goexit()
	log.Fatalf("x")
	log.Panicln("x")
	l.Fatal("x")
	t.Fatal("x")
	t.FailNow()
	t.SkipNow()
	tb.Skipf("x")
	_ = t.Skipped()
	t.Fail()
	fmt.Println()
	_ = os.Getenv("x")
	die()
}
`)
	want := map[string]bool{
		"panic": true, "os.Exit": true, "runtime.Goexit": true, "log.Fatalf": true, "log.Panicln": true,
		"l.Fatal": true, "t.Fatal": true, "t.FailNow": true, "t.SkipNow": true, "tb.Skipf": true,
		"t.Skipped": false, "t.Fail": false, "fmt.Println": false, "os.Getenv": false, "die": false,
	}
	var calls []*ast.CallExpr
	ast.Inspect(p.decl(t, "f"), func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			calls = append(calls, call)
		}
		return true
	})
	for _, call := range calls {
		name := types.ExprString(call.Fun)
		w, ok := want[name]
		if !ok {
			t.Fatalf("unexpected call %s", name)
		}
		if got := NoReturn(p.info, call); got != w {
			t.Errorf("NoReturn(%s) = %v, want %v", name, got, w)
		}
		// Graphs knows what ctrlflow infers too: die panics.
		if name == "die" {
			w = true
		}
		if got := p.graphs.NoReturn(call); got != w {
			t.Errorf("Graphs.NoReturn(%s) = %v, want %v", name, got, w)
		}
	}
}

func TestCondAndShortCircuit(t *testing.T) {
	// atom records "name=value" for an identifier, in Must and May.
	atom := func(e ast.Expr, value bool, f *Facts) {
		if id, ok := e.(*ast.Ident); ok {
			k := id.Name + "=" + strconv.FormatBool(value)
			f.Must[k], f.May[k] = true, true
		}
	}
	cond := Cond(atom)
	parse := func(s string) ast.Expr {
		e, err := parser.ParseExpr(s)
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	for _, c := range []struct {
		cond      string
		value     bool
		must, may []string
	}{
		{"a", true, []string{"a=true"}, []string{"a=true"}},
		{"(!a)", true, []string{"a=false"}, []string{"a=false"}},
		{"a && b", true, []string{"a=true", "b=true"}, []string{"a=true", "b=true"}},
		{"a && b", false, nil, []string{"a=false", "a=true", "b=false"}},
		{"a || b", false, []string{"a=false", "b=false"}, []string{"a=false", "b=false"}},
		{"a || b", true, nil, []string{"a=true", "a=false", "b=true"}},
		{"!(a || b)", true, []string{"a=false", "b=false"}, []string{"a=false", "b=false"}},
		{"a == b", true, nil, nil}, // not an identifier: atom ignores it
	} {
		f := NewFacts()
		cond(parse(c.cond), c.value, f)
		if got := slices.Sorted(maps.Keys(f.Must)); !slices.Equal(got, sorted(c.must)) {
			t.Errorf("Cond(%s, %v): Must = %v, want %v", c.cond, c.value, got, sorted(c.must))
		}
		if got := slices.Sorted(maps.Keys(f.May)); !slices.Equal(got, sorted(c.may)) {
			t.Errorf("Cond(%s, %v): May = %v, want %v", c.cond, c.value, got, sorted(c.may))
		}
	}

	// ShortCircuit: y is walked with what x tells, and its effects stay
	// out of f.
	for _, c := range []struct{ expr, seen string }{
		{"x && y", "x=true"},
		{"x || y", "x=false"},
	} {
		f := NewFacts()
		var visited []string
		walk := func(n ast.Node, g *Facts) {
			id := n.(*ast.Ident)
			visited = append(visited, id.Name)
			if id.Name == "y" && !g.Must[c.seen] {
				t.Errorf("ShortCircuit(%s): y walked without %s: %v", c.expr, c.seen, g.Must)
			}
			g.Must["walked:"+id.Name] = true
		}
		if !ShortCircuit(parse(c.expr), f, walk, cond) {
			t.Errorf("ShortCircuit(%s) = false", c.expr)
		}
		if !slices.Equal(visited, []string{"x", "y"}) {
			t.Errorf("ShortCircuit(%s) walked %v", c.expr, visited)
		}
		if !f.Must["walked:x"] || f.Must["walked:y"] || f.Must[c.seen] {
			t.Errorf("ShortCircuit(%s): f = %v", c.expr, f.Must)
		}
	}
	if ShortCircuit(parse("x + y"), NewFacts(), func(ast.Node, *Facts) { t.Error("walked x + y") }, cond) {
		t.Error("ShortCircuit(x + y) = true")
	}

	// Children: in source order, one level.
	var kids []string
	Children(parse("f(x, g(y))"), func(n ast.Node) { kids = append(kids, types.ExprString(n.(ast.Expr))) })
	if want := []string{"f", "x", "g(y)"}; !slices.Equal(kids, want) {
		t.Errorf("Children = %v, want %v", kids, want)
	}
}

func sorted(s []string) []string {
	if s == nil {
		return []string{}
	}
	return slices.Sorted(slices.Values(s))
}

func TestFacts(t *testing.T) {
	f := NewFacts()
	f.Must["a"], f.Must["b"] = true, true
	f.May["a"] = true
	g := f.Clone()
	g.Must["c"] = true
	delete(g.Must, "a")
	g.May["z"] = true
	if f.Must["c"] || !f.Must["a"] || f.May["z"] {
		t.Errorf("Clone shares maps: %v %v", f.Must, f.May)
	}
	f.Meet(g)
	if got := slices.Sorted(maps.Keys(f.Must)); !slices.Equal(got, []string{"b"}) {
		t.Errorf("Meet: Must = %v, want [b]", got)
	}
	if got := slices.Sorted(maps.Keys(f.May)); !slices.Equal(got, []string{"a", "z"}) {
		t.Errorf("Meet: May = %v, want [a z]", got)
	}
}

func TestPathKeyAndKill(t *testing.T) {
	p := load(t, `package p

type T struct{ f []int; g *T }

var global T

func h(x, y T, i, j int, p *T) {
	_ = x.f[0]
	_ = x.f[0]
	_ = x.f[i]
	_ = x.f[j]
	_ = y.f[0]
	_ = p.g.f
	_ = (*p).g.f
	_ = global.f
	_ = h
	_ = x.f[i+1]
	for k := range x.f {
		_ = k
	}
}
`)
	var exprs []ast.Expr
	var rangeKey *ast.Ident
	ast.Inspect(p.decl(t, "h").Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			exprs = append(exprs, n.Rhs[0])
		case *ast.RangeStmt:
			rangeKey = n.Key.(*ast.Ident)
		}
		return true
	})
	keys := make([]string, len(exprs))
	for i, e := range exprs {
		k, root, ok := PathKey(p.info, e)
		wantOK := i < 8 || i == 10 // not h, not x.f[i+1]
		if ok != wantOK {
			t.Fatalf("PathKey(%s): ok = %v, want %v", types.ExprString(e), ok, wantOK)
		}
		if ok && root == nil {
			t.Errorf("PathKey(%s): no root", types.ExprString(e))
		}
		keys[i] = k
	}
	same := [][2]int{{0, 1}, {5, 6}}
	differ := [][2]int{{0, 2}, {2, 3}, {0, 4}, {5, 7}}
	for _, s := range same {
		if keys[s[0]] != keys[s[1]] {
			t.Errorf("PathKey(%s) != PathKey(%s)", types.ExprString(exprs[s[0]]), types.ExprString(exprs[s[1]]))
		}
	}
	for _, d := range differ {
		if keys[d[0]] == keys[d[1]] {
			t.Errorf("PathKey(%s) == PathKey(%s)", types.ExprString(exprs[d[0]]), types.ExprString(exprs[d[1]]))
		}
	}

	// Kill forgets the facts that mention a variable: those about x, about
	// paths through x, and those indexed by i; not those about y.
	x := p.info.Uses[exprs[0].(*ast.IndexExpr).X.(*ast.SelectorExpr).X.(*ast.Ident)].(*types.Var)
	i := p.info.Uses[exprs[2].(*ast.IndexExpr).Index.(*ast.Ident)].(*types.Var)
	f := NewFacts()
	for _, k := range keys[:5] {
		f.Must["len:"+k], f.May["u:"+k] = true, true
	}
	f.Kill(VarKey(i))
	if f.Must["len:"+keys[2]] || f.May["u:"+keys[2]] || !f.Must["len:"+keys[3]] {
		t.Errorf("Kill(i) left %v", f.Must)
	}
	f.Kill(VarKey(x))
	if got := slices.Collect(maps.Keys(f.Must)); !slices.Equal(got, []string{"len:" + keys[4]}) {
		t.Errorf("Kill(x) left %v, want only y's", got)
	}

	// RangeKill: the range key's identifier on the graph.
	k := p.info.Defs[rangeKey].(*types.Var)
	f = NewFacts()
	f.Must["set:"+VarKey(k)], f.May["x"] = true, true
	if !RangeKill(p.info, rangeKey, f) || f.Must["set:"+VarKey(k)] || !f.May["x"] {
		t.Errorf("RangeKill(k): %v, %v", f.Must, f.May)
	}
	if RangeKill(p.info, exprs[0], f) {
		t.Errorf("RangeKill(x.f[0]) = true")
	}
}

func TestReach(t *testing.T) {
	p := load(t, `package p

import "errors"

func mark(string) {}
func call() (int, error) { return 0, errors.New("x") }

func guarded(ok bool) {
	if ok {
		mark("guard")
		mark("target")
	}
	mark("after")
}

func unguarded(ok bool) {
	if ok {
		mark("guard")
	}
	mark("target")
}

func nonNil() {
	n, err := call()
	if err != nil {
		mark("target")
		return
	}
	mark("ok")
	_ = n
}

func nilFirst() {
	_, err := call()
	if nil == err {
		return
	}
	mark("target")
}

func overwritten() {
	_, err := call()
	err = nil
	if err != nil {
		return
	}
	mark("target")
}

func dead() {
	mark("from")
	panic("x")
	mark("target")
}
`)
	is := func(m map[string]ast.Stmt, label string) func(ast.Node) bool {
		return func(n ast.Node) bool { return n == m[label] }
	}
	for name, want := range map[string]bool{"guarded": false, "unguarded": true} {
		m := p.marks(p.decl(t, name))
		r := p.graphs.Of(p.decl(t, name)).Reach()
		if _, got := r.UnguardedFromEntry(is(m, "guard"), is(m, "target")); got != want {
			t.Errorf("%s: UnguardedFromEntry = %v, want %v", name, got, want)
		}
		if got := NewReach(p.info, p.decl(t, name).Body).Reachable(m["guard"], is(m, "after")); name == "guarded" && !got {
			t.Errorf("%s: Reachable(guard, after) = false", name)
		}
	}
	m := p.marks(p.decl(t, "dead"))
	if p.graphs.Of(p.decl(t, "dead")).Reach().Reachable(m["from"], is(m, "target")) {
		t.Errorf("dead: Reachable past panic")
	}
	for name, want := range map[string]bool{"nonNil": true, "nilFirst": true, "overwritten": false} {
		d := p.decl(t, name)
		m := p.marks(d)
		def := d.Body.List[0].(*ast.AssignStmt)
		var errVar *types.Var
		for _, l := range def.Lhs {
			if id := l.(*ast.Ident); id.Name == "err" {
				errVar = p.info.Defs[id].(*types.Var)
			}
		}
		got, ok := p.graphs.Of(d).Reach().WhileNonNil(def, errVar, is(m, "target"))
		if ok != want || ok && got != m["target"] {
			t.Errorf("%s: WhileNonNil = %v, %v, want %v", name, got, ok, want)
		}
		if name == "nonNil" {
			if _, ok := p.graphs.Of(d).Reach().WhileNonNil(def, errVar, is(m, "ok")); ok {
				t.Errorf("nonNil: WhileNonNil reaches the err == nil branch")
			}
		}
	}
}

// TestSupplementSplits checks that a call NoReturn knows and ctrlflow does
// not (log.Fatal, with no facts about package log) ends paths on a
// ctrlflow graph just as on a graph go/cfg built knowing it.
func TestSupplementSplits(t *testing.T) {
	p := load(t, `package p

import ("errors"; "log")

func mark(string) {}

func f(ok bool) error {
	mark("before")
	err := errors.New("x")
	if ok {
		log.Fatal("x")
		mark("dead 1")
		err = nil
		mark("dead 2")
	}
	mark("after")
	return err
}
`)
	d := p.decl(t, "f")
	m := p.marks(d)
	var fatal, def, deadDef ast.Node
	ast.Inspect(d, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ExprStmt:
			if types.ExprString(n.X.(*ast.CallExpr).Fun) == "log.Fatal" {
				fatal = n
			}
		case *ast.AssignStmt:
			if def == nil {
				def = n
			} else {
				deadDef = n
			}
		}
		return true
	})
	errVar := p.info.Defs[def.(*ast.AssignStmt).Lhs[0].(*ast.Ident)].(*types.Var)
	is := func(label string) func(ast.Node) bool { return func(n ast.Node) bool { return n == m[label] } }
	for name, g := range map[string]*Graph{"ctrlflow": p.graphs.Of(d), "go/cfg": build(p.info, d.Body)} {
		r := g.Reach()
		for _, c := range []struct {
			from   ast.Node
			target string
			want   bool
		}{
			{m["before"], "after", true},
			{m["before"], "dead 1", false},
			{fatal, "dead 1", false},
			{fatal, "after", false},
			{m["dead 1"], "dead 2", true}, // dead code goes on, as in go/cfg
			{m["dead 1"], "after", true},
		} {
			if got := r.Reachable(c.from, is(c.target)); got != c.want {
				t.Errorf("%s: Reachable(%v, %s) = %v, want %v", name, c.from, c.target, got, c.want)
			}
		}
		if _, ok := r.UnguardedFromEntry(func(ast.Node) bool { return false }, is("dead 2")); ok {
			t.Errorf("%s: dead 2 reachable from entry", name)
		}
		// The dead "err = nil" does not hide the read of err's first value;
		// its own value is read by "return err", as go/cfg would say.
		fn := g.Func()
		if !fn.StoredValueRead(def, errVar) || !fn.StoredValueRead(deadDef, errVar) {
			t.Errorf("%s: StoredValueRead = %v, %v, want true, true", name, fn.StoredValueRead(def, errVar), fn.StoredValueRead(deadDef, errVar))
		}
	}
}
