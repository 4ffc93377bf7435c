package plugin_test

import (
	"flag"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/stripeerrlint/stripeerrlint/analyzer/directive"
	"github.com/stripeerrlint/stripeerrlint/analyzer/suite"
	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
	"github.com/stripeerrlint/stripeerrlint/plugin"
	"github.com/stripeerrlint/stripeerrlint/rules/uncheckederr"
)

// build goes the way golangci-lint goes: the registered constructor, the
// settings, then BuildAnalyzers.
func build(t *testing.T, settings any) []*analysis.Analyzer {
	t.Helper()
	newPlugin, err := register.GetPlugin(plugin.Name)
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(settings)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
	analyzers, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { build0(t) })
	return analyzers
}

// build0 restores the defaults for the next test.
func build0(t *testing.T) {
	newPlugin, _ := register.GetPlugin(plugin.Name)
	if _, err := newPlugin(nil); err != nil {
		t.Fatal(err)
	}
}

func find(t *testing.T, analyzers []*analysis.Analyzer, name string) *analysis.Analyzer {
	t.Helper()
	for _, a := range analyzers {
		if a.Name == name {
			return a
		}
	}
	t.Fatalf("no analyzer %q among %d", name, len(analyzers))
	return nil
}

func analyzerNames(analyzers []*analysis.Analyzer) string {
	var ns []string
	for _, a := range analyzers {
		ns = append(ns, a.Name)
	}
	return strings.Join(ns, ",")
}

// TestPlugin runs the plugin's analyzers, configured with no settings, on
// the rules' fixtures.
func TestPlugin(t *testing.T) {
	analyzers := build(t, nil)
	if got, want := analyzerNames(analyzers), analyzerNames(directive.WithStale(suite.Analyzers())); got != want {
		t.Errorf("default analyzers %s, want the whole suite %s", got, want)
	}
	dir := fixturetest.TestData(t)
	analysistest.Run(t, dir, find(t, analyzers, uncheckederr.Analyzer.Name),
		"uncheckederr/pkglevel", "uncheckederr/clientapi", "uncheckederr/generated", "uncheckederr/directives")
	analysistest.Run(t, dir, find(t, analyzers, directive.Name), "directive/bad")
}

// TestEmptySettings: golangci-lint passes an empty map when the settings
// block is present but empty.
func TestEmptySettings(t *testing.T) {
	if got, want := analyzerNames(build(t, map[string]any{})), analyzerNames(directive.WithStale(suite.Analyzers())); got != want {
		t.Errorf("analyzers %s, want %s", got, want)
	}
}

// TestFlagSettings sets -stripeerrlint.check-generated through the
// settings: findings in generated files are then reported, and a later New
// without the setting restores the default.
func TestFlagSettings(t *testing.T) {
	analyzers := build(t, map[string]any{
		"flags": map[string]any{
			directive.Name: map[string]any{directive.CheckGeneratedFlag: true},
		},
	})
	f := directive.Analyzer.Flags.Lookup(directive.CheckGeneratedFlag)
	if got := f.Value.String(); got != "true" {
		t.Fatalf("%s.%s = %s after the settings, want true", directive.Name, directive.CheckGeneratedFlag, got)
	}
	analysistest.Run(t, fixturetest.TestData(t), find(t, analyzers, uncheckederr.Analyzer.Name), "uncheckederr/generatedchecked")

	build(t, nil)
	if got := f.Value.String(); got != "false" {
		t.Errorf("%s.%s = %s after New(nil), want the default false", directive.Name, directive.CheckGeneratedFlag, got)
	}
	// A string is accepted as on vet's command line.
	build(t, map[string]any{"flags": map[string]any{directive.Name: map[string]any{directive.CheckGeneratedFlag: "true"}}})
	if got := f.Value.String(); got != "true" {
		t.Errorf("%s.%s = %s after the string setting, want true", directive.Name, directive.CheckGeneratedFlag, got)
	}
}

func TestSelect(t *testing.T) {
	for _, tc := range []struct {
		settings map[string]any
		want     []string // analyzers in the result
		notWant  []string // analyzers not in the result
	}{
		{map[string]any{"disable": []any{uncheckederr.Analyzer.Name}}, []string{directive.Name}, []string{uncheckederr.Analyzer.Name}},
		{map[string]any{"enable": []any{uncheckederr.Analyzer.Name}}, []string{uncheckederr.Analyzer.Name}, []string{directive.Name}},
		{map[string]any{"disable": []any{directive.Name}}, []string{uncheckederr.Analyzer.Name}, []string{directive.Name}},
		{map[string]any{"enable": []any{directive.Name}}, []string{directive.Name}, []string{directive.StaleName}}, // no rule to judge
	} {
		got := analyzerNames(build(t, tc.settings))
		for _, name := range tc.want {
			if !strings.Contains(","+got+",", ","+name+",") {
				t.Errorf("settings %v: analyzers %s, want %s among them", tc.settings, got, name)
			}
		}
		for _, name := range tc.notWant {
			if strings.Contains(","+got+",", ","+name+",") {
				t.Errorf("settings %v: analyzers %s, want no %s", tc.settings, got, name)
			}
		}
	}
}

