// Package errswitch defines an Analyzer that reports switches classifying
// Stripe errors that have no branch for card errors or for invalid-request
// errors.
//
// # Analyzer errswitch
//
// errswitch: report switches on Stripe error types that miss card or invalid-request errors
//
// Stripe's error-handling guide tells an integration to turn an error into
// a *stripe.Error and choose a response by its Type. Card errors
// (stripe.ErrorTypeCard) and invalid-request errors
// (stripe.ErrorTypeInvalidRequest) are the two categories every
// integration meets, and each needs its own response: a card error means
// the payment failed although the integration works, so tell the customer
// and ask for another payment method; an invalid request means the call
// was wrong (Param names the parameter), except the codes rate_limit and
// lock_timeout, which call for a retry with exponential back-off. A handler
// that sends them to a default branch with every other failure is the
// guide's main anti-pattern.
//
// The analyzer reports, once for each missing category, a switch that
// classifies Stripe errors:
//
//   - an expression switch over a stripe.ErrorType value (stripeErr.Type,
//     pi.LastPaymentError.Type) with no case for stripe.ErrorTypeCard, or
//     none for stripe.ErrorTypeInvalidRequest;
//   - a type switch over the typed inner error of a Stripe error,
//     switch stripeErr.Err.(type), with no case for *stripe.CardError, or
//     none for *stripe.InvalidRequestError.
//
// A switch classifies when it has at least two case clauses naming
// ErrorType values (in a type switch: naming Stripe error types, such as
// *stripe.APIError), and either a default clause or at least three such
// case clauses. That is the shape that answers many categories and sends
// the rest to one catch-all response, where a card or invalid-request
// error gets the wrong answer.
//
// A default branch does not count as handling them; one case that lists
// both does, and so does a literal with the right value (case
// "card_error") or, in a type switch, a case of an interface type the
// error implements. The constants and types are those of the SDK major
// the switched value comes from.
//
// Example diagnostics:
//
//	switch on stripe.ErrorType has no case for stripe.ErrorTypeCard (card errors: tell the customer the payment failed and ask for another payment method)
//	type switch on (*stripe.Error).Err has no case for *stripe.InvalidRequestError (invalid requests: fix the call, and retry rate_limit and lock_timeout with back-off)
//
// Ignored, to stay precise:
//
//   - the other ErrorType values: a switch need not list every member (the
//     demand that makes people turn exhaustive-enum linters off);
//   - a lone if stripeErr.Type == stripe.ErrorTypeCard, and tagless
//     switches (switch { case ...: }): they are not classifications by
//     Type;
//   - switches that do not classify: a single case clause, with or
//     without default, is that if written as a switch (one category
//     singled out, the rest passed on, as after a call such as
//     customer.Del that cannot fail with a card error); two case clauses
//     without default mark some categories and let the rest through
//     unchanged (an error translator); a default clause alone classifies
//     nothing. Each clause counts once however many values it lists;
//   - a switch with a case that is not a constant: it may hold any type;
//   - a category the enclosing function refers to outside the switch (an
//     if that handles card errors before the switch, say);
//   - switches on Code, and type switches over anything but the Err field
//     of a stripe.Error (type assertions on an error are errorsas'
//     business);
//   - a switch over a *stripe.ErrorType (v2 errors of v82+): it compares
//     pointers.
//
// The fix adds the missing case before the default clause, or at the end
// of the switch, with a comment naming the guide's response. In an
// expression switch with a default clause, the new case falls through to
// default, so the program behaves as before until the response is
// written. A type switch cannot fall through: with a default clause, the
// fix is labelled as a behavior change (the category no longer reaches
// default). The fix imports the SDK's root package when the file does not.
package errswitch
