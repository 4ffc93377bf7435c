package testfiles

import "testing"

func TestKeys(t *testing.T) {
	keys := []string{
		"sk_test_FAKEFAKE0123456789Cd",           // silent: a test-mode key in a test
		"rk_test_FAKEFAKE0123456789Ef",           // silent: a test-mode restricted key in a test
		"whsec_FAKEFAKE0123456789abcdefABCDEF23", // silent: a signing secret in a test
		"Bearer sk_test_FAKEFAKE0123456789Gh",    // silent: embedded, still test mode
		"sk_live_FAKEFAKE0123456789Ij",           // want `live secret key sk_live_…89Ij in source code: roll it and load it from the environment`
		"rk_live_FAKEFAKE0123456789Kl",           // want `live restricted key rk_live_…89Kl in source code`
		"sk_live_abcdefgh1234",                   // silent: made up (sequential runs only)
	}
	if len(keys) == 0 {
		t.Fatal("no keys")
	}
}
