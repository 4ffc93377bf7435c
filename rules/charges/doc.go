// Package charges defines an Analyzer that reports reads of
// PaymentIntent.Charges, which later API versions removed, and indexing of
// its charges with no length check.
//
// Its documentation, which is also the analyzer's Doc, is the page
// docs/rules/charges.md; see ruledoc for how Doc is taken from it.
package charges
