package webhooksig

// Signing secrets that may be empty (the unsetsecret category, off by
// default): stripe-go computes the HMAC with whatever key it is given, an
// empty one too, so a secret read from an unset environment variable makes
// every signature anyone computes with the empty key valid.

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// secrets records, for the whole package, the variables and fields that
// are assigned a value read from the environment, and those compared with
// "" (or whose length is taken) somewhere.
type secrets struct {
	fromEnv  map[types.Object]string // the function read: os.Getenv, os.LookupEnv
	compared map[types.Object]bool
}

// unsetSecret reports the secret argument arg of a call of the
// verification function name when it may be empty: os.Getenv(...) itself,
// or a variable or field assigned from os.Getenv or os.LookupEnv and never
// compared with "" in the package.
func (c *checker) unsetSecret(arg ast.Expr, name string) {
	if !c.opts.unsetSecret {
		return
	}
	if c.secrets == nil {
		c.secrets = c.findSecrets()
	}
	var from string
	if call, ok := ast.Unparen(arg).(*ast.CallExpr); ok {
		from = envRead(c.pass.TypesInfo, call)
	} else if obj := c.object(arg); obj != nil && !c.secrets.compared[obj] {
		from = c.secrets.fromEnv[obj]
	}
	if from == "" {
		return
	}
	c.report(arg.Pos(), arg.End(), CategoryUnsetSecret,
		"signing secret passed to "+name+" comes from "+from+" and may be empty: refuse to run when it is empty", nil)
}

// envRead returns "os.Getenv" or "os.LookupEnv" if call calls it.
func envRead(info *types.Info, call *ast.CallExpr) string {
	fn := gocode.CalleeFunc(info, call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "os" || fn.Signature().Recv() != nil {
		return ""
	}
	switch fn.Name() {
	case "Getenv", "LookupEnv":
		return "os." + fn.Name()
	}
	return ""
}

// object returns the variable or field e denotes (x, p.x), or nil.
func (c *checker) object(e ast.Expr) types.Object {
	info := c.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := info.ObjectOf(e).(*types.Var); ok {
			return v
		}
	case *ast.SelectorExpr:
		if v, ok := info.Uses[e.Sel].(*types.Var); ok {
			return v
		}
	}
	return nil
}

// findSecrets walks the package's files (tests included: a comparison
// there says nothing about the code, so they are left out) once.
func (c *checker) findSecrets() *secrets {
	s := &secrets{fromEnv: make(map[types.Object]string), compared: make(map[types.Object]bool)}
	info := c.pass.TypesInfo
	assign := func(lhs ast.Expr, rhs ast.Expr) {
		call, ok := ast.Unparen(rhs).(*ast.CallExpr)
		if !ok {
			return
		}
		if from := envRead(info, call); from != "" {
			if obj := c.object(lhs); obj != nil {
				s.fromEnv[obj] = from
			}
		}
	}
	isEmpty := func(e ast.Expr) bool {
		tv := info.Types[e]
		return tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == ""
	}
	// subject returns the variable compared: x, or the argument of a call
	// of x (len(x), strings.TrimSpace(x)).
	var subject func(e ast.Expr) types.Object
	subject = func(e ast.Expr) types.Object {
		if call, ok := ast.Unparen(e).(*ast.CallExpr); ok && len(call.Args) == 1 {
			return subject(call.Args[0])
		}
		return c.object(e)
	}
	for _, file := range c.pass.Files {
		if gocode.InTestFile(c.pass.Fset, file.Pos()) {
			continue
		}
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i := range n.Lhs {
						assign(n.Lhs[i], n.Rhs[i])
					}
				} else if len(n.Rhs) == 1 {
					assign(n.Lhs[0], n.Rhs[0])
				}
			case *ast.ValueSpec:
				if len(n.Names) == len(n.Values) {
					for i := range n.Names {
						assign(n.Names[i], n.Values[i])
					}
				} else if len(n.Values) == 1 {
					assign(n.Names[0], n.Values[0])
				}
			case *ast.KeyValueExpr:
				if id, ok := n.Key.(*ast.Ident); ok {
					assign(id, n.Value)
				}
			case *ast.BinaryExpr:
				switch n.Op {
				case token.EQL, token.NEQ, token.LSS, token.GTR, token.LEQ, token.GEQ:
				default:
					return true
				}
				for _, side := range [][2]ast.Expr{{n.X, n.Y}, {n.Y, n.X}} {
					if obj := subject(side[0]); obj != nil && (isEmpty(side[1]) || isLen(info, side[0])) {
						s.compared[obj] = true
					}
				}
			}
			return true
		})
	}
	return s
}

// isLen reports whether e is a call of the builtin len.
func isLen(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := info.Uses[id].(*types.Builtin)
	return ok && b.Name() == "len"
}
