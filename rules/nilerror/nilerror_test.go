package nilerror_test

import (
	"testing"

	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
	"github.com/stripeerrlint/stripeerrlint/rules/nilerror"
)

func TestNilError(t *testing.T) {
	fixturetest.Run(t, nilerror.Analyzer,
		"nilerror/pkglevel",
		"nilerror/client",
	)
}
