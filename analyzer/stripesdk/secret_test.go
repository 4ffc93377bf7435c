package stripesdk_test

import (
	"strings"
	"testing"

	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
)

// Keys in this test are fake: FAKE and a counting run, shaped like the
// real ones so that the patterns match.
func TestFindSecrets(t *testing.T) {
	tests := []struct {
		in       string
		redacted []string
		describe []string
	}{
		//stripeerrlint:ignore secretkey a fake live key (FAKEFAKE and a counting run) shaped to match, the detector's input
		{"sk_live_FAKEFAKE0123456789Ab", []string{"sk_live_…89Ab"}, []string{"live secret key"}},
		{"sk_test_FAKEFAKE0123456789Cd", []string{"sk_test_…89Cd"}, []string{"test secret key"}},
		//stripeerrlint:ignore secretkey a fake live key (FAKEFAKE and a counting run) shaped to match, the detector's input
		{"rk_live_FAKEFAKE0123456789Ef", []string{"rk_live_…89Ef"}, []string{"live restricted key"}},
		{"Bearer rk_test_FAKEFAKE0123456789Gh", []string{"rk_test_…89Gh"}, []string{"test restricted key"}},
		{"whsec_FAKEFAKE0123456789abcdefABCDEF12", []string{"whsec_…EF12"}, []string{"webhook signing secret"}},
		{"a=sk_test_FAKEFAKE0123456789Ij b=whsec_FAKEFAKE0123456789Kl", []string{"sk_test_…89Ij", "whsec_…89Kl"}, nil},
		{"sk_test_...", nil, nil},                          // placeholder
		{"sk_test_XXXXXXXXXXXXXXXX", nil, nil},             // placeholder
		{"sk_live_YOUR_KEY_HERE", nil, nil},                // too short before the underscore
		{"sk_live_yourSecretKeyHere123", nil, nil},         // placeholder words
		{"whsec_<your secret>", nil, nil},                  // placeholder
		{"pk_live_FAKEFAKE0123456789Ab", nil, nil},         // publishable: public
		{"sk_test_abc", nil, nil},                          // too short
		{"mask_live_FAKEFAKE0123456789Ab", nil, nil},       // not at a word start
		{"sk_test_aaaaaaaaaabbbbbbbbbb", nil, nil},         // not random
		{"sk_live_" + strings.Repeat("aB3", 40), nil, nil}, // too long
		// Made up: fewer than six characters outside runs of sequential or
		// repeated characters.
		{"sk_live_abcdefgh1234", nil, nil},                   // the real-world shape
		{"sk_live_bcdefghi5678", nil, nil},                   // the fixture's
		{"rk_live_zyxwvuts9876543210", nil, nil},             // counting down
		{"sk_live_aaaa1111bbbb2222", nil, nil},               // repeated
		{"whsec_abcdefghijklmnopqrstuvwxyz012345", nil, nil}, // the alphabet
		{"sk_live_Q7abcdefgh1234Zp", nil, nil},               // four characters left
		{"sk_test_dummy9Tq2Lk8Wr3", nil, nil},                // a placeholder word
		{"sk_test_KeyHere7Gm2Pq5", nil, nil},                 // a placeholder word
		//stripeerrlint:ignore secretkey six characters outside runs, the detector's boundary; not a key
		{"sk_live_Q7Wabcdefgh1234Zpk", []string{"sk_live_…4Zpk"}, nil},
		{"sk_test_4eC39HqLyjWDarjtT1zdp7dc", []string{"sk_test_…p7dc"}, nil}, // Stripe's documentation key: random
	}
	for _, tt := range tests {
		got := stripesdk.FindSecrets(tt.in)
		if len(got) != len(tt.redacted) {
			t.Errorf("FindSecrets(%q) found %d secrets, want %d", tt.in, len(got), len(tt.redacted))
			continue
		}
		for i, s := range got {
			if s.Redacted() != tt.redacted[i] {
				t.Errorf("FindSecrets(%q)[%d].Redacted() = %q, want %q", tt.in, i, s.Redacted(), tt.redacted[i])
			}
			if tt.describe != nil && s.Describe() != tt.describe[i] {
				t.Errorf("FindSecrets(%q)[%d].Describe() = %q, want %q", tt.in, i, s.Describe(), tt.describe[i])
			}
			if !strings.HasPrefix(tt.in[s.Start:s.End], s.Prefix) {
				t.Errorf("FindSecrets(%q)[%d]: offsets %d:%d do not hold the secret", tt.in, i, s.Start, s.End)
			}
		}
	}
}

func TestIsEmptyWebhookSecret(t *testing.T) {
	for in, want := range map[string]bool{
		"": true, "whsec_": true, "whsec_...": true, "whsec_XXXX": true, "whsec_<secret>": true,
		"whsec_FAKEFAKE0123456789abcdef": false, "sk_test_...": false, "secret": false,
	} {
		if got := stripesdk.IsEmptyWebhookSecret(in); got != want {
			t.Errorf("IsEmptyWebhookSecret(%q) = %v, want %v", in, got, want)
		}
	}
}
