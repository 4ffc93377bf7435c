package enumvalue

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
	"github.com/stripeerrlint/stripeerrlint/internal/fixes"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
	"github.com/stripeerrlint/stripeerrlint/internal/ruledoc"
)

// LiteralsFlag is the name of the flag that also reports literals that
// spell a declared value, and offers the SDK constant instead.
const LiteralsFlag = "literals"

// StrictFlag is the name of the flag that reports every undeclared value,
// also those with no clearly closest declared value (which may be values
// the API added after the SDK major was released).
const StrictFlag = "strict"

// Analyzer reports comparisons of SDK enum values with constants that are
// none of the enum's declared values.
var Analyzer = newAnalyzer()

// Categories of the findings.
const (
	CategoryUndeclared = "undeclared" // a constant that is no declared value
	CategoryLiteral    = "literal"    // a literal that spells a declared value (with -literals)
)

type options struct {
	literals bool
	strict   bool
}

func newAnalyzer() *analysis.Analyzer {
	opts := new(options)
	a := &analysis.Analyzer{
		Name:     "enumvalue",
		Doc:      ruledoc.Doc("enumvalue"),
		URL:      ruledoc.URL("enumvalue"),
		Requires: []*analysis.Analyzer{inspect.Analyzer, stripesdk.Analyzer, directive.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			return run(pass, *opts)
		},
	}
	a.Flags.BoolVar(&opts.literals, LiteralsFlag, false, "also report string literals that spell a declared value, and offer the SDK constant")
	a.Flags.BoolVar(&opts.strict, StrictFlag, false, "report every undeclared value, not only near misses of a declared one (values newer than the SDK major too)")
	return a
}

func run(pass *analysis.Pass, opts options) (any, error) {
	if !stripesdk.From(pass).Active() {
		return nil, nil
	}
	c := &checker{pass: pass, opts: opts, enums: stripesdk.NewEnums()}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for cur := range in.Root().Preorder((*ast.BinaryExpr)(nil), (*ast.SwitchStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.BinaryExpr:
			c.comparison(cur, n)
		case *ast.SwitchStmt:
			c.switchStmt(cur, n)
		}
	}
	directive.ReportAll(pass, c.diags)
	return nil, nil
}

type checker struct {
	pass  *analysis.Pass
	opts  options
	enums *stripesdk.Enums // the declared values, read as little as needed
	diags []analysis.Diagnostic
}

// enum describes an SDK enum type met in the package.
type enum struct {
	name string // as messages write it: stripe.ErrorType
	typ  *types.TypeName
	// viaString is set when the value is compared through a conversion
	// to string (string(event.Type) == "..."): a fix would need one too.
	viaString bool
}

// enumOf returns the enum that x's value belongs to, or false: x's type is
// an SDK enum (a named string type), or x converts such a value to string.
// Whether the type has declared values is left to check: finding out can
// take a walk over the whole SDK package (see stripesdk.Enums), which most
// comparisons do not need.
func (c *checker) enumOf(x ast.Expr) (enum, bool) {
	tv, ok := c.pass.TypesInfo.Types[x]
	if !ok || tv.Value != nil {
		return enum{}, false // a constant: nothing is compared at run time
	}
	viaString := false
	if y, to, ok := gocode.Conversion(c.pass.TypesInfo, x); ok && types.Identical(to, types.Typ[types.String]) {
		x, viaString = y, true
	}
	tn := stripesdk.EnumTypeName(c.pass.TypesInfo.TypeOf(x))
	if tn == nil {
		return enum{}, false
	}
	return enum{name: tn.Pkg().Name() + "." + tn.Name(), typ: tn, viaString: viaString}, true
}

// comparison checks x == k and x != k.
func (c *checker) comparison(cur inspector.Cursor, be *ast.BinaryExpr) {
	if be.Op != token.EQL && be.Op != token.NEQ {
		return
	}
	if e, ok := c.enumOf(be.X); ok {
		c.check(cur, e, be.Y, nil)
	} else if e, ok := c.enumOf(be.Y); ok {
		c.check(cur, e, be.X, nil)
	}
}

// switchStmt checks the cases of a switch over an enum value.
func (c *checker) switchStmt(cur inspector.Cursor, sw *ast.SwitchStmt) {
	if sw.Tag == nil {
		return
	}
	e, ok := c.enumOf(sw.Tag)
	if !ok {
		return
	}
	values, _ := gocode.CaseValues(c.pass.TypesInfo, sw)
	for _, stmt := range sw.Body.List {
		for _, x := range stmt.(*ast.CaseClause).List {
			c.check(cur, e, x, &values)
		}
	}
}

