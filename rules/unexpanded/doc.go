// Package unexpanded defines an Analyzer that reports reads through
// fields of Stripe objects that hold only an id because nothing expanded them.
//
// Its documentation, which is also the analyzer's Doc, is the page
// docs/rules/unexpanded.md; see ruledoc for how Doc is taken from it.
package unexpanded
