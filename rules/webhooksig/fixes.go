package webhooksig

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/fixes"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// Every fix makes the handler reject requests it used to accept: each is
// labelled a behavior change. Fixes are offered only in net/http handlers
// whose parameters are named, where the 400 answer can be written as
// w.WriteHeader(http.StatusBadRequest).

const behaviorChange = " (behavior change)"

// answer returns the statements that answer 400 and return (only the
// return when the code already wrote a response), for code at pos in the
// handler, the second line indented by indent; false when they cannot be
// written there.
func (c *checker) answer(h *handler, pos token.Pos, wrote bool, indent string) (string, bool) {
	if !h.serves || h.shape.ReturnsError {
		return "", false // a helper, or a handler whose return needs its error
	}
	if wrote {
		return "return", true
	}
	if h.w == nil || h.w.Name() == "" || h.w.Name() == "_" {
		return "", false
	}
	scope := c.scopeAt(h, pos)
	if scope == nil {
		return "", false
	}
	if _, obj := scope.LookupParent(h.w.Name(), pos); obj != h.w {
		return "", false
	}
	httpName, ok := fixes.PkgName(scope, pos, "net/http")
	if !ok {
		return "", false
	}
	return h.w.Name() + ".WriteHeader(" + httpName + ".StatusBadRequest)\n" + indent + "return", true
}

// scopeAt returns the innermost scope at pos in the handler's file.
func (c *checker) scopeAt(h *handler, pos token.Pos) *types.Scope {
	return gocode.ScopeAt(c.pass.TypesInfo, gocode.EnclosingFile(h.cur), pos)
}

// check returns "if name != nil {\n\t<answer>\n}" indented for the
// statement at pos.
func (c *checker) check(h *handler, pos token.Pos, name string) (string, bool) {
	indent := fixes.Indent(c.pass, pos)
	ans, ok := c.answer(h, pos, false, indent+"\t")
	if !ok {
		return "", false
	}
	return fmt.Sprintf("if %s != nil {\n%s\t%s\n%s}", name, indent, ans, indent), true
}

// fixDiscarded turns "verify(...)" into
// "if err := verify(...); err != nil { w.WriteHeader(http.StatusBadRequest); return }".
func (c *checker) fixDiscarded(h *handler, stmt inspector.Cursor) *analysis.SuggestedFix {
	if !gocode.InBlock(stmt) {
		return nil
	}
	s := stmt.Node()
	check, ok := c.check(h, s.Pos(), "err")
	if !ok {
		return nil
	}
	return &analysis.SuggestedFix{
		Message: "Answer 400 and return when verification fails" + behaviorChange,
		TextEdits: []analysis.TextEdit{
			{Pos: s.Pos(), End: s.Pos(), NewText: []byte("if err := ")},
			{Pos: s.End(), End: s.End(), NewText: []byte("; err" + check[len("if err"):])},
		},
	}
}

// fixBlank binds the error an assignment gives to _ and checks it.
func (c *checker) fixBlank(h *handler, stmt inspector.Cursor, as *ast.AssignStmt, blank *ast.Ident) *analysis.SuggestedFix {
	if !gocode.InBlock(stmt) {
		return nil
	}
	scope := c.scopeAt(h, as.Pos())
	if scope == nil {
		return nil
	}
	edits := []analysis.TextEdit{{Pos: blank.Pos(), End: blank.End(), NewText: []byte("err")}}
	_, existing := scope.LookupParent("err", as.Pos())
	switch as.Tok {
	case token.DEFINE:
		if local := scope.Lookup("err"); local != nil && !gocode.IsError(local.Type()) {
			return nil
		}
	case token.ASSIGN:
		if existing == nil || !gocode.IsError(existing.Type()) {
			return nil
		}
	default:
		return nil
	}
	check, ok := c.check(h, as.Pos(), "err")
	if !ok {
		return nil
	}
	indent := fixes.Indent(c.pass, as.Pos())
	end := fixes.LineEnd(c.pass, as.End())
	edits = append(edits, analysis.TextEdit{Pos: end, End: end, NewText: []byte("\n" + indent + check)})
	return &analysis.SuggestedFix{Message: "Bind the error and answer 400 when verification fails" + behaviorChange, TextEdits: edits}
}

