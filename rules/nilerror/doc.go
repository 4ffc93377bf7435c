// Package nilerror defines an Analyzer that reports reads of the Stripe
// SDK's stored failure information that no nil check guards.
//
// # Analyzer nilerror
//
// nilerror: report dereferences of nil-able Stripe failure fields without a nil check
//
// Stripe objects keep the last failure: PaymentIntent.LastPaymentError,
// SetupIntent.LastSetupError, Invoice.LastFinalizationError and
// SetupAttempt.SetupError are *stripe.Error values that stay nil as long
// as nothing failed. A *stripe.Error in turn points at the object involved,
// PaymentIntent, SetupIntent, PaymentMethod or Source, only when there is
// one. Reading a field through one of them while it is nil panics, and
// the guide's own webhook example reads LastPaymentError unchecked. The
// analyzer reports a dereference (reading a field, *x, or calling a method
// with a value receiver) of such a field, or of a local variable that
// holds one, on a path where no nil check guards it.
//
// The fields are recognised by their declaration in the type-checked SDK,
// for every major: every field of type *stripe.Error of a type of the
// stripe package, and every pointer field of stripe.Error.
//
// A check guards what it dominates: the body of if x != nil { ... }, what
// follows if x == nil { return } (or continue, break, panic, log.Fatal),
// the right operand of x != nil && x.Code == ..., later cases of a switch
// after case x == nil, and values copied from a checked one. After a
// dereference that did not panic, later ones are not reported again. A
// function literal starts with what is known where it is created.
//
// Example diagnostics:
//
//	stripe.PaymentIntent.LastPaymentError is nil unless something failed: check it against nil before reading its Msg field
//	stripe.Error.PaymentIntent is nil when the error involves no PaymentIntent: check it against nil before reading its ID field
//	lpe holds stripe.PaymentIntent.LastPaymentError, which is nil unless something failed: check it against nil before reading its Code field
//
// Fix, offered when the finding is the only one in a simple statement (an
// expression statement, an assignment with =, ++ or --, a send) and the
// nil-able value is a plain variable, field or index path: guard the
// statement with if x != nil { ... }. It changes nothing but the panic.
//
// Ignored, to stay precise: calls of methods with a pointer receiver (they
// may handle nil: on a nil *stripe.Error, Error returns "null"), values
// passed to other functions (nilness there is the callee's business),
// parameters of type *stripe.Error, stripe.Error.Err (an interface), and
// a check of a copy (v := pi.LastPaymentError; if v != nil) guarding the
// original field. Calls between the check and the use are assumed not to
// reset the field.
package nilerror
