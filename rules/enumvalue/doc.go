// Package enumvalue defines an Analyzer that reports comparisons of
// Stripe SDK enum values with constants that are none of the enum's
// declared values.
//
// Its documentation, which is also the analyzer's Doc, is the page
// docs/rules/enumvalue.md; see ruledoc for how Doc is taken from it.
package enumvalue
