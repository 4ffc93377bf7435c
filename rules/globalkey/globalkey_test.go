package globalkey_test

import (
	"testing"

	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
	"github.com/stripeerrlint/stripeerrlint/rules/globalkey"
)

func TestGlobalKey(t *testing.T) {
	fixturetest.Run(t, globalkey.Analyzer,
		"globalkey/pkglevel",
		"globalkey/client",
	)
}

// TestRealSDK runs the rule against the real stripe-go v72.122.0 and
// v85.0.0, and TestRealFrameworks on handlers of the real gin, echo and
// fiber.
func TestRealSDK(t *testing.T) {
	for _, module := range []string{"v72", "v85"} {
		t.Run(module, func(t *testing.T) {
			fixturetest.RunModule(t, globalkey.Analyzer, module, "./globalkey/...")
		})
	}
}

func TestRealFrameworks(t *testing.T) {
	fixturetest.RunModule(t, globalkey.Analyzer, "frameworks", "./globalkey/...")
}
