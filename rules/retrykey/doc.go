// Package retrykey defines an Analyzer that reports state-changing Stripe
// calls retried without a stable idempotency key.
//
// # Analyzer retrykey
//
// retrykey: report state-changing Stripe calls retried without a stable idempotency key
//
// stripe-go puts an Idempotency-Key header on every write request (POST,
// DELETE) whose params are not nil: the key set on the params
// (params.SetIdempotencyKey(k), or params.IdempotencyKey =
// stripe.String(k)), or else a fresh one from stripe.NewIdempotencyKey,
// which it does not write back into the params. A retry written by hand,
// a loop or a retry helper calling a closure, therefore sends a new key on
// every attempt, and Stripe treats each attempt as a new request: a
// timeout after the charge went through, then a retry, charges twice. The
// SDK's own retries (BackendConfig.MaxNetworkRetries) resend the same
// request and key. A stable key, set once before the first attempt, makes
// a retry safe: Stripe answers a repeated key with the first answer.
//
// The analyzer reports a state-changing API call (an SDK call whose HTTP
// method is POST or DELETE, per the SDK model's table, or a wrapper of
// one) that is retried, when nothing gives it a stable key:
//
//   - retried by a loop: in the innermost loop around the call, a failed
//     call leads to another iteration (continue, or the end of the body)
//     and a successful one leaves the loop (break, return), or the loop's
//     condition stops on success (for err != nil). Three-clause, condition
//     only and bare for loops, and range loops, are all looked at; a loop
//     that sends other params on each iteration (built from the range
//     value or the counter of the post statement) is a batch, and one
//     that returns on error is not a retry;
//   - retried by a helper: the call is in a function literal passed to a
//     retry helper (directly, or through a local variable), and the
//     literal returns the call's error in a way the helper retries. The
//     helpers are github.com/cenkalti/backoff/v4 and v5 (Retry,
//     RetryWithData, RetryNotify...; not after backoff.Permanent),
//     github.com/avast/retry-go (Do, DoWithData; not after
//     retry.Unrecoverable), github.com/sethvargo/go-retry (Do, DoValue;
//     only errors marked by retry.RetryableError),
//     k8s.io/client-go/util/retry.OnError, k8s.io/apimachinery's wait.Poll*
//     and wait.ExponentialBackoff* (when the condition returns false,
//     nil), the functions named by -retrykey.helpers, and the user's own
//     helpers: a function that calls its func-typed parameter in a retry
//     loop, or passes it on to a helper, in any package. Helpers are found
//     in every package, including those that do not import the SDK (a
//     package of retry utilities need not), and exported as facts; that
//     part looks only at functions with a func-typed parameter returning an
//     error, so it stays cheap. Everything else returns at once in a
//     package that imports no SDK package and no wrapper.
//
// The key is stable when it is set on the same params variable before the
// loop or the helper call (any value, stripe.NewIdempotencyKey included:
// it is made once), or inside from stable data ("refund-" + orderID). It
// is fresh, and reported, when set inside from a value that changes on
// every attempt, recognised by the callee's identity: stripe.NewIdempotencyKey,
// github.com/google/uuid's New, NewString, NewRandom, NewV7 and the other
// random or time-based constructors (not the name-based NewSHA1 and
// NewMD5), github.com/gofrs/uuid's NewV1, NewV4, NewV6, NewV7, time.Now,
// every function of math/rand, math/rand/v2 and crypto/rand, rs/xid.New,
// oklog/ulid's Make, New and MustNew; or from the loop's own counter or
// range variables. Nil params are reported too: the package-level API and
// the resource clients send no key at all for them, and the v82+ client
// services replace them by empty params, which get a fresh key on every
// call. A wrapper that sets a stable key itself (or calls one that does)
// carries a fact and may be retried freely.
//
// Two checks need no retry: a constant key longer than 255 characters
// (after trimming space, as the SDK measures it: the call fails before
// anything is sent), and one constant key used in a function for two
// different requests (other params, or another API call): Stripe answers
// the second with an idempotency error, or replays the first answer.
//
// Example diagnostics:
//
//	refund.New is retried without a stable idempotency key (the SDK sends a new key on each attempt, so a retry can run the request twice); set one with p.SetIdempotencyKey before the loop
//	refund.New is retried with an idempotency key made from stripe.NewIdempotencyKey on each attempt (a new key per attempt protects nothing: a retry can run the request twice); set the key once, before calling backoff.Retry
//	customer.Del is retried with nil params, which send no idempotency key (a retry can run the request twice); pass params with a stable key set by SetIdempotencyKey
//	idempotency key is 262 characters long (the SDK refuses keys longer than 255 characters, so the call fails); use a shorter key
//	refund.New reuses the idempotency key "order-42" of paymentintent.New (Stripe rejects a key reused for a different request, or replays the first answer); give each request its own key
//
// Related information points at the loop or the helper call.
//
// Fix, when the params are a local variable defined (with a value) before
// the loop or helper call and not reassigned in it: insert
// p.SetIdempotencyKey(stripe.NewIdempotencyKey()) once, before the first
// attempt (before the loop, or before an earlier call that sends the same
// params), adding the import of the SDK's root package if needed. It is
// labelled a behaviour change: retries then return the first request's
// answer instead of making new requests.
//
// Ignored, to stay precise: params that are a parameter of the function,
// a field, a package-level variable or a call's result (the caller may
// have set a key); params passed to a function of your own that is not a
// wrapper, aliased or stored (it may set a key); reads (GET) retried;
// errors that are dropped, or that the closure turns into success or a
// permanent error; retries through goto, method values or named functions
// passed to helpers; calls in loops nested inside the retry loop.
package retrykey
