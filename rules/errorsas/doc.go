// Package errorsas defines an Analyzer that reports type assertions and
// type switches that look for a Stripe error type in an error, where
// errors.As is needed.
//
// Its documentation, which is also the analyzer's Doc, is the page
// docs/rules/errorsas.md; see ruledoc for how Doc is taken from it.
package errorsas
