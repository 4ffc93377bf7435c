package skiptests

import "testing"

func TestKey(t *testing.T) {
	t.Log("sk_test_FAKEFAKE0123456789Yz") // silent: run with -skip-tests
}
