package retrykey

// The redelivery category: a call that creates state at Stripe, made in
// code that runs at least once and again on failure (a webhook handler,
// since Stripe redelivers events; a job handler of a queue that retries
// failed jobs), without a stable idempotency key. It is a retry made by
// someone else, so it shares the rule's notion of a key (keyOf), its fix
// and its suppression.

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
	"github.com/stripeerrlint/stripeerrlint/internal/fixes"
	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// onceKind says why a function runs again for the same work.
type onceKind int

const (
	onceWebhook  onceKind = iota + 1 // a request handler that verifies a Stripe event
	onceEvent                        // a function that receives a Stripe event
	onceAsynq                        // an asynq task handler
	onceRiver                        // a river worker's Work
	onceTemporal                     // a Temporal activity
	onceJob                          // a job entry point named by -retrykey.jobs
)

// onceFunc is a function (declaration or literal) that runs at least once
// for the same event or job.
type onceFunc struct {
	kind onceKind
	body *ast.BlockStmt
	job  *types.Var // the job parameter of an asynq or river handler, or nil
}

// findOnceFuncs finds the package's at-least-once functions: webhook
// handlers that verify events, functions that receive an event, job
// handlers of asynq and river (by signature), Temporal activities
// (registered in this package, or calling the activity package with their
// context), and the job entry points the flag names.
func (c *checker) findOnceFuncs() {
	info := c.pass.TypesInfo
	c.once = make(map[ast.Node]onceFunc)
	add := func(n ast.Node, kind onceKind, job *types.Var) {
		if _, done := c.once[n]; done {
			return
		}
		if body := gocode.FuncBody(n); body != nil {
			c.once[n] = onceFunc{kind: kind, body: body, job: job}
		}
	}
	for _, wc := range c.model.WebhookCalls() {
		if wc.Kind != stripesdk.WebhookVerify {
			continue
		}
		if fn, ok := gocode.InnermostFunc(wc.Cursor); ok && stripesdk.ServesRequests(c.pass.Fset, c.pass.Pkg, info, wc.Cursor) {
			add(fn.Node(), onceWebhook, nil)
		}
	}
	activities := make(map[*types.Func]bool) // registered in this package
	var lits []ast.Node                      // function literals registered as activities
	for cur := range c.in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn := gocode.CalleeFunc(info, call)
		switch {
		case stripesdk.IsActivityAPI(fn) && len(call.Args) > 0:
			// activity.GetInfo(ctx) with the function's own context.
			if f, ok := gocode.InnermostFunc(cur); ok {
				if sig := gocode.FuncSignature(info, f.Node()); sig != nil && sig.Params().Len() > 0 && gocode.RefersTo(info, call.Args[0], sig.Params().At(0)) {
					add(f.Node(), onceTemporal, nil)
				}
			}
		case stripesdk.RegistersActivities(fn) && len(call.Args) > 0:
			if lit, ok := ast.Unparen(call.Args[0]).(*ast.FuncLit); ok {
				lits = append(lits, lit)
			} else {
				c.registeredActivities(call.Args[0], activities)
			}
		}
	}
	for cur := range c.in.Root().Preorder((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		sig := gocode.FuncSignature(info, cur.Node())
		if sig == nil {
			continue
		}
		if h, ok := stripesdk.JobHandlerOf(sig); ok {
			kind := onceAsynq
			if h.Queue == stripesdk.River {
				kind = onceRiver
			}
			add(cur.Node(), kind, sig.Params().At(h.Job))
			continue
		}
		var fn *types.Func
		if decl, ok := cur.Node().(*ast.FuncDecl); ok {
			fn, _ = info.Defs[decl.Name].(*types.Func)
		}
		switch {
		case fn != nil && c.jobs.names(fn):
			add(cur.Node(), onceJob, nil)
		case fn != nil && activities[fn]:
			add(cur.Node(), onceTemporal, nil)
		default:
			for p := range sig.Params().Variables() {
				if stripesdk.IsEventType(p.Type()) {
					add(cur.Node(), onceEvent, nil)
					break
				}
			}
		}
	}
	for _, lit := range lits {
		add(lit, onceTemporal, nil)
	}
}

