package skiptests

import "testing"

func TestKey(t *testing.T) {
	t.Log("sk_test_FAKEFAKE0123456789Yz") // silent: run with -skip-tests
	t.Log("sk_live_FAKEFAKE0123456789Yb") // silent: -skip-tests leaves live keys in tests alone too
}
