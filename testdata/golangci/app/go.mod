// A small app with stripeerrlint findings for .ci/e2e-golangci and
// .ci/e2e-gopls.
module example.com/e2eapp

go 1.26.0

require github.com/stripe/stripe-go/v85 v85.0.0