// fixUnread checks the error right after the assignment that stores it.
func (c *checker) fixUnread(h *handler, stmt inspector.Cursor, as *ast.AssignStmt, name string) *analysis.SuggestedFix {
	if !gocode.InBlock(stmt) {
		return nil
	}
	check, ok := c.check(h, as.Pos(), name)
	if !ok {
		return nil
	}
	indent := fixes.Indent(c.pass, as.Pos())
	end := fixes.LineEnd(c.pass, as.End())
	return &analysis.SuggestedFix{
		Message:   "Answer 400 and return when verification fails" + behaviorChange,
		TextEdits: []analysis.TextEdit{{Pos: end, End: end, NewText: []byte("\n" + indent + check)}},
	}
}

// fixUnenforced ends the branch "if err != nil { ... }" that follows the
// verification (or whose init it is) with the 400 answer and a return, when
// the branch does not return and the use lies after it.
func (c *checker) fixUnenforced(h *handler, def *ast.AssignStmt, errVar *types.Var, use ast.Node) *analysis.SuggestedFix {
	var branch *ast.IfStmt
	ast.Inspect(h.body, func(n ast.Node) bool {
		if branch != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt:
			if (n.Init == def || n.Pos() >= def.Pos()) && c.isNonNilTest(n.Cond, errVar) {
				branch = n
			}
		}
		return true
	})
	if branch == nil || gocode.Contains(branch.Body, use) || terminates(branch.Body) {
		return nil
	}
	indent := fixes.Indent(c.pass, branch.Pos()) + "\t"
	ans, ok := c.answer(h, branch.Body.Rbrace, c.writesResponse(branch.Body), indent)
	if !ok {
		return nil
	}
	pos := branch.Body.Lbrace + 1
	if n := len(branch.Body.List); n > 0 {
		pos = fixes.LineEnd(c.pass, branch.Body.List[n-1].End())
	}
	return &analysis.SuggestedFix{
		Message:   "Answer 400 and return when verification fails" + behaviorChange,
		TextEdits: []analysis.TextEdit{{Pos: pos, End: pos, NewText: []byte("\n" + indent + ans)}},
	}
}

// isNonNilTest reports whether cond is "v != nil".
func (c *checker) isNonNilTest(cond ast.Expr, v *types.Var) bool {
	bin, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || bin.Op != token.NEQ {
		return false
	}
	id, ok := ast.Unparen(bin.X).(*ast.Ident)
	return ok && c.pass.TypesInfo.Uses[id] == v && gocode.IsNil(c.pass.TypesInfo, bin.Y)
}

// terminates reports whether the block ends in a return or panic.
func terminates(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	switch s := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.ExprStmt:
		if call, ok := s.X.(*ast.CallExpr); ok {
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "panic" {
				return true
			}
		}
	}
	return false
}

// writesResponse reports whether b writes the response's status
// (stripesdk.WritesStatus).
func (c *checker) writesResponse(b *ast.BlockStmt) bool {
	found := false
	ast.Inspect(b, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return !found
		}
		found = found || stripesdk.WritesStatus(gocode.CalleeFunc(c.pass.TypesInfo, call))
		return !found
	})
	return found
}

