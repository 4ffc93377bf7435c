// Package retrykey defines an Analyzer that reports state-changing Stripe
// calls retried without a stable idempotency key.
//
// Its documentation, which is also the analyzer's Doc, is the page
// docs/rules/retrykey.md; see ruledoc for how Doc is taken from it.
package retrykey
