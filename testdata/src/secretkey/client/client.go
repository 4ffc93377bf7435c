// Package client puts fake keys (FAKEFAKE and a counting run) where the
// v82+ client of stripe-go v85 takes them.
package client

import (
	"fmt"
	"net/http"

	stripe "github.com/stripe/stripe-go/v85"
)

var sc = stripe.NewClient("sk_live_FAKEFAKE0123456789Uv") // want `live secret key sk_live_…89Uv in source code`

func parse(r *http.Request, payload []byte) (stripe.EventNotificationContainer, error) {
	return sc.ParseEventNotification(payload, r.Header.Get("Stripe-Signature"), "whsec_FAKEFAKE0123456789abcdefABCDEF78") // want `webhook signing secret whsec_…EF78 in source code`
}

func options(payload []byte, header string) (stripe.Event, error) {
	return stripe.ConstructEvent(payload, header, "whsec_FAKEFAKE0123456789abcdefABCDEF90", stripe.WithIgnoreAPIVersionMismatch()) // want `webhook signing secret whsec_…EF90 in source code`
}

func debug() {
	fmt.Println("pk_test_FAKEFAKE0123456789Wx") // silent: publishable keys are public
}
