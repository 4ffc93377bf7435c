// Package secretkey defines an Analyzer that reports Stripe secrets
// written into source code.
//
// # Analyzer secretkey
//
// secretkey: report Stripe secret keys and webhook signing secrets in string literals
//
// A Stripe secret key (sk_live_…, sk_test_…), a restricted key (rk_live_…,
// rk_test_…) or a webhook endpoint's signing secret (whsec_…) in the
// source hands the account, or the power to forge webhook events, to
// everyone who can read the repository, its history, its forks and the
// binaries built from it. Keys belong in the environment or a secret
// store; a key that was committed must be rolled in the Dashboard, since
// the history keeps it.
//
// The analyzer reports every string literal that contains one of those
// prefixes, at the start of a word, followed by a plausibly random part:
// 10 to 99 characters of [A-Za-z0-9] (gitleaks' rule for Stripe keys),
// with at least six distinct characters. Placeholders ("sk_test_...",
// "sk_test_XXXXXXXXXX", "whsec_<your secret>", "sk_live_yourKeyHere…")
// and publishable keys (pk_live_…, pk_test_…, public by design) are
// silent. _test.go files are checked too, unless the flag -skip-tests is
// set.
//
// The secret is never printed: messages show its prefix and its last four
// characters only (sk_live_…Xy9Z), and so does every output format built
// from them.
//
// Example diagnostics:
//
//	live secret key sk_live_…Xy9Z in source code (roll the key and load it from the environment or a secret store)
//	webhook signing secret whsec_…Ab12 in source code (roll the secret and load it from the environment or a secret store)
//
// Unlike the other rules, secretkey has no fast exit for packages that do
// not import the SDK: keys sit in configuration packages that import
// nothing of Stripe's. It only visits the string literals of each package
// (from the shared inspector), which is cheap.
//
// Fix, labelled a behavior change (the program then needs the variable
// set): where the literal is exactly the secret and goes straight into
// stripe.Key = "…", stripe.NewClient("…"), client.New("…", …),
// (*client.API).Init("…", …), or the secret parameter of a webhook
// verification function (or of a wrapper of one), replace it with
// os.Getenv("STRIPE_SECRET_KEY") or os.Getenv("STRIPE_WEBHOOK_SECRET") and
// import os.
package secretkey
