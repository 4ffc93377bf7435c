// Package webhooksig defines an Analyzer that reports Stripe webhook
// handlers that skip or weaken signature verification.
//
// # Analyzer webhooksig
//
// webhooksig: report webhook handlers that trust events without verifying their signature
//
// Stripe signs every webhook request: the Stripe-Signature header holds an
// HMAC of the body made with the endpoint's signing secret (whsec_…) and a
// timestamp. A handler that decodes the body without checking it lets
// anyone who knows the URL post a forged "payment_intent.succeeded" and
// have an unpaid order shipped. Stripe's guide: read the body, verify it
// with webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"),
// endpointSecret), and when that fails answer 400 Bad Request and stop.
//
// In an HTTP handler (a function or method of type
// func(http.ResponseWriter, *http.Request), or a function literal of that
// type; gin and echo handlers are not recognised yet) the analyzer reports:
//
//   - unverified: a stripe.Event (or a v82 ThinEvent, a v83+ event
//     notification, a v2 event) decoded from bytes by json.Unmarshal,
//     (*json.Decoder).Decode, or stripe.EventNotificationFromJSON, on a path from the start of the
//     handler that passes no verification: none in the handler, or a
//     branch that skips it, such as the fail-open
//     "if secret != "" { verify } else { json.Unmarshal(payload, &event) }";
//   - unchecked: the error of a verification call discarded, assigned to _,
//     or stored and never read;
//   - unenforced: the error checked, but the handler goes on, on the
//     failure path, to read the event or decode the payload (the failing
//     branch logs and falls through). This is a control-flow question,
//     answered on the handler's control-flow graph as vet's lostcancel does:
//     branches on "err != nil" and "err == nil" are followed as the
//     failure dictates, and return statements, panics, log.Fatal and
//     os.Exit end a path.
//
// Verification is a call of webhook.ConstructEvent, ConstructEventWithTolerance,
// ConstructEventWithOptions, ConstructEventIgnoringTolerance,
// ValidatePayload and its variants, the v82+ stripe.ConstructEvent and
// stripe.ValidatePayload, (*stripe.Client).ConstructEvent,
// ParseThinEvent and ParseEventNotification, (*client.API).ParseThinEvent,
// or of a function of your code that wraps one and returns its error
// (found across packages).
//
// Anywhere outside _test.go files, it also reports:
//
//   - replay: replay protection switched off or stretched:
//     ConstructEventIgnoringTolerance, ValidatePayloadIgnoringTolerance,
//     ConstructEventOptions{IgnoreTolerance: true}, stripe.WithIgnoreTolerance(),
//     or a constant tolerance over one hour (flag -max-tolerance);
//   - emptysecret: an empty signing secret ("", or whsec_ with nothing
//     random after it) passed as the secret: anyone can compute the
//     signature with it.
//
// Example diagnostics:
//
//	stripe.Event decoded from the request by json.Unmarshal without signature verification (verify the Stripe-Signature header with webhook.ConstructEvent and answer 400 when it fails)
//	signature verification error of webhook.ConstructEvent is assigned to _ (answer 400 and return when verification fails)
//	the handler goes on after webhook.ConstructEvent failed and uses the unverified event (answer 400 and return when verification fails)
//	webhook.ConstructEventIgnoringTolerance does not check the signature's timestamp, so replayed requests are accepted (use webhook.ConstructEvent)
//
// Ignored, on purpose: decoding event.Data.Raw into an object after
// verification (its type is not an event type); IgnoreAPIVersionMismatch
// (a correctness choice, not a security hole); decoding an event outside
// an HTTP handler (a job replaying stored events, a queue consumer), and so
// stripe.EventNotificationFromJSON outside one; function literals inside a
// handler, which are checked only if they are handlers themselves; _test.go
// files, where recorded events are replayed with fixed secrets.
//
// Fixes, in net/http handlers whose parameters are named, all labelled as
// behavior changes because the handler then rejects requests it accepted:
// for an unverified json.Unmarshal(payload, &event) into a stripe.Event,
// replace it with event, err := webhook.ConstructEvent(payload,
// r.Header.Get("Stripe-Signature"), os.Getenv("STRIPE_WEBHOOK_SECRET"))
// followed by w.WriteHeader(http.StatusBadRequest) and return when err is
// not nil; for a discarded, blank, unread or unenforced error, the same 400
// answer and return.
package webhooksig
