package retrykey_test

import (
	"testing"

	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
	"github.com/stripeerrlint/stripeerrlint/rules/retrykey"
)

func TestRetryKey(t *testing.T) {
	fixturetest.Run(t, retrykey.Analyzer,
		"retrykey/loops",
		"retrykey/clientapi",
		"retrykey/retryutil",
		"retrykey/helpers",
		"retrykey/wrappers/...",
		"retrykey/keys",
	)
}

// TestRealSDK runs the rule on module-mode fixtures type-checked against
// the real stripe-go v72 and v85.
func TestRealSDK(t *testing.T) {
	for _, module := range []string{"v72", "v85"} {
		t.Run(module, func(t *testing.T) {
			fixturetest.RunModule(t, retrykey.Analyzer, module, "./retrykey/...")
		})
	}
}
