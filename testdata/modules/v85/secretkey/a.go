// Package secretkey runs secretkey against the real stripe-go v85. Its
// keys are fake: FAKEFAKE and a counting run.
package secretkey

import (
	stripe "github.com/stripe/stripe-go/v85"
)

var sc = stripe.NewClient("sk_test_FAKEFAKE0123456789Gh") // want `test secret key sk_test_…89Gh in source code`

func verify(payload []byte, header string) (stripe.Event, error) {
	return sc.ConstructEvent(payload, header, "whsec_FAKEFAKE0123456789abcdefABCDEF12") // want `webhook signing secret whsec_…EF12 in source code`
}
