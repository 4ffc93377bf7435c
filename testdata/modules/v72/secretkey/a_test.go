package secretkey

import (
	"testing"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/client"
	"github.com/stripe/stripe-go/v72/webhook"
)

// In a test file only live keys are reported.
func TestKeys(t *testing.T) {
	stripe.Key = "sk_test_FAKEFAKE0123456789Gh"                                         // silent: a test-mode key in a test
	live := client.New("sk_live_FAKEFAKE0123456789Ij", nil)                             // want `live secret key sk_live_…89Ij in source code`
	_, err := webhook.ConstructEvent(nil, "", "whsec_FAKEFAKE0123456789abcdefABCDEF34") // silent: a signing secret in a test
	madeUp := client.New("sk_live_abcdefgh1234", nil)                                   // silent: made up
	if live == nil || madeUp == nil || err == nil {
		t.Fatal("unexpected")
	}
}
