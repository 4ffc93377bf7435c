// Package nilerror defines an Analyzer that reports reads of the Stripe
// SDK's stored failure information that no nil check guards.
//
// Its documentation, which is also the analyzer's Doc, is the page
// docs/rules/nilerror.md; see ruledoc for how Doc is taken from it.
package nilerror
