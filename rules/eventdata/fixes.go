package eventdata

import (
	"fmt"
	"go/ast"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/fixes"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// Both fixes turn the statement into
//
//	if err := json.Unmarshal(ev.Data.Raw, &x); err != nil {
//		return err // or, in a net/http handler: http.Error(w, err.Error(), http.StatusBadRequest); return
//	}
//
// The code no longer goes on with a zero-valued object: a behavior change.
// No fix where the statement is not in a block, where the function neither
// returns an error nor is a net/http handler with a named ResponseWriter,
// or where a name the answer needs is shadowed.

// fixDiscarded fixes the statement "json.Unmarshal(...)".
func (c *checker) fixDiscarded(cur inspector.Cursor, es *ast.ExprStmt) *analysis.SuggestedFix {
	call, ok := es.X.(*ast.CallExpr)
	if !ok {
		return nil // in parentheses
	}
	return c.fixCheck(cur, es, call)
}

// fixBlank fixes the statement "_ = json.Unmarshal(...)".
func (c *checker) fixBlank(cur inspector.Cursor, as *ast.AssignStmt) *analysis.SuggestedFix {
	if as == nil || len(as.Rhs) != 1 {
		return nil
	}
	call, ok := as.Rhs[0].(*ast.CallExpr)
	if !ok {
		return nil
	}
	return c.fixCheck(cur, as, call)
}

// fixCheck makes the statement stmt at cur, which holds call, the init of
// an if that checks call's error.
func (c *checker) fixCheck(cur inspector.Cursor, stmt ast.Stmt, call *ast.CallExpr) *analysis.SuggestedFix {
	if !gocode.InBlock(cur) {
		return nil
	}
	indent := fixes.Indent(c.pass, stmt.Pos())
	answer, msg, ok := c.answer(cur, stmt, indent+"\t")
	if !ok {
		return nil
	}
	return &analysis.SuggestedFix{
		Message: msg + " (behavior change)",
		TextEdits: []analysis.TextEdit{
			{Pos: stmt.Pos(), End: call.Pos(), NewText: []byte("if err := ")},
			{Pos: stmt.End(), End: stmt.End(), NewText: fmt.Appendf(nil, "; err != nil {\n%s\t%s\n%s}", indent, answer, indent)},
		},
	}
}

// answer returns what the function around stmt does with a decode error
// err: in a net/http handler, answer 400 and return; in a function that
// returns an error, return it. The second line, if any, is indented by
// indent.
func (c *checker) answer(cur inspector.Cursor, stmt ast.Stmt, indent string) (answer, msg string, ok bool) {
	sig, _, ok := gocode.EnclosingFunc(c.pass.TypesInfo, cur)
	if !ok {
		return "", "", false
	}
	file := gocode.EnclosingFile(cur)
	if stripesdk.IsNetHTTPHandler(sig) {
		w := sig.Params().At(0)
		scope := gocode.ScopeAt(c.pass.TypesInfo, file, stmt.Pos())
		if scope == nil || w.Name() == "" || w.Name() == "_" || w.Name() == "err" {
			return "", "", false
		}
		if _, obj := scope.LookupParent(w.Name(), stmt.Pos()); obj != w {
			return "", "", false // shadowed
		}
		http, ok := fixes.PkgName(scope, stmt.Pos(), "net/http")
		if !ok {
			return "", "", false
		}
		return fmt.Sprintf("%s.Error(%s, err.Error(), %s.StatusBadRequest)\n%sreturn", http, w.Name(), http, indent),
			"Answer 400 and return", true
	}
	ret, ok := fixes.ReturnError(c.pass.Pkg, file, sig, "err")
	if !ok {
		return "", "", false
	}
	return ret, "Check the error and return it", true
}
