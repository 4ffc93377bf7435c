package stripesdk

import (
	"go/ast"
	"go/constant"
	"go/types"
	"path"
	"strings"

	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// Kind says what a Stripe-related call is.
type Kind int

const (
	// KindAPI is a call of an SDK function that talks to Stripe and
	// returns an error: paymentintent.New, (*stripe.Client).V1Refunds.Create.
	KindAPI Kind = iota + 1
	// KindList is a call of an SDK list function: it returns a list
	// (v72-style *Iter, v82+ *stripe.V1List) whose error is read later,
	// through Err or the pairs All yields.
	KindList
	// KindWrapper is a call of a function of the user's code that returns
	// the error of an API call (see Wrapper).
	KindWrapper
	// KindListErr is a call of a list's Err method ((*stripe.Iter).Err,
	// (*stripe.V1List).Err): it returns the error of the list's requests.
	KindListErr
)

// Callee describes the function a call calls: an API function, list
// function or wrapper.
type Callee struct {
	Func *types.Func
	Kind Kind
	// Name is how messages name the function: paymentintent.New,
	// paymentintent.Client.New, (*stripe.Client).V1PaymentIntents.Create,
	// billing.Charge.
	Name string
	// Method is the HTTP method the call sends ("GET", "POST", "DELETE");
	// "" when unknown. For a wrapper, that of the API call it wraps.
	Method string
	// ErrResult is the index of the error among the function's results;
	// -1 when it returns none (lists).
	ErrResult int
}

// Mutates reports whether the call changes state at Stripe (POST or DELETE).
func (c Callee) Mutates() bool { return c.Method == "POST" || c.Method == "DELETE" }

// notCreates reports whether name is that of one of the SDK's POST
// methods without an object id that create nothing: updates of
// singletons (balance settings, a customer's cash balance, tax settings),
// Apps secrets' DeleteWhere, OAuth deauthorization, the invoice preview.
// Found by reading the request path of every such method in v72.122.0
// and v85.0.0. The one create-named method that takes an id,
// CreateFundingInstructions, returns the customer's existing instructions
// when there are some, so Creates rightly leaves it out.
func notCreates(name string) bool {
	switch name {
	case "Update", "DeleteWhere", "Del", "Delete", "CreatePreview":
		return true
	}
	return false
}

// Creates reports whether an API call creates state at Stripe: a POST to
// a collection. In every major, an SDK method that acts on an existing
// object takes its id as a string parameter (refund.Update(id, params),
// sc.V1PaymentIntents.Confirm(ctx, id, params)); one that creates takes
// only params, the parent's id of a nested collection included
// (customerbalancetransaction.New(params) with params.Customer).
func (c Callee) Creates() bool {
	if c.Kind != KindAPI || c.Method != "POST" || c.Func == nil || notCreates(c.Func.Name()) {
		return false
	}
	if _, _, ok := ParseImportPath(c.Func.Pkg().Path()); !ok {
		return false
	}
	for p := range c.Func.Signature().Params().Variables() {
		if b, ok := p.Type().Underlying().(*types.Basic); ok && b.Kind() == types.String {
			return false // an object's id, or a raw Backend call's method and path
		}
	}
	return true
}

// ClassifyCall reports whether call is a call of an API function, a list
// function or a wrapper, and describes it.
func (m *Model) ClassifyCall(call *ast.CallExpr) (Callee, bool) {
	if !m.active {
		return Callee{}, false
	}
	fn := gocode.CalleeFunc(m.info, call)
	if fn == nil {
		return Callee{}, false
	}
	c, ok := m.ClassifyFunc(fn)
	if ok && c.Kind == KindAPI && c.Method == "" && len(call.Args) > 0 {
		// A raw Backend call: the method is its first argument.
		if tv, found := m.info.Types[call.Args[0]]; found && tv.Value != nil && tv.Value.Kind() == constant.String {
			c.Method = strings.ToUpper(constant.StringVal(tv.Value))
		}
	}
	return c, ok
}

// ClassifyFunc reports whether fn is an API function, a list function or a
// wrapper, and describes it.
func (m *Model) ClassifyFunc(fn *types.Func) (Callee, bool) {
	if fn == nil || fn.Pkg() == nil {
		return Callee{}, false
	}
	fn = fn.Origin()
	if ListMethod(fn) == "Err" {
		return Callee{Func: fn, Kind: KindListErr, Name: FuncName(fn), Method: "GET", ErrResult: 0}, true
	}
	if major, rel, ok := ParseImportPath(fn.Pkg().Path()); ok {
		return m.classifySDKFunc(fn, major, rel)
	}
	w := m.wrapperFact(fn)
	if w == nil {
		return Callee{}, false
	}
	return Callee{Func: fn, Kind: KindWrapper, Name: FuncName(fn), Method: w.Method, ErrResult: gocode.ErrorResult(fn.Signature())}, true
}

func (m *Model) classifySDKFunc(fn *types.Func, major int, rel string) (Callee, bool) {
	sig := fn.Signature()
	key := apiKey{Pkg: rel, Name: fn.Name()}
	recvName := ""
	if recv := sig.Recv(); recv != nil {
		named := namedOf(recv.Type())
		if named == nil {
			return Callee{}, false
		}
		recvName = named.Obj().Name()
		if rel == "" && recvName == "Backend" && types.IsInterface(named) && strings.HasPrefix(fn.Name(), "Call") {
			// stripe.Backend's Call, CallRaw, CallStreaming, CallMultipart:
			// a raw request; ClassifyCall reads the method.
			return Callee{Func: fn, Kind: KindAPI, Name: FuncName(fn), ErrResult: gocode.ErrorResult(sig)}, true
		}
		if !(rel != "" && recvName == "Client") {
			key.Recv = recvName
		}
	}
	method, ok := lookupAPI(major, key)
	if !ok {
		return Callee{}, false
	}
	c := Callee{Func: fn, Kind: KindAPI, Method: method, ErrResult: gocode.ErrorResult(sig)}
	if c.ErrResult < 0 {
		c.Kind = KindList
	}
	c.Name = FuncName(fn)
	if recvName != "" && rel == "" {
		if field := m.serviceField(fn.Pkg(), recvName); field != "" {
			c.Name = "(*stripe.Client)." + field + "." + fn.Name()
		}
	}
	return c, true
}

// serviceField returns the name of the field of stripe.Client (v82+) whose
// type is the service type named typeName, or "".
func (m *Model) serviceField(root *types.Package, typeName string) string {
	tn, _ := root.Scope().Lookup(typeName).(*types.TypeName)
	client, _ := root.Scope().Lookup("Client").(*types.TypeName)
	if tn == nil || client == nil {
		return ""
	}
	st, ok := client.Type().Underlying().(*types.Struct)
	if !ok {
		return ""
	}
	field := "" // the last such field, should there be several
	for f := range st.Fields() {
		if named := namedOf(f.Type()); named != nil && named.Obj() == tn {
			field = f.Name()
		}
	}
	return field
}

// ListMethod returns the name of the SDK list method fn is, "Next", "Err"
// or "All", or "" when fn is none of them. A list is a type of the SDK's
// root package with an Err method: the v72-style stripe.Iter and
// stripe.SearchIter (embedded in every resource package's Iter), and the
// v82+ generic stripe.V1List, V1SearchList and V2List.
func ListMethod(fn *types.Func) string {
	if fn == nil || !isSDKRoot(fn.Pkg()) {
		return ""
	}
	switch fn.Name() {
	case "Next", "Err", "All":
	default:
		return ""
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return ""
	}
	named := namedOf(recv.Type())
	if named == nil {
		return ""
	}
	errMethod, _, _ := types.LookupFieldOrMethod(types.NewPointer(named), false, named.Obj().Pkg(), "Err")
	if m, ok := errMethod.(*types.Func); !ok || gocode.ErrorResult(m.Signature()) != 0 {
		return ""
	}
	return fn.Name()
}

// FuncName names fn the way messages do: pkg.F for a function, pkg.T.M for
// a method with a value receiver and (*pkg.T).M for one with a pointer
// receiver, qualified by package name.
func FuncName(fn *types.Func) string {
	sig := fn.Signature()
	recv := sig.Recv()
	if recv == nil {
		return qualifier(fn.Pkg()) + "." + fn.Name()
	}
	named := namedOf(recv.Type())
	if named == nil {
		return fn.Name()
	}
	typ := qualifier(named.Obj().Pkg()) + "." + named.Obj().Name()
	if _, ptr := types.Unalias(recv.Type()).(*types.Pointer); ptr {
		return "(*" + typ + ")." + fn.Name()
	}
	return typ + "." + fn.Name()
}

// qualifier returns how a message names pkg: by its name, or by its path
// when it is the user's package with the name of an SDK package (a user
// package stripe or customer: "retried by stripe.do" would read as the
// SDK's).
func qualifier(pkg *types.Package) string {
	if !IsSDKPackage(pkg) && IsSDKPackageName(pkg.Name()) {
		return pkg.Path()
	}
	return pkg.Name()
}

// IsSDKPackageName reports whether name is the name of an SDK package
// that has API functions (stripe, paymentintent, customer, card, …), in
// any major the API table covers, or of the SDK's client and webhook
// packages.
func IsSDKPackageName(name string) bool { return sdkPackageNames[name] }

// sdkPackageNames holds the names of the packages of the API table (the
// last element of each path; "stripe" for the root), and of client and
// webhook, which have no API function of their own. It is computed once
// from the table and never written.
var sdkPackageNames = func() map[string]bool {
	names := map[string]bool{"stripe": true, "client": true, "webhook": true}
	for k := range apiTable {
		if k.Pkg != "" {
			names[path.Base(k.Pkg)] = true
		}
	}
	return names
}()

// namedOf returns the named type t is or points to (its generic origin), or nil.
func namedOf(t types.Type) *types.Named {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	if n == nil {
		return nil
	}
	return n.Origin()
}
