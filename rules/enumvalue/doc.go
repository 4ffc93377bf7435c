// Package enumvalue defines an Analyzer that reports comparisons of
// Stripe SDK enum values with constants that are none of the enum's
// declared values.
//
// # Analyzer enumvalue
//
// enumvalue: report comparisons of SDK enum values with undeclared constants
//
// stripe-go declares named string types with constant values for every
// enumeration of the API: stripe.ErrorType, stripe.ErrorCode,
// stripe.DeclineCode, stripe.EventType (where the SDK major has it),
// stripe.PaymentIntentStatus and thousands more. Comparing such a value
// with a string that is none of the declared values is a comparison that
// is never true: se.Type == "invalid_request" (the value is
// "invalid_request_error"; Stripe's own webhook example has this bug),
// se.Code == "card_decline", event.Type == "payment_intent.failed". The
// error or event it was meant to catch falls through to the generic path.
//
// An enum is a named type with underlying type string declared in an SDK
// package whose package scope declares constants of that type; its
// declared values are those constants, read from the type-checked SDK
// package, so every SDK major gets its own. The analyzer reports, for ==,
// != and the cases of a switch over such a value, a string constant
// operand that is none of the declared values but is a near miss of one
// (see below): a literal, a conversion of one (stripe.EventType("...")),
// or a constant of your own (const failed = "payment_intent.failed"). It
// sees through a conversion of the value to string:
// string(event.Type) == "...".
//
// Only near misses are reported by default because the API adds enum
// values faster than SDK majors declare them: stripe-go v72 declares no
// PaymentMethodTypeUpi, yet Stripe sends "upi" to a v72 integration whose
// account has UPI, and stripe.PaymentMethodType("upi") is how v72 code
// must spell it. A value close to a declared one is a typo; a value
// unrelated to every declared one may just be newer than the SDK. With
// -strict, every undeclared value is reported.
//
// Example diagnostics:
//
//	"invalid_request" is not a declared stripe.ErrorType value (did you mean stripe.ErrorTypeInvalidRequest, "invalid_request_error"?)
//	"payment_intent.failed" is not a declared stripe.EventType value (did you mean stripe.EventTypePaymentIntentPaymentFailed, "payment_intent.payment_failed"?)
//	failed ("payment_intent.fail") is not a declared stripe.EventType value (compare with one of the stripe.EventType constants)
//
// (the last only with -strict).
//
// A near miss is a value with a declared value that is clearly the
// closest, which the message suggests: among the values that have every
// word of the constant (words are separated by '_', '.' and '-'; each may
// be misspelt by one edit, or written together with the next), the one at
// the smallest edit distance d, with every other such value at
// least two edits farther, and d at most a third of the length of the
// value. So "card_decline" suggests card_declined and
// "payment_intent.failed" suggests payment_intent.payment_failed, but never
// payment_intent.canceled, which is closer by edit distance alone. The
// fix, "Replace with stripe.ErrorTypeInvalidRequest (behavior change)",
// replaces a literal (not a constant of your own, whose declaration may
// serve other uses, and not a literal compared with a string conversion)
// by that constant, qualified as the file imports the SDK's root package
// (importing it if needed); in a switch, only when the value is not
// already a case.
//
// A literal with a declared value (se.Code == "card_declined") is
// correct and not reported. With -literals, it is reported too (category
// literal), with a fix that replaces it by the SDK constant.
//
// Ignored, to stay precise:
//
//   - the empty string: it means "not set", which every optional field
//     is compared with;
//   - values whose static type is not an SDK enum: v72's Event.Type is a
//     plain string (v72 declares no EventType), so is a value converted to
//     string and stored;
//   - named string types of the SDK that declare no constants;
//   - comparisons of two constants;
//   - unless -strict, an undeclared value with no clearly closest declared
//     value: it may be one Stripe added after your SDK major was released
//     ("upi" in v72), which the comparison must be able to match.
package enumvalue
