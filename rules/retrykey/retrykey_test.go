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
