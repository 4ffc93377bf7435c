package stripesdk

import (
	"go/types"
	"os"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
)

// loadStubs type-checks SDK stub packages of testdata/src (GOPATH mode).
func loadStubs(t *testing.T, paths ...string) map[string]*types.Package {
	t.Helper()
	dir := fixturetest.TestData(t)
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedTypes,
		Dir:  dir,
		Env:  append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOFLAGS=", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, paths...)
	if err != nil {
		t.Fatal(err)
	}
	out := make(map[string]*types.Package)
	for _, p := range pkgs {
		for _, e := range p.Errors {
			t.Fatalf("%s: %v", p.PkgPath, e)
		}
		out[p.PkgPath] = p.Types
	}
	return out
}

func TestIdempotencyKeyQuestions(t *testing.T) {
	pkgs := loadStubs(t,
		"github.com/stripe/stripe-go/v72", "github.com/stripe/stripe-go/v72/refund",
		"github.com/stripe/stripe-go/v85", "github.com/stripe/stripe-go/v85/refund")
	for _, major := range []string{"v72", "v85"} {
		root := pkgs["github.com/stripe/stripe-go/"+major]
		refundPkg := pkgs["github.com/stripe/stripe-go/"+major+"/refund"]
		lookup := func(name string) types.Type { return root.Scope().Lookup(name).Type() }

		params := lookup("Params").(*types.Named)
		var setKey *types.Func
		for m := range params.Methods() {
			if m.Name() == "SetIdempotencyKey" {
				setKey = m
			}
		}
		if !IsSetIdempotencyKey(setKey) {
			t.Errorf("%s: IsSetIdempotencyKey((*stripe.Params).SetIdempotencyKey) = false", major)
		}
		for m := range params.Methods() {
			if m.Name() != "SetIdempotencyKey" && IsSetIdempotencyKey(m) {
				t.Errorf("%s: IsSetIdempotencyKey(%s) = true", major, m.Name())
			}
		}

		// The field, reached through a params struct that embeds Params.
		refundParams := types.NewPointer(lookup("RefundParams"))
		obj, _, _ := types.LookupFieldOrMethod(refundParams, false, nil, "IdempotencyKey")
		if !IsIdempotencyKeyField(obj.(*types.Var)) {
			t.Errorf("%s: IsIdempotencyKeyField(RefundParams.IdempotencyKey) = false", major)
		}
		obj, _, _ = types.LookupFieldOrMethod(refundParams, false, nil, "StripeAccount")
		if IsIdempotencyKeyField(obj.(*types.Var)) {
			t.Errorf("%s: IsIdempotencyKeyField(StripeAccount) = true", major)
		}

		if fn, _ := root.Scope().Lookup("NewIdempotencyKey").(*types.Func); !IsNewIdempotencyKey(fn) {
			t.Errorf("%s: IsNewIdempotencyKey(stripe.NewIdempotencyKey) = false", major)
		}
		if fn, _ := root.Scope().Lookup("String").(*types.Func); IsNewIdempotencyKey(fn) {
			t.Errorf("%s: IsNewIdempotencyKey(stripe.String) = true", major)
		}

		if got, ok := CarriesIdempotencyKey(refundParams); !ok || got != root {
			t.Errorf("%s: CarriesIdempotencyKey(*stripe.RefundParams) = %v, %v", major, got, ok)
		}
		if _, ok := CarriesIdempotencyKey(types.NewPointer(lookup("ListParams"))); ok {
			t.Errorf("%s: CarriesIdempotencyKey(*stripe.ListParams) = true", major)
		}
		if _, ok := CarriesIdempotencyKey(lookup("RefundParams")); ok {
			t.Errorf("%s: CarriesIdempotencyKey(stripe.RefundParams) = true (not a pointer)", major)
		}

		refundNew, _ := refundPkg.Scope().Lookup("New").(*types.Func)
		if NilParamsSendKey(Callee{Func: refundNew, Kind: KindAPI, Method: "POST"}) {
			t.Errorf("%s: NilParamsSendKey(refund.New) = true, want false (nil params send no key)", major)
		}
	}

	// v85's client services replace nil params by new ones.
	root := pkgs["github.com/stripe/stripe-go/v85"]
	svc := root.Scope().Lookup("v1RefundService").Type()
	obj, _, _ := types.LookupFieldOrMethod(svc, false, root, "Create")
	if !NilParamsSendKey(Callee{Func: obj.(*types.Func), Kind: KindAPI, Method: "POST"}) {
		t.Errorf("NilParamsSendKey((*stripe.Client).V1Refunds.Create) = false, want true")
	}
}
