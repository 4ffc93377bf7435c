// Package errorsas defines an Analyzer that reports type assertions and
// type switches that look for a Stripe error type in an error, where
// errors.As is needed.
//
// # Analyzer errorsas
//
// errorsas: report type assertions of errors to Stripe error types (use errors.As)
//
// Stripe's guide gets at a *stripe.Error with a type assertion,
// err.(*stripe.Error). That misses an error wrapped with %w on its way up
// (fmt.Errorf("charge order %s: %w", id, err)), and the code that was meant
// to tell a declined card from a bug silently takes the generic path.
// errors.As(err, &stripeErr) sees through wrapping. It matters even more
// for the typed inner errors: the SDK returns a *stripe.Error and puts the
// *stripe.CardError (or *stripe.InvalidRequestError, ...) in its Err field,
// so err.(*stripe.CardError) never matches an error as the SDK returns it,
// while errors.As finds it through (*stripe.Error).Unwrap.
//
// The SDK itself never wraps: an API call returns its *stripe.Error as
// is, so a comma-ok assertion on the error straight from the call is exact
// (it is the shape of Stripe's own Go examples). The analyzer therefore
// reports, on a value whose static type is error:
//
//   - a type assertion to a typed inner error (*stripe.CardError,
//     *stripe.InvalidRequestError, ...), and a type switch case naming
//     one, always: they never match an error as the SDK returns it;
//   - the single-value form err.(*stripe.Error), always: it panics on any
//     error that is not one, and the SDK returns plain errors too (no
//     response from Stripe, a cancelled context);
//   - a comma-ok assertion to *stripe.Error (or to a v2 error that v82+
//     returns at the top level, such as *stripe.RateLimitError), and a
//     type switch case naming one, only when the error may be wrapped: it
//     is, or is a local variable assigned anywhere in the function (in its
//     function literals too; order is not considered), the result of
//     fmt.Errorf with a %w verb, errors.Join, github.com/pkg/errors' Wrap,
//     Wrapf, WithStack, WithMessage or WithMessagef, or a wrapper of your
//     code (in any package) that returns the Stripe error wrapped that way.
//     An error from a parameter, a field, a function the analyzer knows
//     nothing about, or an API call directly, is not reported.
//
// With -errorsas.strict (StrictFlag), every comma-ok assertion and type
// switch case to an SDK error type is reported, wrapped or not: for code
// bases that want errors.As everywhere, so that wrapping an error later
// cannot silently break the code that inspects it.
//
// Example diagnostics:
//
//	type assertion to *stripe.Error misses errors wrapped with %w (use errors.As)
//	type assertion to *stripe.Error panics on any other error, such as a connection failure or a cancelled context (use errors.As)
//	type assertion to *stripe.CardError does not see inside the *stripe.Error the SDK returns (use errors.As, which unwraps its Err)
//	type switch case *stripe.Error misses errors wrapped with %w (use errors.As)
//
// Not reported: assertions and type switches on the Err field of a
// stripe.Error (stripeErr.Err.(*stripe.CardError), switch
// stripeErr.Err.(type)). The SDK stores the typed inner error there as is,
// never wrapped, so the assertion is exact; errswitch checks those
// switches. Nor are assertions on values of other interface types, or to
// types that are not the SDK's; nor, without -strict, comma-ok assertions
// to *stripe.Error on errors not known to be wrapped (above). A classifier
// func isCardError(err error) bool that callers hand wrapped errors is
// therefore missed: its parameter is not known to be wrapped.
//
// The fix, "Use errors.As (behavior change)", rewrites the comma-ok form
// and keeps your variable name:
//
//	if se, ok := err.(*stripe.Error); ok {     →  var se *stripe.Error
//	                                               if errors.As(err, &se) {
//	se, ok := err.(*stripe.Error)              →  var se *stripe.Error
//	                                               ok := errors.As(err, &se)
//
// and imports errors when the file does not. It changes behaviour by
// design: wrapped errors now match. It is offered only when the result
// compiles and behaves the same for an unwrapped error: in an if
// statement, when ok is used once, as the condition, its negation, or the
// leftmost operand of &&, the if statement is in a block, and no variable
// of the same name is declared in that block or mentioned after the if
// statement (se moves out of the if statement's scope); as a statement,
// when := declares both variables. The single-value form and type switches
// get no fix: rewriting them changes the shape of the code.
package errorsas
