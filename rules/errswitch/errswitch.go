package errswitch

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/analyzer/directive"
	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
	"github.com/stripeerrlint/stripeerrlint/internal/ruledoc"
)

// Analyzer reports switches that classify Stripe errors without a branch
// for card errors or for invalid-request errors.
var Analyzer = &analysis.Analyzer{
	Name:     "errswitch",
	Doc:      ruledoc.Doc("errswitch"),
	URL:      ruledoc.URL("errswitch"),
	Requires: []*analysis.Analyzer{inspect.Analyzer, stripesdk.Analyzer, directive.Analyzer},
	Run:      run,
}

// Categories of the findings.
const (
	CategoryCard           = "card"           // no branch for card errors
	CategoryInvalidRequest = "invalidrequest" // no branch for invalid-request errors
)

// branch is a category of Stripe error that every classifying switch must
// handle, with the SDK names that stand for it and the guide's response.
type branch struct {
	category  string
	constName string // the stripe.ErrorType constant
	value     string // its value, the same in every major
	typeName  string // the typed inner error of stripe.Error.Err
	response  string // for messages: what to do
}

// branches returns the two categories every integration meets.
func branches() []branch {
	return []branch{
		{
			category:  CategoryCard,
			constName: "ErrorTypeCard",
			value:     "card_error",
			typeName:  "CardError",
			response:  "ask the customer for another payment method",
		},
		{
			category:  CategoryInvalidRequest,
			constName: "ErrorTypeInvalidRequest",
			value:     "invalid_request_error",
			typeName:  "InvalidRequestError",
			response:  "fix the call; retry rate_limit and lock_timeout with back-off",
		},
	}
}

func run(pass *analysis.Pass) (any, error) {
	if !stripesdk.From(pass).Active() {
		return nil, nil
	}
	c := &checker{pass: pass, enums: stripesdk.NewEnums()}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for cur := range in.Root().Preorder((*ast.SwitchStmt)(nil), (*ast.TypeSwitchStmt)(nil)) {
		switch sw := cur.Node().(type) {
		case *ast.SwitchStmt:
			c.exprSwitch(cur, sw)
		case *ast.TypeSwitchStmt:
			c.typeSwitch(cur, sw)
		}
	}
	directive.ReportAll(pass, c.diags)
	return nil, nil
}

type checker struct {
	pass  *analysis.Pass
	enums *stripesdk.Enums // declared values, for near misses
	diags []analysis.Diagnostic
}

// exprSwitch checks a switch over a stripe.ErrorType value.
func (c *checker) exprSwitch(cur inspector.Cursor, sw *ast.SwitchStmt) {
	if sw.Tag == nil {
		return
	}
	tagType := c.pass.TypesInfo.TypeOf(sw.Tag)
	if _, ok := types.Unalias(tagType).(*types.Named); !ok || !stripesdk.IsSDKNamed(tagType, "ErrorType") {
		return // a *stripe.ErrorType compares pointers: not a classification
	}
	values, allConst := gocode.CaseValues(c.pass.TypesInfo, sw)
	if !allConst {
		return // a case that is not a constant may be any type
	}
	cases := 0 // clauses that name ErrorType values
	for _, stmt := range sw.Body.List {
		if stmt.(*ast.CaseClause).List != nil {
			cases++
		}
	}
	if !classifies(cases) {
		return
	}
	tagName := types.TypeString(tagType, (*types.Package).Name)
	for _, b := range branches() {
		k := stripesdk.LookupConst(tagType, b.constName)
		if k == nil {
			k = undeclaredConst(tagType, b)
		}
		if k == nil || gocode.ContainsValue(values, k.Val()) || c.nearMissCase(tagType, values, k) {
			continue
		}
		if c.handledElsewhere(cur, sw, k) {
			continue
		}
		c.missing(sw.Switch, sw.Tag.End(), b, "switch on "+tagName, k.Pkg().Name()+"."+k.Name())
	}
}

// undeclaredConst returns b's constant for the ErrorType t when t's
// package, as type-checked, lacks it: a file that switches on an
// ErrorType without importing the SDK's root package sees that package
// only through the export data of the packages it imports (go vet, and
// every driver that loads dependencies from export data), which holds
// the objects they mention, not every constant. The constant made here
// has b's name and value; no identifier of the file can refer to it.
func undeclaredConst(t types.Type, b branch) *types.Const {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return nil
	}
	return types.NewConst(token.NoPos, named.Obj().Pkg(), b.constName, t, constant.MakeString(b.value))
}