// registeredActivities records what a RegisterActivity call registers:
// a function or method value, or every method with a context first of
// the (pointer to a) struct type of arg declared in this package.
func (c *checker) registeredActivities(arg ast.Expr, into map[*types.Func]bool) {
	info := c.pass.TypesInfo
	arg = ast.Unparen(arg)
	switch a := arg.(type) {
	case *ast.Ident:
		if fn, ok := info.Uses[a].(*types.Func); ok {
			into[fn.Origin()] = true
			return
		}
	case *ast.SelectorExpr:
		if fn, ok := info.Uses[a.Sel].(*types.Func); ok {
			into[fn.Origin()] = true
			return
		}
	}
	named, ok := types.Unalias(gocode.Deref(info.TypeOf(arg))).(*types.Named)
	if !ok || named.Obj().Pkg() != c.pass.Pkg {
		return
	}
	for m := range named.Methods() {
		params := m.Signature().Params()
		if m.Exported() && params.Len() > 0 && gocode.IsContext(params.At(0).Type()) {
			into[m] = true
		}
	}
}

// onceAround returns the innermost at-least-once function around cur.
func (c *checker) onceAround(cur inspector.Cursor) (onceFunc, bool) {
	for enc := range cur.Enclosing((*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		if f, ok := c.once[enc.Node()]; ok {
			return f, true
		}
	}
	return onceFunc{}, false
}

// createsState reports whether a call of desc creates state: a create
// API call, or a wrapper of this package that makes one (findCreators).
func (c *checker) createsState(desc stripesdk.Callee) bool {
	switch desc.Kind {
	case stripesdk.KindAPI:
		return desc.Creates()
	case stripesdk.KindWrapper:
		return c.creators[desc.Func.Origin()] != ""
	}
	return false
}

// findCreators finds the wrappers of this package that create state
// without a stable key of their own: they make a create call, or call
// such a wrapper. A wrapper that is itself at-least-once code (it
// receives the event) is reported inside, not at its callers.
//
// Wrappers of other packages are not followed: the stripesdk.Wrapper fact
// says whether a wrapper changes state, not whether it creates, and a
// fact of this rule's own would have to be expected by every fixture
// that declares a wrapper.
func (c *checker) findCreators() {
	c.creators = make(map[*types.Func]string)
	type candidate struct {
		fn   *types.Func
		decl inspector.Cursor
	}
	var candidates []candidate
	for fn, decl := range c.funcDecls() {
		if _, once := c.once[decl.Node()]; once || c.keyedWrapper(fn) {
			continue
		}
		d, ok := c.model.ClassifyFunc(fn)
		if ok && d.Kind == stripesdk.KindWrapper && d.Method == "POST" {
			candidates = append(candidates, candidate{fn, decl})
		}
	}
	for changed := true; changed; {
		changed = false
		for _, cand := range candidates {
			if c.creators[cand.fn] != "" {
				continue
			}
			for s := range c.sitesIn(cand.decl.Node().(*ast.FuncDecl).Body) {
				if s.Call.Func != cand.fn && c.createsState(s.Call) {
					c.creators[cand.fn] = s.Call.Name
					changed = true
					break
				}
			}
		}
	}
}

// redelivery checks a call that no retry of the function repeats: in
// at-least-once code, a call that creates state must send a stable key.
func (c *checker) redelivery(cur inspector.Cursor, desc stripesdk.Callee) {
	if desc.ErrResult < 0 || !c.createsState(desc) {
		return
	}
	of, ok := c.onceAround(cur)
	if !ok {
		return
	}
	stmt, ok := gocode.ListStmt(cur)
	if !ok {
		return
	}
	k := c.keyOf(cur, desc, retryCtx{body: of.body, anchor: stmt})
	where, why, from := c.onceWords(of, cur)
	call := cur.Node().(*ast.CallExpr)
	var msg string
	switch k.state {
	case keyNone, keyNilParams:
		msg = fmt.Sprintf("%s in %s has no stable idempotency key: %s, set one from %s", desc.Name, where, why, from)
	case keyFresh:
		each := "attempt"
		if of.kind == onceWebhook || of.kind == onceEvent {
			each = "delivery"
		}
		msg = fmt.Sprintf("%s in %s gets a new idempotency key from %s on each %s: set one from %s", desc.Name, where, k.fresh, each, from)
	default:
		return // stable, set by the caller, or not known
	}
	d := analysis.Diagnostic{Pos: call.Pos(), End: call.Lparen + 1, Category: CategoryRedelivery, Message: msg}
	if k.state == keyNone && k.param != nil && desc.Kind == stripesdk.KindAPI {
		if fix := c.fixStableKey(cur, stmt, of, desc, k); fix != nil {
			d.SuggestedFixes = []analysis.SuggestedFix{*fix}
		}
	}
	c.diags = append(c.diags, d)
}

// onceWords returns how messages name the at-least-once code, why it runs
// again, and the stable data to build a key from.
func (c *checker) onceWords(of onceFunc, cur inspector.Cursor) (where, why, from string) {
	switch of.kind {
	case onceWebhook, onceEvent:
		where = "a webhook handler"
		if of.kind == onceEvent {
			where = "an event handler"
		}
		from = "the event's id"
		if ev := c.eventInScope(cur); ev != nil {
			from = ev.Name() + ".ID"
		}
		return where, "Stripe redelivers events", from
	case onceAsynq:
		return "an asynq task handler", "tasks are retried", "the task's id"
	case onceRiver:
		from = "the job's id"
		if of.job != nil {
			from = of.job.Name() + ".ID"
		}
		return "a river worker", "jobs are retried", from
	case onceTemporal:
		return "a temporal activity", "activities are retried", "activity.GetInfo"
	}
	return "a job handler", "jobs are retried", "the job's id"
}

// eventInScope returns the innermost variable of type stripe.Event or
// *stripe.Event in scope at cur and declared before it, or nil.
func (c *checker) eventInScope(cur inspector.Cursor) *types.Var {
	file := gocode.EnclosingFile(cur)
	if file == nil {
		return nil
	}
	pos := cur.Node().Pos()
	for s := gocode.ScopeAt(c.pass.TypesInfo, file, pos); s != nil && s != c.pass.Pkg.Scope() && s != types.Universe; s = s.Parent() {
		var found *types.Var
		for _, name := range s.Names() {
			v, ok := s.Lookup(name).(*types.Var)
			if ok && v.Pos() < pos && stripesdk.IsSDKNamed(v.Type(), "Event") {
				if _, obj := s.LookupParent(name, pos); obj == v && (found == nil || v.Pos() > found.Pos()) {
					found = v
				}
			}
		}
		if found != nil {
			return found
		}
	}
	return nil
}

// fixStableKey sets a key from the event's or the job's id on local
// params, before the statement of the call:
//
//	params.SetIdempotencyKey("transfer-" + event.ID)
//	params.SetIdempotencyKey("payout-" + strconv.FormatInt(job.ID, 10))
//	params.SetIdempotencyKey("refund-" + t.ResultWriter().TaskID())
//
// Only with the event (a webhook or event handler) or the job (a river or
// asynq handler's parameter) in scope, for params defined in the handler
// and not assigned again, on a call that runs once per event or job: not
// in a loop, and the only create of its resource in the function (two
// would share the key).
func (c *checker) fixStableKey(cur, stmt inspector.Cursor, of onceFunc, desc stripesdk.Callee, k keyInfo) *analysis.SuggestedFix {
	if k.param.Pos() < of.body.Pos() || k.param.Pos() >= of.body.End() {
		return nil
	}
	var src *types.Var // the event or the job
	switch of.kind {
	case onceWebhook, onceEvent:
		src = c.eventInScope(cur)
		if src != nil && !sameRoot(src.Type(), k.root) {
			return nil
		}
	case onceRiver, onceAsynq:
		src = of.job
	}
	if src == nil || src.Name() == "" || src.Name() == "_" {
		return nil
	}
	for enc := range cur.Enclosing((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil)) {
		if gocode.Contains(of.body, enc.Node()) {
			return nil
		}
	}
	resource := resourceName(desc)
	if resource == "" {
		return nil
	}
	for s := range c.sitesIn(of.body) {
		if s.Cursor != cur && c.createsState(s.Call) && (s.Call.Kind != stripesdk.KindAPI || resourceName(s.Call) == resource) {
			return nil
		}
	}
	if assigned(c.pass.TypesInfo, of.body, k.param) {
		return nil
	}
	pos := stmt.Node().Pos()
	file := gocode.EnclosingFile(cur)
	if _, labeled := stmt.Node().(*ast.LabeledStmt); labeled || file == nil {
		return nil
	}
	scope := gocode.ScopeAt(c.pass.TypesInfo, file, pos)
	if scope == nil {
		return nil
	}
	for _, v := range []*types.Var{k.param, src} {
		if _, obj := scope.LookupParent(v.Name(), pos); obj != v {
			return nil
		}
	}
	var key, from string
	var edits []analysis.TextEdit
	switch of.kind {
	case onceRiver:
		name, imp, ok := fixes.AddImport(c.pass.TypesInfo, file, pos, "strconv", "strconv")
		if !ok {
			return nil
		}
		edits = imp
		key = fmt.Sprintf("%s.FormatInt(%s.ID, 10)", name, src.Name())
		from = src.Name() + ".ID"
	case onceAsynq:
		key = src.Name() + ".ResultWriter().TaskID()"
		from = "the task's id"
	default:
		key = src.Name() + ".ID"
		from = key
	}
	text := fmt.Sprintf("%s.SetIdempotencyKey(%q + %s)\n%s", k.param.Name(), resource+"-", key, fixes.Indent(c.pass, pos))
	edits = append(edits, analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(text)})
	return &analysis.SuggestedFix{
		Message:   fmt.Sprintf("Set the idempotency key from %s (behavior change)", from),
		TextEdits: edits,
	}
}

