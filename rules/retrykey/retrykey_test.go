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
		"retrykey/userpkg/...",
		"retrykey/callers/...",
		"retrykey/redelivery/webhook",
		"retrykey/redelivery/asynq",
		"retrykey/redelivery/river",
		"retrykey/redelivery/temporal",
		"retrykey/redelivery/negative",
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

// TestHelpersFlag names a retry helper by flag.
func TestHelpersFlag(t *testing.T) {
	f := retrykey.Analyzer.Flags.Lookup(retrykey.HelpersFlag)
	if err := f.Value.Set("retrykey/flaghelpers.runQueued, example.com/x.Do"); err != nil {
		t.Fatal(err)
	}
	defer f.Value.Set("")
	fixturetest.Run(t, retrykey.Analyzer, "retrykey/flaghelpers")
}

func TestHelpersFlagErrors(t *testing.T) {
	f := retrykey.Analyzer.Flags.Lookup(retrykey.HelpersFlag)
	defer f.Value.Set("")
	for _, bad := range []string{"Do", "example.com/x.", "example.com/x"} {
		if err := f.Value.Set(bad); err == nil {
			t.Errorf("Set(%q) succeeded, want an error", bad)
		}
	}
}

// TestJobsFlag names the user's own job entry points by flag.
func TestJobsFlag(t *testing.T) {
	f := retrykey.Analyzer.Flags.Lookup(retrykey.JobsFlag)
	if err := f.Value.Set("retrykey/redelivery/flagjobs.Outbox.Deliver, retrykey/redelivery/flagjobs.Run, example.com/x.Do"); err != nil {
		t.Fatal(err)
	}
	defer f.Value.Set("")
	fixturetest.Run(t, retrykey.Analyzer, "retrykey/redelivery/flagjobs")
}

func TestJobsFlagErrors(t *testing.T) {
	f := retrykey.Analyzer.Flags.Lookup(retrykey.JobsFlag)
	defer f.Value.Set("")
	for _, bad := range []string{"Do", "example.com/x.", "example.com/x", "example.com/x.T.M.N", "example.com/x..M"} {
		if err := f.Value.Set(bad); err == nil {
			t.Errorf("Set(%q) succeeded, want an error", bad)
		}
	}
}
