package webhooksig_test

import (
	"testing"

	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
	"github.com/stripeerrlint/stripeerrlint/rules/webhooksig"
)

func TestWebhookSig(t *testing.T) {
	fixturetest.Run(t, webhooksig.Analyzer,
		"webhooksig/pkglevel", "webhooksig/client", "webhooksig/wrappers",
	)
}
