package errorsas_test

import (
	"testing"

	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
	"github.com/stripeerrlint/stripeerrlint/rules/errorsas"
)

func TestErrorsAs(t *testing.T) {
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
