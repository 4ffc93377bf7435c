// Package secretkey runs secretkey against the real stripe-go v72. Its
// keys are fake: FAKEFAKE and a counting run.
package secretkey

import (
	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/client"
)

func init() {
	stripe.Key = "sk_live_FAKEFAKE0123456789Ab" // want `live secret key sk_live_…89Ab in source code`
}

var api = client.New("rk_test_FAKEFAKE0123456789Cd", nil) // want `test restricted key rk_test_…89Cd in source code`

const publishable = "pk_live_FAKEFAKE0123456789Ef" // silent: publishable keys are public

var _, _ = api, publishable
