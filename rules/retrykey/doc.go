// Package retrykey defines an Analyzer that reports state-changing Stripe
// calls retried without a stable idempotency key.
//
// # Analyzer retrykey
//
// retrykey: report state-changing Stripe calls retried without a stable idempotency key
//
// (draft)
package retrykey