// TestBadSettings: every mistake is an error that names what is wrong,
// and leaves the flags at their defaults.
func TestBadSettings(t *testing.T) {
	for _, tc := range []struct {
		settings any
		want     string
	}{
		{map[string]any{"disabled": []any{"uncheckederr"}}, `unknown field "disabled"`},
		{map[string]any{"disable": "uncheckederr"}, "decoding settings"},
		{map[string]any{"disable": []any{"nosuchrule"}}, `disable: unknown analyzer "nosuchrule"`},
		{map[string]any{"enable": []any{"nosuchrule"}}, `enable: unknown analyzer "nosuchrule"`},
		{map[string]any{"enable": []any{"uncheckederr"}, "disable": []any{"uncheckederr"}}, `"uncheckederr" is both enabled and disabled`},
		{map[string]any{"disable": allNames()}, "every analyzer is disabled"},
		{map[string]any{"flags": map[string]any{"nosuchrule": map[string]any{"x": true}}}, `flags: unknown analyzer "nosuchrule"`},
		{map[string]any{"flags": map[string]any{"stripeerrlint": map[string]any{"check-generatd": true}}}, `analyzer stripeerrlint has no flag "check-generatd" (its flags: check-generated)`},
		{map[string]any{"flags": map[string]any{"uncheckederr": map[string]any{"no-such-flag": true}}}, `analyzer uncheckederr has no flag "no-such-flag" (its flags: `},
		{map[string]any{"flags": map[string]any{"stripeerrlint": map[string]any{"check-generated": "maybe"}}}, `stripeerrlint.check-generated: invalid value "maybe"`},
		{map[string]any{"flags": map[string]any{"stripeerrlint": map[string]any{"check-generated": []any{true}}}}, `stripeerrlint.check-generated: value of type []interface {}, want a string, boolean or number`},
		{map[string]any{"flags": map[string]any{"stripeerrlint": "check-generated"}}, "decoding settings"},
	} {
		newPlugin, err := register.GetPlugin(plugin.Name)
		if err != nil {
			t.Fatal(err)
		}
		// A valid flag beside the bad one must not stay set.
		if m, ok := tc.settings.(map[string]any); ok && m["flags"] != nil {
			if fm, ok := m["flags"].(map[string]any)["stripeerrlint"].(map[string]any); ok {
				if _, bad := fm["check-generated"]; !bad {
					fm["check-generated"] = true
				}
			}
		}
		_, err = newPlugin(tc.settings)
		if err == nil {
			t.Errorf("settings %v: no error, want one containing %q", tc.settings, tc.want)
			continue
		}
		if !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "stripeerrlint: ") {
			t.Errorf("settings %v: error %q, want it to start with \"stripeerrlint: \" and contain %q", tc.settings, err, tc.want)
		}
		if got := directive.Analyzer.Flags.Lookup(directive.CheckGeneratedFlag).Value.String(); got != "false" {
			t.Errorf("settings %v: check-generated = %s after the error, want the default", tc.settings, got)
		}
	}
}

func allNames() []any {
	var names []any
	for _, a := range suite.Analyzers() {
		names = append(names, a.Name)
	}
	return names
}

// TestEveryFlagIsASetting: every flag of every analyzer of the suite can
// be set through the settings, with its default value (what
// .golangci.example.yml shows).
func TestEveryFlagIsASetting(t *testing.T) {
	flags := map[string]any{}
	for _, a := range suite.Analyzers() {
		m := map[string]any{}
		a.Flags.VisitAll(func(f *flag.Flag) { m[f.Name] = f.DefValue })
		flags[a.Name] = m
	}
	build(t, map[string]any{"flags": flags})
}

// TestStaleSubset: the stale-directive analyzer judges the directives of
// the selected rules only.
func TestStaleSubset(t *testing.T) {
	analyzers := build(t, map[string]any{"enable": []any{uncheckederr.Analyzer.Name}})
	stale := find(t, analyzers, directive.StaleName)
	if want := []*analysis.Analyzer{directive.Analyzer, uncheckederr.Analyzer}; !slices.Equal(stale.Requires, want) {
		t.Errorf("%s requires %s, want %s", directive.StaleName, analyzerNames(stale.Requires), analyzerNames(want))
	}
}
