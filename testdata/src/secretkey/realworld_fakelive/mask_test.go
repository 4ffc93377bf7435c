package fakelive

import "testing"

func TestMaskKeepsTail(t *testing.T) {
	// Silent: a made-up live key in a test (sequential letters, then 1234),
	// twelve characters where Stripe's live keys carry ninety and more.
	got := Mask("sk_live_bcdefghi5678")
	if got[len(got)-4:] != "5678" {
		t.Errorf("tail lost: %q", got)
	}
}
