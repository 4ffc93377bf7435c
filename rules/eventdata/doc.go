// Package eventdata defines an Analyzer that reports mistakes in reading
// what a webhook event carries: decode errors of its data that are lost,
// and its data decoded into the wrong SDK type for the event type.
//
// Its documentation, which is also the analyzer's Doc, is the page
// docs/rules/eventdata.md; see ruledoc for how Doc is taken from it.
package eventdata
