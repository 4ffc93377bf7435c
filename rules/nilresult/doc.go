// Package nilresult defines an Analyzer that reports reads through the
// result of a Stripe API call before its error is checked.
//
// Its documentation, which is also the analyzer's Doc, is the page
// docs/rules/nilresult.md; see ruledoc for how Doc is taken from it.
package nilresult
