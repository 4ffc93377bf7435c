// Package secretkey defines an Analyzer that reports Stripe secrets
// written into source code.
//
// Its documentation, which is also the analyzer's Doc, is the page
// docs/rules/secretkey.md; see ruledoc for how Doc is taken from it.
package secretkey
