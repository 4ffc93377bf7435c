// Package config holds settings and imports nothing of Stripe's: secretkey
// checks it all the same. Every key in these fixtures is fake: FAKEFAKE
// and a counting run, shaped like a real key so that the pattern matches.
package config

// Settings of the service.
type Settings struct {
	StripeKey     string
	WebhookSecret string
	Publishable   string
}

// Defaults are the built-in settings.
var Defaults = Settings{
	StripeKey:     "sk_live_FAKEFAKE0123456789Ab",           // want `live secret key sk_live_…89Ab in source code: roll it and load it from the environment`
	WebhookSecret: "whsec_FAKEFAKE0123456789abcdefABCDEF12", // want `webhook signing secret whsec_…EF12 in source code: roll it and load it from the environment`
	Publishable:   "pk_live_FAKEFAKE0123456789Ab",           // silent: publishable keys are public
}

const (
	testKey       = "sk_test_FAKEFAKE0123456789Cd"               // want `test secret key sk_test_…89Cd in source code: load it from the environment`
	restricted    = "rk_live_FAKEFAKE0123456789Ef"               // want `live restricted key rk_live_…89Ef in source code`
	restrictedT   = "rk_test_FAKEFAKE0123456789Gh"               // want `test restricted key rk_test_…89Gh in source code`
	placeholder   = "sk_test_..."                                // silent: a placeholder
	xes           = "sk_test_XXXXXXXXXXXXXXXX"                   // silent: a placeholder
	yours         = "sk_live_yourSecretKeyHere1"                 // silent: a placeholder
	whPlaceholder = "whsec_<your secret>"                        // silent: a placeholder
	short         = "sk_test_abc"                                // silent: too short to be a key
	docs          = "set STRIPE_SECRET_KEY to your sk_live_ key" // silent: a prefix with nothing random after it
)

// Header embeds a key in a longer string: reported, no fix.
const Header = "Authorization: Bearer sk_live_FAKEFAKE0123456789Ij" // want `live secret key sk_live_…89Ij in source code`

// Raw strings count too.
const raw = `whsec_FAKEFAKE0123456789abcdefABCDEF34` // want `webhook signing secret whsec_…EF34 in source code`

var _ = []string{testKey, restricted, restrictedT, placeholder, xes, yours, whPlaceholder, short, docs, raw}
