package client

import "testing"

func TestKey(t *testing.T) {
	if sc == nil {
		t.Fatal("sk_test_FAKEFAKE0123456789Yz") // silent: a test-mode key in a test
	}
}
