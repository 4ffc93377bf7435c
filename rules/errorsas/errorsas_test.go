package errorsas_test

import (
	"testing"

	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
	"github.com/stripeerrlint/stripeerrlint/rules/errorsas"
)

func TestErrorsAs(t *testing.T) {
	fixturetest.Run(t, errorsas.Analyzer,
		"errorsas/wrapped",
		"errorsas/wrappedclient",
		"errorsas/regressions",
		"errorsas/onlystripe",
		"errorsas/callers/classify",
		"errorsas/callers",
	)
}

// TestErrorsAsStrict sets -errorsas.strict: every comma-ok assertion and
// type switch case to *stripe.Error is reported, wrapped or not.
func TestErrorsAsStrict(t *testing.T) {
	if err := errorsas.Analyzer.Flags.Set(errorsas.StrictFlag, "true"); err != nil {
		t.Fatal(err)
	}
	defer errorsas.Analyzer.Flags.Set(errorsas.StrictFlag, "false")
	fixturetest.Run(t, errorsas.Analyzer,
		"errorsas/pkglevel",
		"errorsas/client",
		"errorsas/errorsname",
	)
}

func TestErrorsAsRealSDK(t *testing.T) {
	fixturetest.RunModule(t, errorsas.Analyzer, "v72", "./errorsas/...")
	fixturetest.RunModule(t, errorsas.Analyzer, "v85", "./errorsas/...")
}
