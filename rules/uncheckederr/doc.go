// Package uncheckederr defines an Analyzer that reports Stripe API calls
// whose error is lost.
//
// # Analyzer uncheckederr
//
// uncheckederr: report Stripe API calls whose error is not checked
//
// Every API call of stripe-go returns an error, and a non-nil error means
// the call did not go through as asked: the card was declined, a parameter
// was wrong, Stripe could not be reached. Code that drops the error carries
// on as if the payment, refund or subscription existed. The analyzer
// reports the error of an API call (paymentintent.New,
// sc.V1PaymentIntents.Create, a raw Backend call), of a list, or of a
// wrapper (a function of your code that returns such an error, found across
// packages) when it is:
//
//   - discarded: the call is an expression statement, or a go or defer
//     statement;
//   - assigned to the blank identifier: pi, _ := paymentintent.Get(id, nil);
//   - stored in a local variable that is overwritten, or goes out of scope,
//     before anything reads it;
//   - the error of a list: a v72-style iterator loop for i.Next() { ... }
//     with no i.Err() after it, or a range over the pairs that a v82+
//     list's All yields, with the error not bound or bound to _. An
//     i.Err() read only before the loop gets its own message: the list
//     fetches its first page when it is created, so that check sees the
//     first request's failure only; Next fetches the later pages, and a
//     failure there ends the loop early unseen.
//
// Anything that reads the error handles it: comparing it with nil,
// returning it, passing it to a function, wrapping or logging it. Errors of
// calls that are not Stripe's are errcheck's business, and SDK helpers that
// return no error (stripe.String, params.AddMetadata) never count.
//
// Example diagnostics:
//
//	error returned by paymentintent.Get is not checked (assigned to _)
//	error returned by (*stripe.Client).V1Refunds.Create is not checked
//	error of customer.List is not checked (call it.Err() after the loop)
//	error of price.Search is checked only before the loop (later pages are fetched by Next: call it.Err() after the loop)
//
// Fixes, offered only when the enclosing function returns an error and the
// result compiles: bind the error and return it when it is not nil; check
// an iterator's Err() after its loop; bind and check the error in a range
// over All.
//
// Ignored, to stay precise: the error stored in a variable that a function
// literal captures, that is a named result, or whose address is taken (its
// value may be read where the analysis cannot see).
package uncheckederr
