package driver

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stripeerrlint/stripeerrlint/analyzer/suite"
)

func TestRedact(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		//stripeerrlint:ignore secretkey a fake live key (FAKEFAKE and a counting run) shaped to match: redaction's input
		{`key = "sk_live_FAKEFAKE0123456789Uv"`, `key = "sk_live_…89Uv"`},
		{"sk_test_FAKEFAKE0123456789Yz and whsec_FAKEFAKE0123456789abcdefABCDEF78.", "sk_test_…89Yz and whsec_…EF78."},
		//stripeerrlint:ignore secretkey a fake live key (FAKEFAKE and a counting run) shaped to match: redaction's input
		{"rk_live_FAKEFAKE0123456789Ef", "rk_live_…89Ef"},
		{"sk_test_... sk_test_XXXXXXXXXXXXXXXX pk_live_FAKEFAKE0123456789Ab", "sk_test_... sk_test_XXXXXXXXXXXXXXXX pk_live_FAKEFAKE0123456789Ab"},
		{"sk_live_…89Uv", "sk_live_…89Uv"}, // already redacted
		{"", ""},
	} {
		if got := redact(tc.in); got != tc.want {
			t.Errorf("redact(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	var buf bytes.Buffer
	//stripeerrlint:ignore secretkey a fake live key (FAKEFAKE and a counting run) shaped to match: redaction's input
	in := "x sk_live_FAKEFAKE0123456789Uv\n"
	n, err := redactWriter{&buf}.Write([]byte(in))
	if n != len(in) || err != nil || buf.String() != "x sk_live_…89Uv\n" {
		t.Errorf("redactWriter: %d, %v, %q", n, err, buf.String())
	}
}

// fixtureSecret matches the fake secrets of the secretkey fixtures (all of
// them hold FAKEFAKE), independently of stripesdk.FindSecrets.
var fixtureSecret = regexp.MustCompile(`(sk_live_|sk_test_|rk_live_|rk_test_|whsec_)([A-Za-z0-9]*FAKEFAKE[A-Za-z0-9]*)`)

// publishableKey matches publishable keys, which are public: the fixtures
// give them the same random part as secrets, so they are removed from the
// output before looking for random parts.
var publishableKey = regexp.MustCompile(`pk_(live|test)_[A-Za-z0-9]+`)

// TestNoSecretInOutput runs the suite on the secretkey fixtures in every
// output mode that prints source text or messages, and checks that no
// output (standard output or standard error) shows a fixture secret, in
// full or its random part but for the last four characters.
func TestNoSecretInOutput(t *testing.T) {
	gopathEnv(t, "")
	src, err := filepath.Abs(filepath.Join("..", "..", "testdata", "src", "secretkey"))
	if err != nil {
		t.Fatal(err)
	}
	var secrets [][]string // full secret, random part
	err = filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		for _, m := range fixtureSecret.FindAllStringSubmatch(string(data), -1) {
			secrets = append(secrets, []string{m[0], m[2]})
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(secrets) < 10 {
		t.Fatalf("found only %d fixture secrets under %s", len(secrets), src)
	}

	analyzers := suite.Analyzers()
	for _, args := range [][]string{
		{},
		{"-json"},
		{"-format=sarif"},
		{"-fix", "-diff"},
		{"-c", "2"},
	} {
		name := strings.Join(args, " ")
		if name == "" {
			name = "text"
		}
		t.Run(name, func(t *testing.T) {
			stdout, stderr, code := runDriver(t, analyzers, append(slices.Clone(args), "secretkey/...")...)
			if code == ExitError {
				t.Fatalf("exit %d:\n%s", code, stderr)
			}
			if stdout == "" {
				t.Fatalf("no output (stderr %q)", stderr)
			}
			out := publishableKey.ReplaceAllString(stdout+stderr, "pk_…")
			for _, s := range secrets {
				full, random := s[0], s[1]
				if strings.Contains(out, full) || strings.Contains(out, random[:len(random)-4]) {
					t.Errorf("output shows %s:\n%s", full, stdout+stderr)
				}
			}
			if !strings.Contains(out, "sk_live_…89Uv") {
				t.Errorf("output does not show the redacted secret sk_live_…89Uv:\n%s", out)
			}
		})
	}
}