// fixUnverified replaces "json.Unmarshal(payload, &event)" (a statement,
// or the init of "if err := ...; err != nil { ... }") with
//
//	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), os.Getenv("STRIPE_WEBHOOK_SECRET"))
//	if err != nil {
//		w.WriteHeader(http.StatusBadRequest)
//		return
//	}
//
// when event is a stripe.Event declared in the statement's block and the
// handler is a net/http one.
func (c *checker) fixUnverified(h *handler, d decode) *analysis.SuggestedFix {
	info := c.pass.TypesInfo
	if d.Data == nil || h.r == nil || h.r.Name() == "" || h.r.Name() == "_" {
		return nil
	}
	payload, ok := ast.Unparen(d.Data).(*ast.Ident)
	if !ok {
		return nil
	}
	addr, ok := ast.Unparen(d.Into).(*ast.UnaryExpr)
	if !ok || addr.Op != token.AND {
		return nil
	}
	evID, ok := ast.Unparen(addr.X).(*ast.Ident)
	if !ok {
		return nil
	}
	event, _ := info.Uses[evID].(*types.Var)
	if event == nil || !stripesdk.IsSDKNamed(event.Type(), "Event") {
		return nil
	}
	if _, ptr := types.Unalias(event.Type()).(*types.Pointer); ptr {
		return nil
	}
	stmt := d.cur.Parent()
	switch s := stmt.Node().(type) {
	case *ast.ExprStmt:
	case *ast.AssignStmt:
		ifCur := stmt.Parent()
		ifs, ok := ifCur.Node().(*ast.IfStmt)
		if !ok || ifs.Init != s || s.Tok != token.DEFINE || len(s.Lhs) != 1 || ifs.Else != nil {
			return nil
		}
		errID, ok := s.Lhs[0].(*ast.Ident)
		errVar, _ := info.Defs[errID].(*types.Var)
		if !ok || errVar == nil || !c.isNonNilTest(ifs.Cond, errVar) {
			return nil
		}
		stmt = ifCur
	default:
		return nil
	}
	if !gocode.InBlock(stmt) {
		return nil
	}
	pos := stmt.Node().Pos()
	scope := c.scopeAt(h, pos)
	if ifs, ok := stmt.Node().(*ast.IfStmt); ok && scope != nil && info.Scopes[ifs] == scope {
		scope = scope.Parent() // the if statement's own scope starts at "if"
	}
	if scope == nil || event.Parent() != scope {
		return nil // := would declare a new event
	}
	if _, obj := scope.LookupParent(h.r.Name(), pos); obj != h.r {
		return nil
	}
	tok := ":="
	if local := scope.Lookup("err"); local != nil {
		if !gocode.IsError(local.Type()) {
			return nil
		}
		tok = "="
	}
	if c.onlyUse(gocode.EnclosingFile(h.cur), d.call) {
		return nil // removing the call would leave encoding/json unused
	}
	file := gocode.EnclosingFile(h.cur)
	webhookPath := event.Type().(*types.Named).Obj().Pkg().Path() + "/webhook"
	webhookName, edits1, ok := fixes.AddImport(info, file, pos, webhookPath, "webhook")
	if !ok {
		return nil
	}
	osName, edits2, ok := fixes.AddImport(info, file, pos, "os", "os")
	if !ok {
		return nil
	}
	check, ok := c.check(h, pos, "err")
	if !ok {
		return nil
	}
	indent := fixes.Indent(c.pass, pos)
	text := fmt.Sprintf("%s, err %s %s.ConstructEvent(%s, %s.Header.Get(\"Stripe-Signature\"), %s.Getenv(%s))\n%s%s",
		evID.Name, tok, webhookName, payload.Name, h.r.Name(), osName, strconv.Quote("STRIPE_WEBHOOK_SECRET"), indent, check)
	edits := append(append(edits1, edits2...), analysis.TextEdit{Pos: pos, End: stmt.Node().End(), NewText: []byte(text)})
	return &analysis.SuggestedFix{
		Message:   "Verify the signature with " + webhookName + ".ConstructEvent" + behaviorChange,
		TextEdits: edits,
	}
}

// onlyUse reports whether the package name that call's function is
// qualified with is used nowhere else in file.
func (c *checker) onlyUse(file *ast.File, call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pkgID, ok := sel.X.(*ast.Ident)
	if !ok {
		return false
	}
	pn, ok := c.pass.TypesInfo.Uses[pkgID].(*types.PkgName)
	if !ok {
		return false
	}
	others := false
	ast.Inspect(file, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id != pkgID && c.pass.TypesInfo.Uses[id] == pn {
			others = true
		}
		return !others
	})
	return !others
}
