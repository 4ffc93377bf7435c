// Package webhooksig defines an Analyzer that reports Stripe webhook
// handlers that skip or weaken signature verification.
//
// Its documentation, which is also the analyzer's Doc, is the page
// docs/rules/webhooksig.md; see ruledoc for how Doc is taken from it.
package webhooksig
