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
		"fatal/frameworks",
	)
}

// TestRealSDK runs the rule against the real stripe-go v72.122.0 and
// v85.0.0, so the stubs cannot drift from reality unnoticed.
func TestRealSDK(t *testing.T) {
	for _, module := range []string{"v72", "v85"} {
		t.Run(module, func(t *testing.T) {
			fixturetest.RunModule(t, fatal.Analyzer, module, "./fatal/...")
		})
	}
}

// TestRealFrameworks runs the rule on handlers of the real gin, echo and
// fiber (testdata/modules/frameworks).
func TestRealFrameworks(t *testing.T) {
	fixturetest.RunModule(t, fatal.Analyzer, "frameworks", "./fatal/...")
}
