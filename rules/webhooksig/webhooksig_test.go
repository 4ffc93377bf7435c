package webhooksig_test

import (
	"testing"

	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
	"github.com/stripeerrlint/stripeerrlint/rules/webhooksig"
)

func TestWebhookSig(t *testing.T) {
	fixturetest.Run(t, webhooksig.Analyzer,
		"webhooksig/pkglevel", "webhooksig/client", "webhooksig/wrappers",
		"webhooksig/frameworks", "webhooksig/helpers/...",
		"webhooksig/realworld_ifaceverify", "webhooksig/realworld_flagbypass",
	)
}

// TestUnsetSecret turns on the unsetsecret category, off by default.
func TestUnsetSecret(t *testing.T) {
	if err := webhooksig.Analyzer.Flags.Set(webhooksig.UnsetSecretFlag, "true"); err != nil {
		t.Fatal(err)
	}
	defer webhooksig.Analyzer.Flags.Set(webhooksig.UnsetSecretFlag, "false")
	fixturetest.Run(t, webhooksig.Analyzer, "webhooksig/unsetsecret")
}

// TestRealSDK runs the rule against the real stripe-go v72.122.0 and
// v85.0.0, so the stubs cannot drift from reality unnoticed.
func TestRealSDK(t *testing.T) {
	for _, module := range []string{"v72", "v85"} {
		t.Run(module, func(t *testing.T) {
			fixturetest.RunModule(t, webhooksig.Analyzer, module, "./webhooksig/...")
		})
	}
}

// TestFrameworks runs the rule against the real gin, echo and fiber, with
// both SDK majors.
func TestFrameworks(t *testing.T) {
	fixturetest.RunModule(t, webhooksig.Analyzer, "frameworks", "./webhooksig/...")
}
