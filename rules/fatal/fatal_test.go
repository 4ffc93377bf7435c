package fatal_test

import (
	"testing"

	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
	"github.com/stripeerrlint/stripeerrlint/rules/fatal"
)

func TestFatal(t *testing.T) {
	fixturetest.Run(t, fatal.Analyzer,
		"fatal/pkglevel",
		"fatal/client",
		"fatal/startup",
	)
}
