// Package fatal defines an Analyzer that reports process exits and panics
// on the error of a Stripe API call in code that serves requests.
//
// # Analyzer fatal
//
// fatal: report log.Fatal, os.Exit and panic on Stripe errors in request-serving code
//
// A declined card, an invalid parameter or a Stripe outage is an error a
// payment service meets every day; the guide's response is to tell the
// customer, retry or wait for a webhook, never to stop. log.Fatal and
// os.Exit end the process, with every request in flight; panic does the
// same outside a net/http handler (whose server recovers it, cutting the
// connection). Nothing after the exit runs either: the guide's first Go
// example calls log.Fatalf before the switch on the error's type, so the
// switch is dead code. The analyzer reports log.Fatal, Fatalf, Fatalln,
// log.Panic, Panicf, Panicln (and the same methods of *log.Logger),
// os.Exit and panic when they handle the error of an API call (per the SDK
// model, wrappers and list errors included):
//
//   - an argument refers to a variable that holds such an error there (a
//     copy, or an error wrapped from it, counts);
//   - or the call is inside an if, switch or case whose condition refers
//     to one (if err != nil { ... }, switch { case errors.As(err, &se): }).
//
// in code that serves requests: any function other than main (of package
// main), init and TestMain (of a test file), and any function literal of
// type func(http.ResponseWriter, *http.Request), inside main too. Start-up
// code may stop on failure: log.Fatal(http.ListenAndServe(...)) in main is
// fine, and so is a script's main that stops on a Stripe error.
//
// Example diagnostics:
//
//	log.Fatalf exits the process while handling the error of paymentintent.New, so the code after it never runs: return the error instead (a failed payment must not stop the service)
//	panic while handling the error of (*stripe.Client).V1PaymentIntents.Create can take the process down: return the error instead (a failed payment must not stop the service)
//
// Fixes, offered when the exit is the last statement of its block, the
// enclosing function returns an error and the error variable is in scope:
// log.Fatal/Fatalf/Fatalln become log.Print/Printf/Println followed by
// return ..., err; panic(err) becomes return ..., err. Both are labelled
// "(behavior change)": the process no longer stops and the caller now
// receives the error, which is the point, but a caller that ignores errors
// will carry on. A handler (no error result) gets no fix: only its author
// knows what to answer.
//
// Ignored: other logging packages' Fatal (they are not recognised by
// identity), a Stripe error seen only by a function literal created in
// the handling code (the analysis looks at one function at a time), and
// handlers of frameworks whose handler type is not net/http's.
package fatal
