// Package charges defines an Analyzer that reports reads of
// PaymentIntent.Charges, which later API versions removed, and indexing of
// its charges with no length check.
//
// # Analyzer charges
//
// charges: report reads of PaymentIntent.Charges.Data, removed in favour of LatestCharge
//
// Up to API version 2022-08-01 a PaymentIntent carried its charges in
// Charges; API version 2022-11-15 removed the field in favour of
// LatestCharge, and stripe-go dropped it in v74 (v72 and v73 still
// declare it). Code that reads pi.Charges.Data[0] breaks on the upgrade,
// and even before it: webhook events are rendered with the account's API
// version, so a PaymentIntent decoded from an event sent with 2022-11-15
// or later has a nil Charges, and reading Data through it panics. The
// analyzer reports, on a PaymentIntent (also one reached through
// stripe.Error.PaymentIntent):
//
//   - every index into Charges.Data: read LatestCharge after upgrading
//     (it is the charge Data[0] usually meant: the latest one);
//   - an index by a constant, Charges.Data[0], on a path where no length
//     check (len(pi.Charges.Data) > 0, != 0, >= 1, or == 0 with an early
//     return) shows the element exists: a PaymentIntent that was never
//     confirmed has no charge, and the index panics.
//
// The field and its type are recognised in the type-checked SDK, so the
// rule is silent on majors that no longer declare Charges (v74 and
// later): such code does not compile there.
//
// Example diagnostics:
//
//	stripe.PaymentIntent.Charges is gone from API version 2022-11-15 on and nil in webhook events rendered with it: upgrade stripe-go (v74+) and read LatestCharge
//	stripe.PaymentIntent.Charges.Data[0] panics when the PaymentIntent has fewer charges: check len(Charges.Data) first
//
// No fix is offered: LatestCharge exists only in v74 and later, and is an
// expandable field (only its ID is set unless the request expands
// latest_charge), so replacing the read changes what the code sees.
//
// Ignored: indexes that are not constants (a range over Data bounds its
// own index), reads of Charges that do not index Data (len, range,
// TotalCount).
package charges
