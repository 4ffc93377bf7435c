package stripesdk

import "strings"

// SecretKind is the kind of a Stripe secret.
type SecretKind int

const (
	// SecretKey is an API secret key, sk_live_… or sk_test_….
	SecretKey SecretKind = iota + 1
	// RestrictedKey is a restricted API key, rk_live_… or rk_test_….
	RestrictedKey
	// WebhookSecret is a webhook endpoint's signing secret, whsec_….
	WebhookSecret
)

// Secret is a Stripe secret found in a string.
type Secret struct {
	Kind   SecretKind
	Live   bool   // an sk_live_ or rk_live_ key (webhook secrets do not say)
	Prefix string // "sk_live_", "rk_test_", "whsec_"
	// Start and End are the byte offsets of the secret in the string.
	Start, End int
	random     string
}

// Redacted returns the secret as it may be printed: its prefix, an
// ellipsis and its last four characters (sk_live_…Xy9Z). Nothing else of
// it ever appears in a message.
func (s Secret) Redacted() string {
	return s.Prefix + "…" + s.random[len(s.random)-4:]
}

// Describe names the secret's kind for messages: "live secret key",
// "test restricted key", "webhook signing secret".
func (s Secret) Describe() string {
	switch s.Kind {
	case WebhookSecret:
		return "webhook signing secret"
	case RestrictedKey:
		if s.Live {
			return "live restricted key"
		}
		return "test restricted key"
	}
	if s.Live {
		return "live secret key"
	}
	return "test secret key"
}

// secretPrefixes are the prefixes of Stripe secrets. Publishable keys
// (pk_live_, pk_test_) are meant to be public and are not secrets.
var secretPrefixes = []struct {
	prefix string
	kind   SecretKind
	live   bool
}{
	{"sk_live_", SecretKey, true},
	{"sk_test_", SecretKey, false},
	{"rk_live_", RestrictedKey, true},
	{"rk_test_", RestrictedKey, false},
	{"whsec_", WebhookSecret, false},
}

// Random parts of secrets: gitleaks' rule for Stripe keys takes 10 to 99
// characters of [A-Za-z0-9]; webhook signing secrets are 32 characters or
// more of the same alphabet. Keys Stripe issues carry 24 (older keys) or
// 99 characters after the prefix.
const (
	minRandom = 10
	maxRandom = 99
)

// minOutsideRuns is how many characters of a random part must lie outside
// runs (see madeUp) for it to look random.
const minOutsideRuns = 6

// FindSecrets returns the Stripe secrets in s, in order: a secret prefix
// not preceded by a letter or digit, followed by 10 to 99 characters of
// [A-Za-z0-9] that look random. Placeholders ("sk_test_...",
// "sk_test_XXXXXXXXXX", "whsec_<your secret>", "sk_live_YOUR_KEY"), keys
// evidently made up ("sk_live_abcdefgh1234") and publishable keys are not
// secrets.
func FindSecrets(s string) []Secret {
	var found []Secret
	for i := 0; i < len(s); i++ {
		if i > 0 && isAlnum(s[i-1]) {
			continue
		}
		for _, p := range secretPrefixes {
			if !strings.HasPrefix(s[i:], p.prefix) {
				continue
			}
			start := i + len(p.prefix)
			end := start
			for end < len(s) && isAlnum(s[end]) {
				end++
			}
			random := s[start:end]
			if len(random) < minRandom || len(random) > maxRandom || !looksRandom(random) {
				break
			}
			found = append(found, Secret{Kind: p.kind, Live: p.live, Prefix: p.prefix, Start: i, End: end, random: random})
			i = end - 1
			break
		}
	}
	return found
}

// IsEmptyWebhookSecret reports whether s cannot be a webhook signing
// secret: empty, or whsec_ with nothing random after it ("whsec_",
// "whsec_...", "whsec_XXXX", "whsec_<secret>").
func IsEmptyWebhookSecret(s string) bool {
	if s == "" {
		return true
	}
	rest, ok := strings.CutPrefix(s, "whsec_")
	if !ok {
		return false
	}
	return rest == "" || isPlaceholder(rest)
}

// looksRandom reports whether the candidate random part of a secret is
// plausibly random rather than a placeholder or made up: at least six
// distinct characters, none of the words placeholders are made of, and not
// evidently made up (madeUp).
func looksRandom(r string) bool {
	if isPlaceholder(r) || madeUp(r) {
		return false
	}
	distinct := make(map[byte]bool)
	for i := 0; i < len(r); i++ {
		distinct[r[i]] = true
	}
	return len(distinct) >= 6
}

// madeUp reports whether the random part r is evidently made up rather
// than issued by Stripe: once its runs are taken out, fewer than
// minOutsideRuns characters are left. A run is three or more characters
// that count up or down by one (abcdefgh, 1234, 9876, case ignored) or
// repeat one character (xxx, 000). "abcdefgh1234" and "bcdefghi5678" are
// runs only; a key Stripe issues, 24 or 99 random characters, keeps nearly
// all of its characters outside runs.
func madeUp(r string) bool {
	outside := 0
	for i := 0; i < len(r); {
		if n := runLen(r, i); n >= 3 {
			i += n
			continue
		}
		outside++
		i++
	}
	return outside < minOutsideRuns
}

// runLen returns the length of the longest run of r starting at i whose
// characters, lower-cased, step by the same -1, 0 or +1.
func runLen(r string, i int) int {
	if i+1 >= len(r) {
		return len(r) - i
	}
	step := int(lower(r[i+1])) - int(lower(r[i]))
	if step < -1 || step > 1 {
		return 1
	}
	n := 2
	for i+n < len(r) && int(lower(r[i+n]))-int(lower(r[i+n-1])) == step {
		n++
	}
	return n
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// placeholderWords make up the random part of placeholders. "fake" and
// "test" are not among them: they say what the author meant, not that the
// string cannot be a key (see docs/rules/secretkey.md).
var placeholderWords = []string{
	"xxxx", "your", "example", "placeholder", "replace", "redacted", "insert", "secret", "changeme",
	"dummy", "sample", "keyhere", "notreal",
}

// isPlaceholder reports whether r, the part after a secret's prefix, is
// a placeholder: dots, stars, X's, angle brackets, braces, or words such as
// "your" and "example".
func isPlaceholder(r string) bool {
	if strings.Trim(r, ".*xX<>{}[]_-… ") == "" || strings.ContainsAny(r, "<{") || strings.Contains(r, "...") {
		return true
	}
	lower := strings.ToLower(r)
	for _, w := range placeholderWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
