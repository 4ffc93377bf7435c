// Package driver is the command-line driver of stripeerrlint: [Main] runs
// a suite of analyzers either under go vet / go fix or on its own.
//
// # Two drivers
//
// When go vet -vettool or go fix -fixtool runs the command, it first asks
// for the version (-V=full) and the flags (-flags), then runs it once per
// package with the flags and a unit.cfg file that describes the package;
// facts travel between those runs in files. [Main] recognises the last two
// calls ([IsVetInvocation]) and hands over to
// golang.org/x/tools/go/analysis/unitchecker, which implements that
// protocol, including -json, -fix, -diff and go fix's archive of fixed
// files. (-V=full is answered by both drivers alike.)
//
// Otherwise it runs the standalone driver, [Run], built on
// golang.org/x/tools/go/analysis/checker and go/packages:
//
//	stripeerrlint [flags] packages...
//
// # Loading: source for what is analyzed, export data for the rest
//
// The usual go/packages driver (multichecker) loads every dependency from
// source (packages.LoadAllSyntax) as soon as one analyzer uses facts,
// because facts are computed from syntax. On a small module that imports
// the Stripe SDK that is 2.8 s and 667 MB, against 0.4 s for loading only
// the requested packages from source. The rules of this suite use facts
// for one thing, the user's wrapper functions (functions that return a
// Stripe API error), and those cannot be in the standard library or the
// SDK. So this driver loads with
//
//	packages.LoadSyntax | packages.NeedModule | packages.NeedImports
//
// and without NeedDeps: the requested packages come from source and every
// dependency from the compiler's export data (types only). go/packages
// propagates "needs source" upwards, so a dependency that imports a
// requested package (test variants) comes from source too; the import
// graph is complete either way.
//
// If some analyzer (or one it requires) has FactTypes, some dependencies
// that would come from export data may hold wrappers: packages outside the
// standard library and the SDK (github.com/stripe/stripe-go/vNN, any
// major, and subpackages, as stripesdk.ParseImportPath recognises them)
// that belong to a main module or import the SDK,
// directly or not. Those are added to the patterns, so that they come from
// source and their facts are computed; diagnostics and fixes are still
// reported only for the packages the user asked for (their package IDs
// are the same in both loads). Which packages to add depends on the import
// graph:
//
//   - When the patterns include ./... in a module's root directory (the
//     usual run), every package of that module is requested and only a
//     package of another module that imports the SDK can be missing,
//     which is rare. The driver loads once, finds such packages in the
//     graph of the result, and loads again only if there are any.
//   - Otherwise (a part of a module, such as ./cmd/...), it first asks
//     go/packages for the import graph alone (NeedName|NeedImports|
//     NeedModule: no export data, no syntax; about a fifth of a full
//     load), predicts which packages the full load would take from export
//     data (those that are not requested and import no requested
//     package), and adds those that may hold facts to the patterns of
//     the one full load.
//
// With patterns that name .go files nothing is added.
//
// Finally checker.Analyze runs on the requested packages. A fact-using
// analyzer runs on their dependencies too; on a package from export data
// it finds pass.Files empty (the analyzers of this suite return at once
// then) and pass.TypesInfo empty (non-nil, so that an analyzer that looks
// anyway finds nothing). The Imports of such packages are cut first: what
// lies below them was loaded from export data too, sometimes only as
// incomplete types.Packages, holds no facts, and need not be visited. So
// the action graph ends at the first package from export data on each
// path, and costs little more than the requested packages themselves.
//
// When test files are included (-test, the default), go/packages returns
// a package p, its test variant "p [p.test]", the external test package
// and the generated test main. Like go vet, the driver analyzes the test
// variant instead of p (it holds all of p's files) and skips the test
// main, so that no finding is reported twice.
//
// # Output
//
// Findings on the requested packages are gathered into a report, sorted
// by position, and printed on standard output by the formatter -format
// names:
//
//   - text (the default): "file:line:col: message", file names relative to
//     the directory the command runs in, as go vet prints them; -c N adds
//     N lines of context;
//   - json (or -json, as go vet users expect): the JSON tree that go vet
//     -json prints (package, analyzer name, diagnostics or error);
//   - sarif: a SARIF 2.1.0 log for GitHub code scanning and other viewers
//     (see sarifFormatter for what goes where), with URIs relative to the
//     repository root.
//
// -json with another -format, -fix with json or sarif, -c with json or
// sarif, and -suppressed with text or json are usage errors. A new format is a new formatter. Errors and
// warnings go to standard error.
//
// Findings that a //stripeerrlint:ignore directive suppressed are not
// diagnostics at all (directive.Report drops them), so no driver prints
// them; the directive analyzer records them in its result, and for SARIF
// only the driver reads that record (making the directive analyzer a root
// of the analysis if it was not selected) and writes each as a result
// with a suppression (kind inSource, the directive's reason), unless
// -suppressed=false. (GitHub code scanning does not honour SARIF
// suppressions: it opens an alert for such a result like any other, so
// the workflow in the README sets -suppressed=false.)
//
// No output shows a Stripe secret: messages, the lines around a finding
// (-c), the diff of -fix -diff, error messages, and the SARIF and JSON
// documents are redacted (sk_live_…Xy9Z, stripesdk.FindSecrets), and a
// fix whose inserted text holds a secret is left out of JSON and SARIF.
// Under go vet and go fix the go command does the printing: go vet runs
// the tool with -json and prints the findings, and with -c the lines
// around them, itself; go fix -diff diffs the fixed files the tool hands
// back. There only the rules' messages are redacted (secretkey's are),
// not the source lines the go command shows.
//
// A requested package that fails to load or type-check, or that imports
// one that does, is not analyzed: one message names it and shows its first
// errors, and the exit status is 1. The other packages are analyzed. Load
// errors are said as what they are (loaderr.go): a failure of the go
// command itself in its own words (go/packages would have reported "no
// packages"), a package whose module the go command could not get, once
// rather than as "could not import" in every importer, a missing package
// of the main module (generated and not committed, rather than go's
// advice to go get it), and a package whose test files alone do not
// type-check, which is then analyzed without them. With -json each is an
// {"error": ...} of every analyzer of the package, as go vet -json shows
// a package that does not type-check; in SARIF a toolExecutionNotification.
//
// # Fixes
//
// With -fix, the first suggested fix of each finding is applied. Fixes are
// merged in position order; a fix is applied whole or not at all, and is
// skipped, with a warning, if one of its edits overlaps an edit already
// merged (identical edits, such as the same import added twice, merge), or
// if it edits a generated file. Nothing else is changed: the file is not
// reformatted. (go fix -fixtool, through unitchecker, formats the whole
// file and removes unused imports.) With -diff, a unified diff is printed
// instead of writing the files.
//
// # Exit status
//
// [ExitOK] (0), [ExitError] (1) or [ExitFindings] (3). What each means is
// written once, in the table that -help prints (exitStatuses in help.go);
// a test keeps the README's table of exit statuses, and its table of
// flags, equal to what -help and the analyzers say.
package driver
