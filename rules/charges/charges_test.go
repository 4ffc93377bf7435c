package charges_test

import (
	"testing"

	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
	"github.com/stripeerrlint/stripeerrlint/rules/charges"
)

func TestCharges(t *testing.T) {
	fixturetest.Run(t, charges.Analyzer,
		"charges/pkglevel",
		"charges/latest",
	)
}
