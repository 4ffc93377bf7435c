package fixturetest

import "testing"

func TestWantText(t *testing.T) {
	for _, tc := range []struct {
		comment, want string
		ok            bool
	}{
		{"// want `x`", " `x`", true},
		{"//want \"x\"", " \"x\"", true},
		{"/* want `x` */", " `x`", true},
		{"// silent: no finding // want `x`", " `x`", true},
		{"// wanted", "ed", true}, // as analysistest: any comment starting with want
		{"// a comment", "a comment", false},
	} {
		got, ok := wantText(tc.comment)
		if got != tc.want || ok != tc.ok {
			t.Errorf("wantText(%q) = %q, %v; want %q, %v", tc.comment, got, ok, tc.want, tc.ok)
		}
	}
}

func TestParseWant(t *testing.T) {
	delta, exps, err := parseWant(" +2 `a.b` \"c\\\\d\" Do:\"retryHelper\\\\(0\\\\)\"")
	if err != nil {
		t.Fatal(err)
	}
	if delta != 2 || len(exps) != 3 {
		t.Fatalf("parseWant: delta %d, %d expectations; want 2, 3", delta, len(exps))
	}
	for i, want := range []struct{ fact, rx string }{{"", `a.b`}, {"", `c\d`}, {"Do", `retryHelper\(0\)`}} {
		if exps[i].fact != want.fact || exps[i].rx.String() != want.rx {
			t.Errorf("expectation %d = %s %q; want %s %q", i, exps[i].fact, exps[i].rx, want.fact, want.rx)
		}
	}
	for _, bad := range []string{" x", " +y", " `(`", " Do `x`"} {
		if _, _, err := parseWant(bad); err == nil {
			t.Errorf("parseWant(%q): no error", bad)
		}
	}
}
