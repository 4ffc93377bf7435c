// Package testfiles holds keys in test files and beside them: in _test.go
// files only live keys are reported; test-mode keys and signing secrets
// are silent there, and reported everywhere else. Every key is fake
// (FAKEFAKE and a counting run), shaped like a real key.
package testfiles

// devKey is a test-mode key outside a test file: still reported.
const devKey = "sk_test_FAKEFAKE0123456789Ab" // want `test secret key sk_test_…89Ab in source code: load it from the environment`

// devSecret is a signing secret outside a test file: still reported.
const devSecret = "whsec_FAKEFAKE0123456789abcdefABCDEF01" // want `webhook signing secret whsec_…EF01 in source code`

var _ = []string{devKey, devSecret}