// sameRoot reports whether the event type t belongs to the SDK root
// package root.
func sameRoot(t types.Type, root *types.Package) bool {
	n, ok := types.Unalias(gocode.Deref(t)).(*types.Named)
	return ok && root != nil && n.Obj().Pkg() == root
}

// resourceName returns the lower-case name of the resource an API call
// creates, from the type of its first result (*stripe.Transfer:
// "transfer"), or "".
func resourceName(desc stripesdk.Callee) string {
	res := desc.Func.Signature().Results()
	if res.Len() == 0 {
		return ""
	}
	n, ok := types.Unalias(gocode.Deref(res.At(0).Type())).(*types.Named)
	if !ok {
		return ""
	}
	return strings.ToLower(n.Obj().Name())
}

// assigned reports whether v is assigned in body after its definition.
func assigned(info *types.Info, body *ast.BlockStmt, v *types.Var) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		if as, ok := n.(*ast.AssignStmt); ok {
			for _, lhs := range as.Lhs {
				if id, ok := ast.Unparen(lhs).(*ast.Ident); ok && info.Uses[id] == v {
					found = true
				}
			}
		}
		if u, ok := n.(*ast.UnaryExpr); ok && u.Op == token.AND && gocode.RefersTo(info, u.X, v) {
			found = true // &p: may be assigned elsewhere
		}
		return true
	})
	return found
}