// check checks the operand k compared with a value of enum e. In a
// switch, caseValues holds the values of every case, and of the constants
// earlier fixes put in, which a fix must not duplicate.
func (c *checker) check(cur inspector.Cursor, e enum, k ast.Expr, caseValues *[]constant.Value) {
	v := c.pass.TypesInfo.Types[k].Value
	if v == nil || v.Kind() != constant.String {
		return
	}
	s := constant.StringVal(v)
	if s == "" {
		return // "not set": a comparison every optional enum field needs
	}
	lit := literal(c.pass.TypesInfo, k)
	if c.isDeclaredValue(e, k, s) {
		if !c.opts.literals || !lit || e.viaString {
			return
		}
		declared := c.enums.Constants(e.typ)
		if i := slices.IndexFunc(declared, func(d *types.Const) bool { return constant.StringVal(d.Val()) == s }); i >= 0 {
			d := c.diagnostic(k, CategoryLiteral, fmt.Sprintf("%q is the value of %s.%s (compare with the constant)", s, e.typ.Pkg().Name(), declared[i].Name()))
			// The constant has the literal's value: no duplicate case.
			if fix := c.replace(cur, k, declared[i], "Use "+e.typ.Pkg().Name()+"."+declared[i].Name(), nil); fix != nil {
				d.SuggestedFixes = []analysis.SuggestedFix{*fix}
			}
			c.diags = append(c.diags, d)
		}
		return
	}
	declared := c.enums.Constants(e.typ)
	if len(declared) == 0 {
		return // a named string type without declared values: not an enum
	}
	what := fmt.Sprintf("%q", s)
	if !lit {
		what = c.constName(k) + " (" + what + ")"
	}
	closest := gocode.ClosestConst(declared, s)
	if closest == nil && !c.opts.strict {
		// No declared value is clearly meant: the API adds enum values
		// faster than old SDK majors declare them ("upi" is no
		// PaymentMethodType of v72, yet Stripe sends it), so the value
		// may be right and the SDK old.
		return
	}
	if closest == nil {
		c.diags = append(c.diags, c.diagnostic(k, CategoryUndeclared,
			fmt.Sprintf("%s is not a declared %s value (compare with one of the %s constants)", what, e.name, e.name)))
		return
	}
	name := closest.Pkg().Name() + "." + closest.Name()
	d := c.diagnostic(k, CategoryUndeclared,
		fmt.Sprintf("%s is not a declared %s value (did you mean %s?)", what, e.name, name))
	if lit && !e.viaString {
		if fix := c.replace(cur, k, closest, "Replace with "+name+" (behavior change)", caseValues); fix != nil {
			d.SuggestedFixes = []analysis.SuggestedFix{*fix}
		}
	}
	c.diags = append(c.diags, d)
}

// isDeclaredValue reports whether the constant operand k, of value s, is a
// declared value of e: k names one of the SDK's constants of e's type, or
// s is the value of one.
func (c *checker) isDeclaredValue(e enum, k ast.Expr, s string) bool {
	if obj := c.constOf(k); obj != nil && c.enums.IsDeclared(e.typ, obj) {
		return true
	}
	return c.enums.HasValue(e.typ, s)
}

// constOf returns the constant k names (k, (k) or pkg.k), or nil.
func (c *checker) constOf(k ast.Expr) *types.Const {
	var id *ast.Ident
	switch k := ast.Unparen(k).(type) {
	case *ast.Ident:
		id = k
	case *ast.SelectorExpr:
		id = k.Sel
	default:
		return nil
	}
	obj, _ := c.pass.TypesInfo.Uses[id].(*types.Const)
	return obj
}

// literal reports whether k is written as a string literal: "x", ("x"),
// or a conversion of one, stripe.ErrorType("x").
func literal(info *types.Info, k ast.Expr) bool {
	if y, _, ok := gocode.Conversion(info, k); ok {
		k = y
	}
	bl, ok := ast.Unparen(k).(*ast.BasicLit)
	return ok && bl.Kind == token.STRING
}

// constName names the constant that k refers to, by its type-checked name,
// or "the constant" for a constant expression.
func (c *checker) constName(k ast.Expr) string {
	obj := c.constOf(k)
	if obj == nil {
		return "the constant"
	}
	if obj.Pkg() != nil && obj.Pkg() != c.pass.Pkg {
		return obj.Pkg().Name() + "." + obj.Name()
	}
	return obj.Name()
}

func (c *checker) diagnostic(k ast.Expr, category, msg string) analysis.Diagnostic {
	return analysis.Diagnostic{Pos: k.Pos(), End: k.End(), Category: category, Message: msg}
}

// replace builds the fix that replaces the literal k with the constant
// kc, qualified as the file refers to (or newly imports) its package. It
// returns nil when the constant's value is already one of caseValues (a
// duplicate case does not compile) or the package name is taken; else it
// adds the value to caseValues.
func (c *checker) replace(cur inspector.Cursor, k ast.Expr, kc *types.Const, title string, caseValues *[]constant.Value) *analysis.SuggestedFix {
	if caseValues != nil && gocode.ContainsValue(*caseValues, kc.Val()) {
		return nil
	}
	file := gocode.EnclosingFile(cur)
	if file == nil {
		return nil
	}
	qual, edits, ok := fixes.AddImport(c.pass.TypesInfo, file, k.Pos(), kc.Pkg().Path(), kc.Pkg().Name())
	if !ok {
		return nil
	}
	edits = append(edits, analysis.TextEdit{Pos: k.Pos(), End: k.End(), NewText: []byte(qual + "." + kc.Name())})
	if caseValues != nil {
		*caseValues = append(*caseValues, kc.Val())
	}
	return &analysis.SuggestedFix{Message: title, TextEdits: edits}
}
