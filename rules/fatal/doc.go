// Package fatal defines an Analyzer that reports process exits and panics
// on the error of a Stripe API call in code that serves requests.
//
// Its documentation, which is also the analyzer's Doc, is the page
// docs/rules/fatal.md; see ruledoc for how Doc is taken from it.
package fatal