// jobFlag is the value of the -jobs flag: the user's own job entry points,
// as a comma-separated list of pkgpath.Func or pkgpath.Type.Method.
type jobFlag struct {
	funcs map[string]map[string]bool // package path -> "Func" or "Type.Method"
	text  string
}

func (f *jobFlag) String() string {
	if f == nil {
		return ""
	}
	return f.text
}

// Set parses the list once.
func (f *jobFlag) Set(s string) error {
	funcs := make(map[string]map[string]bool)
	for item := range strings.SplitSeq(s, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		slash := strings.LastIndex(item, "/")
		parts := strings.Split(item[slash+1:], ".")
		if len(parts) < 2 || len(parts) > 3 || slices.Contains(parts, "") {
			return fmt.Errorf("job entry point %q is not of the form pkgpath.Func or pkgpath.Type.Method", item)
		}
		path := item[:slash+1] + parts[0]
		name := strings.Join(parts[1:], ".")
		if funcs[path] == nil {
			funcs[path] = make(map[string]bool)
		}
		funcs[path][name] = true
	}
	f.funcs, f.text = funcs, s
	return nil
}

// names reports whether the flag names fn.
func (f *jobFlag) names(fn *types.Func) bool {
	if f == nil || fn.Pkg() == nil {
		return false
	}
	names := f.funcs[fn.Pkg().Path()]
	if names == nil {
		return false
	}
	name := fn.Name()
	if recv := fn.Signature().Recv(); recv != nil {
		n, ok := types.Unalias(gocode.Deref(recv.Type())).(*types.Named)
		if !ok {
			return false
		}
		name = n.Obj().Name() + "." + name
	}
	return names[name]
}
