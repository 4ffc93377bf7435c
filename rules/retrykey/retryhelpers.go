package retrykey

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// RetryHelper is the fact that a function of the user's code retries the
// function it receives as parameter Param: it calls it in a loop in which
// an error leads to another call (the same test as for API calls in
// loops), or passes it on to another retry helper. Found in every package,
// including those that do not import the SDK.
type RetryHelper struct {
	Param int // the index of the retried func-typed parameter
}

// AFact marks RetryHelper as a fact.
func (*RetryHelper) AFact() {}

func (h *RetryHelper) String() string { return fmt.Sprintf("retryHelper(%d)", h.Param) }

// retryKind says which results of a retried function lead to another
// attempt.
type retryKind int

const (
	// onError: any non-nil error is retried, except one marked permanent
	// (backoff.Permanent, retry.Unrecoverable). User helpers and those
	// named by the flag are of this kind.
	onError retryKind = iota + 1
	// onMarked: only an error wrapped by retry.RetryableError is retried
	// (github.com/sethvargo/go-retry).
	onMarked
	// onPoll: the condition is called again when it returns (false, nil);
	// an error stops the polling (k8s.io/apimachinery/pkg/util/wait).
	onPoll
)

// helper is a retry helper: the function, the index of its retried
// parameter, and how it decides to retry.
type helper struct {
	param int
	kind  retryKind
}

// knownHelpers lists the retry functions of well-known libraries by
// package path and name. k8s.io/client-go/util/retry.RetryOnConflict is
// left out on purpose: it retries only Kubernetes conflict errors, which a
// Stripe call never returns.
var knownHelpers = map[string]map[string]helper{
	"github.com/cenkalti/backoff/v4": {
		"Retry": {0, onError}, "RetryNotify": {0, onError}, "RetryNotifyWithTimer": {0, onError},
		"RetryWithData": {0, onError}, "RetryNotifyWithData": {0, onError}, "RetryNotifyWithTimerAndData": {0, onError},
	},
	"github.com/cenkalti/backoff/v5": {"Retry": {1, onError}},
	"github.com/avast/retry-go":      {"Do": {0, onError}},
	"github.com/avast/retry-go/v4":   {"Do": {0, onError}, "DoWithData": {0, onError}},
	"github.com/sethvargo/go-retry":  {"Do": {2, onMarked}, "DoValue": {2, onMarked}},
	"k8s.io/client-go/util/retry":    {"OnError": {2, onError}},
	"k8s.io/apimachinery/pkg/util/wait": {
		"ExponentialBackoff": {1, onPoll}, "ExponentialBackoffWithContext": {2, onPoll},
		"Poll": {2, onPoll}, "PollImmediate": {2, onPoll}, "PollInfinite": {1, onPoll}, "PollImmediateInfinite": {1, onPoll},
		"PollUntil": {1, onPoll}, "PollImmediateUntil": {1, onPoll},
		"PollWithContext": {3, onPoll}, "PollImmediateWithContext": {3, onPoll},
		"PollInfiniteWithContext": {2, onPoll}, "PollImmediateInfiniteWithContext": {2, onPoll},
		"PollUntilWithContext": {2, onPoll}, "PollImmediateUntilWithContext": {2, onPoll},
		"PollUntilContextCancel": {3, onPoll}, "PollUntilContextTimeout": {4, onPoll},
	},
}

// permanentMarkers are the functions whose result an onError helper does
// not retry.
var permanentMarkers = map[string]bool{
	"github.com/cenkalti/backoff/v4.Permanent":   true,
	"github.com/cenkalti/backoff/v5.Permanent":   true,
	"github.com/avast/retry-go.Unrecoverable":    true,
	"github.com/avast/retry-go/v4.Unrecoverable": true,
}

// retryableMarkers are the functions that mark an error as retryable for
// an onMarked helper.
var retryableMarkers = map[string]bool{
	"github.com/sethvargo/go-retry.RetryableError": true,
}

// helperFlag is the value of the -helpers flag: more retry helpers, as a
// comma-separated list of pkgpath.Func. Every func-typed parameter of such
// a function is taken as retried on error.
type helperFlag struct {
	names map[string]map[string]bool // package path -> function name
	text  string
}

func (f *helperFlag) String() string {
	if f == nil {
		return ""
	}
	return f.text
}

