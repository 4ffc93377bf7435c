// Package pkglevel puts fake keys (FAKEFAKE and a counting run) where
// stripe-go v72 takes them: the fix reads them from the environment.
package pkglevel

import (
	"net/http"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/client"
	"github.com/stripe/stripe-go/v72/webhook"
)

func init() {
	stripe.Key = "sk_live_FAKEFAKE0123456789Kl" // want `live secret key sk_live_…89Kl in source code`
}

var api = client.New("sk_test_FAKEFAKE0123456789Mn", nil) // want `test secret key sk_test_…89Mn in source code`

func initAPI(a *client.API) {
	a.Init("rk_live_FAKEFAKE0123456789Op", nil) // want `live restricted key rk_live_…89Op in source code`
}

func verify(r *http.Request, payload []byte) (stripe.Event, error) {
	return webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), "whsec_FAKEFAKE0123456789abcdefABCDEF56") // want `webhook signing secret whsec_…EF56 in source code`
}

// wrongSink passes an API key as the signing secret: reported, no fix.
func wrongSink(r *http.Request, payload []byte) error {
	return webhook.ValidatePayload(payload, r.Header.Get("Stripe-Signature"), "sk_live_FAKEFAKE0123456789Qr") // want `live secret key sk_live_…89Qr in source code`
}

// notASink does not pass the key straight to the SDK: reported, no fix.
func notASink() string {
	key := "sk_live_FAKEFAKE0123456789St" // want `live secret key sk_live_…89St in source code`
	return key
}

var _ = api
