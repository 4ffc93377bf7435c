package nilresult_test

import (
	"testing"

	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
	"github.com/stripeerrlint/stripeerrlint/rules/nilresult"
)

func TestNilResult(t *testing.T) {
	fixturetest.Run(t, nilresult.Analyzer,
		"nilresult/pkglevel",
		"nilresult/clientapi",
		"nilresult/wrappers/billing",
		"nilresult/wrappers/handlers",
		"nilresult/fixes",
		"nilresult/realworld_readyprobe",
	)
}

// TestRealSDK runs the rule against the real stripe-go v72.122.0 and
// v85.0.0, so the stubs cannot drift from reality unnoticed.
func TestRealSDK(t *testing.T) {
	for _, module := range []string{"v72", "v85"} {
		t.Run(module, func(t *testing.T) {
			fixturetest.RunModule(t, nilresult.Analyzer, module, "./nilresult/...")
		})
	}
}
