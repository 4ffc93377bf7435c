package webhooksig

// Replay protection and empty secrets, wherever verification is set up:
// verification calls without a timestamp check or with a long tolerance,
// tolerance options, and empty signing secrets.

import (
	"fmt"
	"go/ast"
	"go/constant"
	"strings"
	"time"

	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
)

// call checks a call of a tolerance option, or of a verification
// function for its tolerance and its secret.
func (c *checker) call(wc stripesdk.WebhookCall) {
	switch wc.Kind {
	case stripesdk.WebhookTolerance:
		c.option(wc.Expr(), wc.Option, stripesdk.FuncName(wc.Func))
	case stripesdk.WebhookVerify:
		c.verifyArgs(wc.Expr(), wc.Verify)
	}
}

// option checks a call of the tolerance option name, named fn in messages.
func (c *checker) option(call *ast.CallExpr, name, fn string) {
	switch name {
	case "WithIgnoreTolerance":
		c.report(call.Pos(), call.Lparen, CategoryReplay,
			fn+" accepts replayed events: remove the option", nil)
	case "WithTolerance":
		if len(call.Args) == 1 {
			c.tolerance(call.Args[0], fn)
		}
	}
}

// verifyArgs checks a call of the verification function vi for its
// tolerance and its secret.
func (c *checker) verifyArgs(call *ast.CallExpr, vi stripesdk.VerifyInfo) {
	if vi.Wrapper && vi.Secret < 0 {
		return
	}
	if vi.IgnoresTolerance {
		c.report(call.Pos(), call.Lparen, CategoryReplay,
			vi.Name+" accepts replayed events: use "+strings.Replace(vi.Name, "IgnoringTolerance", "", 1), nil)
	}
	if vi.Tolerance >= 0 && vi.Tolerance < len(call.Args) {
		c.tolerance(call.Args[vi.Tolerance], vi.Name)
	}
	if vi.Secret >= 0 && vi.Secret < len(call.Args) {
		arg := call.Args[vi.Secret]
		if tv, ok := c.pass.TypesInfo.Types[arg]; ok && tv.Value != nil && tv.Value.Kind() == constant.String &&
			stripesdk.IsEmptyWebhookSecret(constant.StringVal(tv.Value)) {
			c.report(arg.Pos(), arg.End(), CategoryEmptySecret,
				"empty webhook signing secret passed to "+vi.Name+": pass the endpoint's whsec_ secret", nil)
		} else {
			c.unsetSecret(arg, vi.Name)
		}
	}
}

// tolerance checks a constant tolerance given to name.
func (c *checker) tolerance(e ast.Expr, name string) {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		return
	}
	ns, exact := constant.Int64Val(constant.ToInt(tv.Value))
	if !exact || time.Duration(ns) <= c.opts.maxTolerance {
		return
	}
	c.report(e.Pos(), e.End(), CategoryReplay,
		fmt.Sprintf("tolerance of %v for %s accepts old replayed events: keep it at most %v", time.Duration(ns), name, c.opts.maxTolerance), nil)
}

// optionsLit checks a webhook.ConstructEventOptions literal.
func (c *checker) optionsLit(lit *ast.CompositeLit) {
	if !stripesdk.IsWebhookOptionsStruct(c.pass.TypesInfo.TypeOf(lit)) {
		return
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		key, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		switch key.Name {
		case "IgnoreTolerance":
			if tv := c.pass.TypesInfo.Types[kv.Value]; tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value) {
				c.report(kv.Pos(), kv.End(), CategoryReplay,
					"webhook.ConstructEventOptions with IgnoreTolerance accepts replayed events: remove the option", nil)
			}
		case "Tolerance":
			c.tolerance(kv.Value, "webhook.ConstructEventOptions")
		}
	}
}
