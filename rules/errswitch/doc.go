// Package errswitch defines an Analyzer that reports switches classifying
// Stripe errors that have no branch for card errors or for invalid-request
// errors.
//
// Its documentation, which is also the analyzer's Doc, is the page
// docs/rules/errswitch.md; see ruledoc for how Doc is taken from it.
package errswitch
