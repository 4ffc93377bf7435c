// Package uncheckederr defines an Analyzer that reports Stripe API calls
// whose error is lost.
//
// Its documentation, which is also the analyzer's Doc, is the page
// docs/rules/uncheckederr.md; see ruledoc for how Doc is taken from it.
package uncheckederr
