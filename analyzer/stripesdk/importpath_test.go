package stripesdk

import "testing"

func TestParseImportPath(t *testing.T) {
	for _, tc := range []struct {
		path  string
		major int
		rel   string
		ok    bool
	}{
		{"github.com/stripe/stripe-go/v72", 72, "", true},
		{"github.com/stripe/stripe-go/v85/paymentintent", 85, "paymentintent", true},
		{"github.com/stripe/stripe-go/v76/issuing/card", 76, "issuing/card", true},
		{"github.com/stripe/stripe-go/v123/webhook", 123, "webhook", true},
		{"github.com/stripe/stripe-go", 0, "", false},
		{"github.com/stripe/stripe-go/webhook", 0, "", false},
		{"github.com/stripe/stripe-go/v", 0, "", false},
		{"github.com/stripe/stripe-go/v1", 0, "", false},
		{"github.com/stripe/stripe-go/v072", 0, "", false},
		{"github.com/stripe/stripe-go/vx/charge", 0, "", false},
		{"github.com/stripe/stripe-go-extra/v72", 0, "", false},
		{"example.com/github.com/stripe/stripe-go/v72", 0, "", false},
	} {
		major, rel, ok := ParseImportPath(tc.path)
		if major != tc.major || rel != tc.rel || ok != tc.ok {
			t.Errorf("ParseImportPath(%q) = %d, %q, %v; want %d, %q, %v", tc.path, major, rel, ok, tc.major, tc.rel, tc.ok)
		}
	}
}
