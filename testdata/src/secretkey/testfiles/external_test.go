package testfiles_test

import "testing"

// An external test package is a test file too.
func TestExternal(t *testing.T) {
	t.Log("sk_test_FAKEFAKE0123456789Mn")                // silent: a test-mode key in a test
	t.Log("Authorization: sk_live_FAKEFAKE0123456789Op") // want `live secret key sk_live_…89Op in source code`
}
