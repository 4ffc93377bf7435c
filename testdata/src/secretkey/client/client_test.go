package client

import "testing"

func TestKey(t *testing.T) {
	if sc == nil {
		t.Fatal("sk_test_FAKEFAKE0123456789Yz") // want `test secret key sk_test_…89Yz in source code`
	}
}