// Set parses the list once.
func (f *helperFlag) Set(s string) error {
	names := make(map[string]map[string]bool)
	for item := range strings.SplitSeq(s, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		slash := strings.LastIndex(item, "/")
		dot := strings.LastIndex(item, ".")
		if dot <= slash+1 || dot == len(item)-1 {
			return fmt.Errorf("retry helper %q is not of the form pkgpath.Func", item)
		}
		path, name := item[:dot], item[dot+1:]
		if names[path] == nil {
			names[path] = make(map[string]bool)
		}
		names[path][name] = true
	}
	f.names, f.text = names, s
	return nil
}

// helperOf reports whether fn is a retry helper: a well-known library's,
// one named by the flag, or one with a RetryHelper fact (or found in this
// package).
func (c *checker) helperOf(fn *types.Func) (helper, bool) {
	if fn == nil || fn.Pkg() == nil {
		return helper{}, false
	}
	fn = fn.Origin()
	if fn.Signature().Recv() == nil {
		if h, ok := knownHelpers[fn.Pkg().Path()][fn.Name()]; ok {
			return h, true
		}
		if c.extra.names[fn.Pkg().Path()][fn.Name()] {
			return helper{param: -1, kind: onError}, true
		}
	}
	if h, ok := c.localHelpers[fn]; ok {
		return helper{param: h, kind: onError}, true
	}
	if fn.Pkg() != c.pass.Pkg {
		var fact RetryHelper
		if c.pass.ImportObjectFact(fn, &fact) {
			return helper{param: fact.Param, kind: onError}, true
		}
	}
	return helper{}, false
}

// retriesArg reports whether h retries the argument at index i of a call
// of fn (a flag helper retries every func-typed argument).
func retriesArg(h helper, fn *types.Func, i int) bool {
	if h.param >= 0 {
		return i == h.param
	}
	params := fn.Signature().Params()
	if i >= params.Len() {
		if !fn.Signature().Variadic() {
			return false
		}
		i = params.Len() - 1
	}
	_, ok := params.At(i).Type().Underlying().(*types.Signature)
	return ok
}

// findHelpers finds the retry helpers declared in the package and exports
// their facts. It looks only at functions with a func-typed parameter
// whose last result is error, so it stays cheap in every package. A helper
// may forward to another declared later, so it iterates until nothing
// changes.
func (c *checker) findHelpers() {
	type candidate struct {
		fn     *types.Func
		decl   inspector.Cursor
		params []int // the func-typed parameters that return an error
	}
	var candidates []candidate
	for fn, decl := range c.funcDecls() {
		var params []int
		for i := range fn.Signature().Params().Len() {
			if sig, ok := fn.Signature().Params().At(i).Type().Underlying().(*types.Signature); ok && gocode.ReturnsError(sig) {
				params = append(params, i)
			}
		}
		if params != nil {
			candidates = append(candidates, candidate{fn, decl, params})
		}
	}
	if candidates == nil {
		return
	}
	c.localHelpers = make(map[*types.Func]int)
	for changed := true; changed; {
		changed = false
		for _, cand := range candidates {
			if _, done := c.localHelpers[cand.fn]; done {
				continue
			}
			for _, i := range cand.params {
				if c.retriesParam(cand.decl, cand.fn.Signature().Params().At(i)) {
					c.localHelpers[cand.fn] = i
					changed = true
					break
				}
			}
		}
	}
	for _, cand := range candidates {
		if i, ok := c.localHelpers[cand.fn]; ok {
			c.pass.ExportObjectFact(cand.fn, &RetryHelper{Param: i})
		}
	}
}

// retriesParam reports whether the function declared at decl retries its
// parameter p: calls it in a retry loop, calls it in a function literal a
// retry helper retries, or passes it to a retry helper.
func (c *checker) retriesParam(decl inspector.Cursor, p *types.Var) bool {
	found := false
	for cur := range decl.Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		if c.pass.TypesInfo.Uses[id] != p {
			continue
		}
		parent := cur.Parent()
		call, ok := parent.Node().(*ast.CallExpr)
		if !ok {
			continue
		}
		if call.Fun == id {
			sig := p.Type().Underlying().(*types.Signature)
			if _, ok := c.retryContext(parent, sig.Results().Len()-1); ok {
				found = true
			}
		} else if fn := gocode.CalleeFunc(c.pass.TypesInfo, call); fn != nil {
			if h, ok := c.helperOf(fn); ok {
				for i, arg := range call.Args {
					if arg == id && retriesArg(h, fn, i) {
						found = true
					}
				}
			}
		}
		if found {
			return true
		}
	}
	return false
}
