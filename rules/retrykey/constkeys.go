package retrykey

import (
	"fmt"
	"go/ast"
	"go/constant"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// constantKeys reports constant keys longer than the SDK accepts, and a
// constant key used for two requests in one function.
func (c *checker) constantKeys() {
	type use struct {
		key  string
		call *ast.CallExpr
		desc stripesdk.Callee
		id   any // the params variable or composite literal
	}
	byFunc := make(map[ast.Node][]use)
	var funcs []ast.Node
	for _, s := range c.keySettings(c.in.Root()) {
		key, ok := c.stringKey(s.value)
		if !ok {
			continue
		}
		if n := len(strings.TrimSpace(key)); n > stripesdk.MaxIdempotencyKeyLen {
			c.diags = append(c.diags, analysis.Diagnostic{
				Pos: s.value.Pos(), End: s.value.End(), Category: CategoryKeyLength,
				Message: fmt.Sprintf("idempotency key is %d characters long, over the limit of %d: use a shorter key", n, stripesdk.MaxIdempotencyKeyLen),
			})
		}
		outer, ok := gocode.OutermostFunc(s.cur)
		if !ok {
			continue
		}
		var id any
		switch {
		case s.v != nil:
			id = s.v
		case s.target != nil:
			id = s.target
		default:
			continue
		}
		for site := range c.sitesIn(outer.Node()) {
			call, desc := site.Expr(), site.Call
			if !desc.Mutates() || desc.ErrResult < 0 {
				continue
			}
			for _, arg := range call.Args {
				a := gocode.Unaddr(arg)
				match := a == id
				if ident, ok := a.(*ast.Ident); ok && s.v != nil && c.pass.TypesInfo.Uses[ident] == s.v {
					match = true
				}
				if match {
					if _, seen := byFunc[outer.Node()]; !seen {
						funcs = append(funcs, outer.Node())
					}
					byFunc[outer.Node()] = append(byFunc[outer.Node()], use{key, call, desc, id})
				}
			}
		}
	}
	for _, f := range funcs {
		uses := byFunc[f]
		slices.SortStableFunc(uses, func(a, b use) int { return int(a.call.Pos() - b.call.Pos()) })
		reported := make(map[*ast.CallExpr]bool)
		for i, u := range uses {
			for _, first := range uses[:i] {
				if first.key != u.key || first.call == u.call || reported[u.call] {
					continue
				}
				if first.id == u.id && first.desc.Func == u.desc.Func {
					continue // the same params for the same call: the same request
				}
				reported[u.call] = true
				c.diags = append(c.diags, analysis.Diagnostic{
					Pos: u.call.Pos(), End: u.call.Lparen + 1, Category: CategoryReusedKey,
					Message: fmt.Sprintf("%s reuses the idempotency key %q of %s: give each request its own key", u.desc.Name, u.key, first.desc.Name),
					Related: []analysis.RelatedInformation{{Pos: first.call.Pos(), End: first.call.Lparen + 1, Message: "first used here"}},
				})
			}
		}
	}
}

// stringKey returns the constant string a key value (a string, or a
// *string made by stripe.String) holds.
func (c *checker) stringKey(x ast.Expr) (string, bool) {
	info := c.pass.TypesInfo
	x = ast.Unparen(x)
	if call, ok := x.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if fn := gocode.CalleeFunc(info, call); fn != nil && fn.Name() == "String" && stripesdk.IsSDKPackage(fn.Pkg()) {
			x = ast.Unparen(call.Args[0])
		}
	}
	tv, ok := info.Types[x]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}
