// Package globalkey defines an Analyzer that reports the SDK's
// process-wide API key (or backend) switched while serving requests.
//
// Its documentation, which is also the analyzer's Doc, is the page
// docs/rules/globalkey.md; see ruledoc for how Doc is taken from it.
package globalkey
