package madeup

import "testing"

func TestMadeUp(t *testing.T) {
	t.Log("sk_live_0123456789abcdef")         // silent: made up, in a test
	t.Log("sk_live_FAKEFAKE0123456789St")     // want `live secret key sk_live_…89St in source code`
	t.Log("sk_test_4eC39HqLyjWDarjtT1zdp7dc") // silent: Stripe's documentation test key, in a test
}
