package stripesdk

import (
	"go/types"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestExpandableField checks the generated table against the real root
// packages of stripe-go v72 and v85 (from the module-mode fixtures).
func TestExpandableField(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the real SDK")
	}
	type want struct {
		owner, field, json string // json "" for a field that is not expandable
	}
	common := []want{
		{"PaymentIntent", "Customer", "customer"},
		{"Charge", "PaymentIntent", "payment_intent"},
		{"Charge", "Customer", "customer"},
		{"CheckoutSession", "Subscription", "subscription"},
		{"Subscription", "LatestInvoice", "latest_invoice"},
		{"Subscription", "Customer", "customer"},
		{"Price", "Product", "product"},
		{"SubscriptionItem", "Price", ""},                    // always sent in full
		{"Customer", "Discount", ""},                         // a full object, own description
		{"Error", "PaymentIntent", ""},                       // the SDK's own field
		{"PaymentIntent", "Amount", ""},                      // not a reference
		{"Invoice", "CustomerEmail", ""},                     // the denormalised field
		{"LineItem", "Price", ""},                            // a full object, own description
		{"IssuingAuthorization", "Card", ""},                 // the IssuingCard's own description
		{"SubscriptionSchedule", "ReleasedSubscription", ""}, // always an id: a plain string in the specification
		{"Review", "PaymentIntent", "payment_intent"},        // described, listed as expandable
	}
	cases := map[string][]want{
		"v72": append([]want{
			{"Invoice", "Subscription", "subscription"},
			{"Invoice", "PaymentIntent", "payment_intent"},
			{"InvoiceLine", "Price", ""},
			{"Discount", "Coupon", ""}, // the Coupon's own description
		}, common...),
		"v85": append([]want{
			{"InvoiceParentSubscriptionDetails", "Subscription", "subscription"},
			{"PaymentIntent", "LatestCharge", "latest_charge"},
			{"InvoiceLineItem", "Subscription", ""}, // undocumented in v85
		}, common...),
	}
	for _, major := range []string{"v72", "v85"} {
		t.Run(major, func(t *testing.T) {
			sdk := loadSDKRoot(t, major)
			for _, w := range cases[major] {
				tn, _ := sdk.Scope().Lookup(w.owner).(*types.TypeName)
				if tn == nil {
					t.Errorf("%s: no type %s", major, w.owner)
					continue
				}
				obj, _, _ := types.LookupFieldOrMethod(tn.Type(), false, sdk, w.field)
				field, _ := obj.(*types.Var)
				if field == nil {
					t.Errorf("%s: no field %s.%s", major, w.owner, w.field)
					continue
				}
				got, ok := ExpandableField(tn, field)
				if got != w.json || ok != (w.json != "") {
					t.Errorf("%s: ExpandableField(%s.%s) = %q, %v; want %q", major, w.owner, w.field, got, ok, w.json)
				}
			}
			inv, _ := sdk.Scope().Lookup("Invoice").(*types.TypeName)
			if f := CopiedField(inv, "customer.email"); f == nil || f.Name() != "CustomerEmail" {
				t.Errorf("%s: CopiedField(Invoice, customer.email) = %v, want CustomerEmail", major, f)
			}
			cs, _ := sdk.Scope().Lookup("CheckoutSession").(*types.TypeName)
			if f := CopiedField(cs, "customer.email"); f != nil {
				t.Errorf("%s: CopiedField(CheckoutSession, customer.email) = %v, want nil (its CustomerEmail is what the session was created with)", major, f)
			}
			// Every entry of the table names a field of this major, or
			// is not marked for it.
			bit := uint64(1) << (majorNumber(major) - 72)
			for k, e := range expandableTable {
				if e.Majors&bit == 0 {
					continue
				}
				tn, _ := sdk.Scope().Lookup(k.Type).(*types.TypeName)
				if tn == nil {
					t.Errorf("%s: table names %s, not declared", major, k.Type)
					continue
				}
				st, _ := tn.Type().Underlying().(*types.Struct)
				var field *types.Var
				for f := range st.Fields() {
					if f.Name() == k.Field {
						field = f
					}
				}
				if _, ok := ExpandableField(tn, field); !ok {
					t.Errorf("%s: %s.%s in the table but not expandable", major, k.Type, k.Field)
				}
			}
		})
	}
}

func TestExpandableFieldRejects(t *testing.T) {
	if _, ok := ExpandableField(nil, nil); ok {
		t.Error("ExpandableField(nil, nil) = ok")
	}
	// A user type that shares the SDK's names is not the SDK's.
	pkg := types.NewPackage("example.com/stripe", "stripe")
	field := types.NewField(0, pkg, "Customer", types.Typ[types.String], false)
	tn := types.NewTypeName(0, pkg, "PaymentIntent", nil)
	types.NewNamed(tn, types.NewStruct([]*types.Var{field}, nil), nil)
	if _, ok := ExpandableField(tn, field); ok {
		t.Error("a look-alike outside the SDK is expandable")
	}
	if _, ok := ExpandableSelection(nil); ok {
		t.Error("ExpandableSelection(nil) = ok")
	}
}

func majorNumber(major string) int {
	switch major {
	case "v72":
		return 72
	default:
		return 85
	}
}

func loadSDKRoot(t *testing.T, major string) *types.Package {
	t.Helper()
	dir := filepath.Join("..", "..", "testdata", "modules", major)
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes, Dir: dir,
		Env: append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")}
	pkgs, err := packages.Load(cfg, "github.com/stripe/stripe-go/"+major)
	if err != nil || len(pkgs) != 1 || len(pkgs[0].Errors) > 0 {
		t.Fatalf("loading the SDK: %v %v", err, pkgs)
	}
	return pkgs[0].Types
}
