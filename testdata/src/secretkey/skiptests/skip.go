// Package skiptests is checked with -skip-tests: only its non-test files
// are reported. Its key is fake (FAKEFAKE and a counting run).
package skiptests

const key = "sk_test_FAKEFAKE0123456789Za" // want `test secret key sk_test_…89Za in source code`

var _ = key
