package stripesdk

import (
	"go/types"
	"testing"
)

// TestFuncNameQualifier: a user package with an SDK package's name is
// named by its path; the SDK's packages and other user packages by name.
func TestFuncNameQualifier(t *testing.T) {
	sig := types.NewSignatureType(nil, nil, nil, nil, nil, false)
	for _, tc := range []struct{ path, name, want string }{
		{"example.com/app/stripe", "stripe", "example.com/app/stripe.Do"},
		{"example.com/app/customer", "customer", "example.com/app/customer.Do"},
		{"example.com/app/billing", "billing", "billing.Do"},
		{"github.com/stripe/stripe-go/v85/customer", "customer", "customer.Do"},
		{"github.com/stripe/stripe-go/v72", "stripe", "stripe.Do"},
	} {
		fn := types.NewFunc(0, types.NewPackage(tc.path, tc.name), "Do", sig)
		if got := FuncName(fn); got != tc.want {
			t.Errorf("FuncName(%s.Do) = %q, want %q", tc.path, got, tc.want)
		}
	}
	if IsSDKPackageName("billing") || !IsSDKPackageName("paymentintent") {
		t.Error("IsSDKPackageName: wrong on billing or paymentintent")
	}
}
