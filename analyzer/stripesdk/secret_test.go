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
		{"sk_live_FAKEFAKE0123456789Ab", []string{"sk_live_…89Ab"}, []string{"live secret key"}},
		{"sk_test_FAKEFAKE0123456789Cd", []string{"sk_test_…89Cd"}, []string{"test secret key"}},
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
