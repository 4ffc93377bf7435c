package stripesdk

import (
	"go/constant"
	"go/types"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/packages"
)

func TestEnumsLookup(t *testing.T) {
	pkg := checkEnums(t, "github.com/stripe/stripe-go/v85")
	tn := func(name string) *types.TypeName { return pkg.Scope().Lookup(name).(*types.TypeName) }
	e := NewEnums()
	for _, tc := range []struct {
		typ, value string
		want       bool
	}{
		{"ErrorType", "card_error", true},
		{"ErrorType", "invalid_request_error", true},
		{"ErrorType", "invalid_request", false},
		{"ErrorType", "", false},
		{"PayoutMethodType", "instant", true}, // a name the guess misses: found by the walk
		{"Untyped", "card_error", false},
	} {
		if got := e.HasValue(tn(tc.typ), tc.value); got != tc.want {
			t.Errorf("HasValue(%s, %q) = %v, want %v", tc.typ, tc.value, got, tc.want)
		}
	}
	card := pkg.Scope().Lookup("ErrorTypeCard").(*types.Const)
	if !e.IsDeclared(tn("ErrorType"), card) {
		t.Error("IsDeclared(ErrorType, ErrorTypeCard) = false")
	}
	if e.IsDeclared(tn("PayoutMethodType"), card) {
		t.Error("IsDeclared(PayoutMethodType, ErrorTypeCard) = true")
	}
	if e.IsDeclared(tn("ErrorType"), pkg.Scope().Lookup("plain").(*types.Const)) {
		t.Error("IsDeclared(ErrorType, plain) = true: plain is untyped")
	}
	if e.HasValue(nil, "x") || e.IsDeclared(nil, card) || e.Constants(nil) != nil {
		t.Error("a nil type name declares nothing")
	}
}

// TestEnumsMatchEnumConstants checks, on the real root packages of
// stripe-go v72 and v85 (from the module-mode fixtures), that Enums gives
// EnumConstants' answers for every declared value of every enum type and
// for values that are not declared, and reports how often the name guess
// spares the walk.
func TestEnumsMatchEnumConstants(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the real SDK")
	}
	for _, major := range []string{"v72", "v85"} {
		t.Run(major, func(t *testing.T) {
			dir := filepath.Join("..", "..", "testdata", "modules", major)
			cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes, Dir: dir,
				Env: append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")}
			pkgs, err := packages.Load(cfg, "github.com/stripe/stripe-go/"+major)
			if err != nil || len(pkgs) != 1 || len(pkgs[0].Errors) > 0 {
				t.Fatalf("loading the SDK: %v %v", err, pkgs)
			}
			sdk := pkgs[0].Types
			index := EnumConstants(sdk)
			guessed, values := 0, 0
			e := NewEnums() // HasValue tries the names before the index, built or not
			for tn, consts := range index {
				if EnumTypeName(tn.Type()) == nil {
					continue // not a string type
				}
				for _, c := range consts {
					s := constant.StringVal(c.Val())
					values++
					for _, name := range constNames(tn.Name(), s) {
						if sdk.Scope().Lookup(name) != nil {
							guessed++
							break
						}
					}
					if !e.HasValue(tn, s) || !e.IsDeclared(tn, c) {
						t.Errorf("%s %q (%s): not found", tn.Name(), s, c.Name())
					}
				}
				if e.HasValue(tn, "no_such_value_"+tn.Name()) {
					t.Errorf("%s: HasValue of an undeclared value", tn.Name())
				}
			}
			if values == 0 {
				t.Fatal("no enum values in the SDK: the test checks nothing")
			}
			t.Logf("%d enum types, %d values, %d found by name (%.0f%%)", len(index), values, guessed, 100*float64(guessed)/float64(values))
		})
	}
}
