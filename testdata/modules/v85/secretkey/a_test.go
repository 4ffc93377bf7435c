package secretkey

import (
	"testing"

	stripe "github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/webhook"
)

// In a test file only live keys are reported.
func TestKeys(t *testing.T) {
	test := stripe.NewClient("sk_test_FAKEFAKE0123456789Kl") // silent: a test-mode key in a test
	live := stripe.NewClient("rk_live_FAKEFAKE0123456789Mn") // want `live restricted key rk_live_…89Mn in source code`
	signed := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{
		Payload: []byte("{}"),
		Secret:  "whsec_FAKEFAKE0123456789abcdefABCDEF56", // silent: a signing secret in a test
	})
	madeUp := stripe.NewClient("sk_live_0123456789abcdef") // silent: made up
	if test == nil || live == nil || signed == nil || madeUp == nil {
		t.Fatal("unexpected")
	}
}
