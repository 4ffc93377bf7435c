package driver

import (
	"errors"
	"flag"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

func TestParseFlags(t *testing.T) {
	var level string
	a := &analysis.Analyzer{Name: "alpha", Doc: "alpha", Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	a.Flags.StringVar(&level, "level", "low", "a level")
	b := &analysis.Analyzer{Name: "beta", Doc: "beta", Run: a.Run}
	c := &analysis.Analyzer{Name: "gamma", Doc: "gamma", Run: a.Run}
	all := []*analysis.Analyzer{a, b, c}

	names := func(as []*analysis.Analyzer) string {
		var ns []string
		for _, a := range as {
			ns = append(ns, a.Name)
		}
		return strings.Join(ns, ",")
	}

	for _, tc := range []struct {
		args      []string
		selected  string
		rest      []string
		check     func(*options) bool
		wantLevel string
	}{
		{args: []string{"./..."}, selected: "alpha,beta,gamma", rest: []string{"./..."},
			check: func(o *options) bool {
				return o.Tests && o.Context == -1 && !o.JSON && o.Format == formatText && !o.Fix && o.Dir == ""
			}},
		{args: []string{"-beta=false", "./..."}, selected: "alpha,gamma", rest: []string{"./..."}},
		{args: []string{"-beta", "x"}, selected: "beta", rest: []string{"x"}},
		{args: []string{"-beta", "-gamma=true", "-alpha=false", "x"}, selected: "beta,gamma", rest: []string{"x"}},
		{args: []string{"-alpha.level=high", "x"}, selected: "alpha,beta,gamma", rest: []string{"x"}, wantLevel: "high"},
		{args: []string{"-json", "-test=false", "-C", "dir", "-debug=vt", "p"}, selected: "alpha,beta,gamma", rest: []string{"p"},
			check: func(o *options) bool {
				return o.Format == formatJSON && !o.Tests && o.Dir == "dir" && o.dbg('v') && o.dbg('t') && !o.dbg('p')
			}},
		{args: []string{"-c=2", "p"}, selected: "alpha,beta,gamma", rest: []string{"p"},
			check: func(o *options) bool { return o.Format == formatText && o.Context == 2 }},
		{args: []string{"-format=json", "-json", "p"}, selected: "alpha,beta,gamma", rest: []string{"p"},
			check: func(o *options) bool { return o.Format == formatJSON }},
		{args: []string{"-format", "sarif", "p"}, selected: "alpha,beta,gamma", rest: []string{"p"},
			check: func(o *options) bool { return o.Format == formatSARIF && !o.JSON && o.Suppressed }},
		{args: []string{"-format=sarif", "-suppressed=false", "p"}, selected: "alpha,beta,gamma", rest: []string{"p"},
			check: func(o *options) bool { return o.Format == formatSARIF && !o.Suppressed }},
		{args: []string{"-format=text", "-fix", "-c=1", "p"}, selected: "alpha,beta,gamma", rest: []string{"p"},
			check: func(o *options) bool { return o.Format == formatText && o.Fix && o.Context == 1 }},
		{args: []string{"-fix", "-diff", "p"}, selected: "alpha,beta,gamma", rest: []string{"p"},
			check: func(o *options) bool { return o.Fix && o.Diff }},
		{args: []string{"-V=full"}, selected: "alpha,beta,gamma", check: func(o *options) bool { return o.Version == "full" }},
		{args: []string{"help", "alpha"}, selected: "alpha,beta,gamma", rest: []string{"help", "alpha"}},
	} {
		level = "low"
		opts, selected, rest, err := parseFlags("prog", all, tc.args)
		if err != nil {
			t.Errorf("parseFlags(%q): %v", tc.args, err)
			continue
		}
		if got := names(selected); got != tc.selected {
			t.Errorf("parseFlags(%q) selected %s, want %s", tc.args, got, tc.selected)
		}
		if !slices.Equal(rest, tc.rest) {
			t.Errorf("parseFlags(%q) rest %q, want %q", tc.args, rest, tc.rest)
		}
		if tc.check != nil && !tc.check(opts) {
			t.Errorf("parseFlags(%q) options %+v", tc.args, opts)
		}
		if tc.wantLevel != "" && level != tc.wantLevel {
			t.Errorf("parseFlags(%q): -alpha.level = %q, want %q", tc.args, level, tc.wantLevel)
		}
	}

	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-nosuch", "p"}, "flag provided but not defined: -nosuch"},
		{[]string{"-diff", "p"}, "-diff requires -fix"},
		{[]string{"-json", "-fix", "p"}, "-json and -fix cannot be used together"},
		{[]string{"-format=sarif", "-fix", "p"}, "-format=sarif and -fix cannot be used together"},
		{[]string{"-format=json", "-fix", "-diff", "p"}, "-format=json and -fix cannot be used together"},
		{[]string{"-json", "-format=sarif", "p"}, "-json and -format=sarif cannot be used together (-json is -format=json)"},
		{[]string{"-format=text", "-json", "p"}, "-json and -format=text cannot be used together (-json is -format=json)"},
		{[]string{"-suppressed=false", "p"}, "-suppressed applies to -format=sarif only"},
		{[]string{"-json", "-suppressed", "p"}, "-suppressed applies to -format=sarif only"},
		{[]string{"-format=xml", "p"}, "unsupported output format -format=xml (use text, json, sarif)"},
		{[]string{"-json", "-c=2", "p"}, "-c shows context in text output only: it cannot be used with -json"},
		{[]string{"-format=sarif", "-c=0", "p"}, "-c shows context in text output only: it cannot be used with -format=sarif"},
		{[]string{"-V=short"}, "unsupported flag value: -V=short (use -V=full)"},
		{[]string{"-alpha=maybe", "p"}, `invalid boolean value "maybe" for -alpha: want true or false`},
		{[]string{"-c=x", "p"}, `invalid value "x" for flag -c: parse error`},
	} {
		_, _, _, err := parseFlags("prog", all, tc.args)
		var fe *flagError
		if !errors.As(err, &fe) || err.Error() != tc.want {
			t.Errorf("parseFlags(%q) error %v, want flag error %q", tc.args, err, tc.want)
		}
	}

	if _, _, _, err := parseFlags("prog", all, []string{"-help"}); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("parseFlags(-help) error %v, want ErrHelp", err)
	}
}

func TestIsVetInvocation(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{[]string{"-flags"}, true},
		{[]string{"--flags"}, true},
		{[]string{"-flags=true"}, true},
		{[]string{"/tmp/go-build1/b001/vet.cfg"}, true},
		{[]string{"-json", "-fix", "-alpha.level=x", "/tmp/go-build1/b001/vet.cfg"}, true},
		{[]string{"-V=full"}, false}, // answered by the standalone driver alike
		{[]string{"./..."}, false},
		{[]string{"-json", "./..."}, false},
		{[]string{"--", "-flags"}, false},
		{nil, false},
	} {
		if got := IsVetInvocation(tc.args); got != tc.want {
			t.Errorf("IsVetInvocation(%q) = %v, want %v", tc.args, got, tc.want)
		}
	}
}
