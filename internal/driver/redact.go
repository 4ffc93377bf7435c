package driver

import (
	"io"
	"strings"

	"github.com/stripeerrlint/stripeerrlint/analyzer/stripesdk"
)

// No output of the driver shows a Stripe secret. The secretkey rule
// redacts the secrets it reports in its messages, but the driver prints
// source text too: the lines around a finding (-c), the lines a fix
// removes (-fix -diff), and whatever an analyzer's message, a fix's title
// or a type checker's error quotes. So every string the driver prints from
// source or from analyzers goes through redact, and, as a second line of
// defence, everything it writes goes through a redactWriter.
//
// Fixes are the exception that proves the rule: a fix whose inserted text
// contains a secret cannot be shown redacted (a consumer would apply the
// redacted text), so the JSON and SARIF formats leave such a fix out
// (hasSecret). -fix writes the files themselves, unredacted: that is no
// output. Under go vet and go fix, the go command prints the source lines
// itself (see the package doc): nothing of this applies there.

// redact replaces each Stripe secret in s (stripesdk.FindSecrets:
// sk_live_, sk_test_, rk_live_, rk_test_ and whsec_ followed by something
// random) by its redacted form, the prefix and the last four characters
// (sk_live_…Xy9Z).
func redact(s string) string {
	secrets := stripesdk.FindSecrets(s)
	if len(secrets) == 0 {
		return s
	}
	var sb strings.Builder
	last := 0
	for _, sec := range secrets {
		sb.WriteString(s[last:sec.Start])
		sb.WriteString(sec.Redacted())
		last = sec.End
	}
	sb.WriteString(s[last:])
	return sb.String()
}

// hasSecret reports whether s contains a Stripe secret.
func hasSecret(s string) bool { return len(stripesdk.FindSecrets(s)) > 0 }

// A redactWriter redacts each Write on its own. The driver writes whole
// lines or whole documents in one Write (fmt.Fprintf, io.WriteString of a
// built string), so no secret is split between two writes.
type redactWriter struct{ w io.Writer }

func (rw redactWriter) Write(p []byte) (int, error) {
	s := string(p)
	if r := redact(s); r != s {
		if _, err := io.WriteString(rw.w, r); err != nil {
			return 0, err
		}
		return len(p), nil
	}
	return rw.w.Write(p)
}