// typeSwitch checks a type switch over the typed inner error of a Stripe
// error, switch stripeErr.Err.(type).
func (c *checker) typeSwitch(cur inspector.Cursor, sw *ast.TypeSwitchStmt) {
	errStruct := stripesdk.ErrFieldOwner(c.pass.TypesInfo, gocode.TypeSwitchOperand(sw))
	if errStruct == nil {
		return
	}
	var caseTypes []types.Type
	cases := 0 // clauses that name Stripe error types
	for _, stmt := range sw.Body.List {
		clause := stmt.(*ast.CaseClause)
		named := false
		for _, e := range clause.List {
			if tv := c.pass.TypesInfo.Types[e]; tv.Type != nil && !tv.IsNil() {
				caseTypes = append(caseTypes, tv.Type)
				named = named || stripesdk.IsErrorType(tv.Type)
			}
		}
		if named {
			cases++
		}
	}
	if !classifies(cases) {
		return
	}
	for _, b := range branches() {
		tn := stripesdk.LookupType(errStruct, b.typeName)
		if tn == nil {
			continue
		}
		want := types.NewPointer(tn.Type())
		if slices.ContainsFunc(caseTypes, func(t types.Type) bool { return covers(t, want) }) {
			continue
		}
		if c.handledElsewhere(cur, sw, tn) {
			continue
		}
		owner := types.TypeString(errStruct, (*types.Package).Name)
		c.missing(sw.Switch, sw.Assign.End(), b, "type switch on (*"+owner+").Err", types.TypeString(want, (*types.Package).Name))
	}
}

// missing records that the switch between pos and end (described as
// subject) has no case for name, the branch b.
func (c *checker) missing(pos, end token.Pos, b branch, subject, name string) {
	c.diags = append(c.diags, analysis.Diagnostic{
		Pos:      pos,
		End:      end,
		Category: b.category,
		Message:  fmt.Sprintf("%s has no case for %s: %s", subject, name, b.response),
	})
}

// nearMissCase reports whether a case value of a switch on the enum type t
// is a near miss of the declared value k ("invalid_request" for
// "invalid_request_error"): the case is the branch for k, written wrong.
// That is enumvalue's finding, and its fix; demanding another case for k
// here would make the two fixes together a duplicate case.
func (c *checker) nearMissCase(t types.Type, values []constant.Value, k *types.Const) bool {
	tn := stripesdk.EnumTypeName(t)
	if tn == nil {
		return false
	}
	var declared []*types.Const
	for _, v := range values {
		if v.Kind() != constant.String || constant.Compare(v, token.EQL, k.Val()) {
			continue
		}
		if declared == nil {
			declared = c.enums.Constants(tn)
		}
		if closest := gocode.ClosestConst(declared, constant.StringVal(v)); closest != nil && constant.Compare(closest.Val(), token.EQL, k.Val()) {
			return true
		}
	}
	return false
}

// classifies reports whether a switch with the given number of case
// clauses naming ErrorType values (or, in a type switch, Stripe error
// types) classifies Stripe errors: at least two such clauses, with or
// without a default clause. A single case, with or without default, is an
// if written as a switch (one category singled out, the rest passed on):
// the shape of every false positive met on real integrations. Two cases
// already sort errors by category; without a default, every category they
// do not name falls through the switch unhandled, which is no better for
// a card or invalid-request error than a catch-all branch.
func classifies(cases int) bool {
	return cases >= 2
}

// covers reports whether a case of type t catches a value of dynamic type
// want: t is want, or an interface want implements.
func covers(t, want types.Type) bool {
	if types.Identical(t, want) {
		return true
	}
	iface, ok := t.Underlying().(*types.Interface)
	return ok && types.Implements(want, iface)
}

// handledElsewhere reports whether the function around the switch refers
// to obj (the ErrorType constant or the typed error) outside the switch: an
// if before the switch that handles card errors, for instance.
func (c *checker) handledElsewhere(cur inspector.Cursor, sw ast.Stmt, obj types.Object) bool {
	_, body, ok := gocode.EnclosingFunc(c.pass.TypesInfo, cur)
	if !ok {
		return false
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if n == sw {
			return false
		}
		if id, ok := n.(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == obj {
			found = true
		}
		return !found
	})
	return found
}
