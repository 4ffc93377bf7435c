// Package plugin registers stripeerrlint as a golangci-lint v2 module
// plugin named "stripeerrlint".
//
// Build a golangci-lint that contains it with `golangci-lint custom` and a
// .custom-gcl.yml naming this package, then enable it in .golangci.yml:
//
//	linters:
//	  enable:
//	    - stripeerrlint
//	  settings:
//	    custom:
//	      stripeerrlint:
//	        type: module
//	        settings:
//	          disable: [uncheckederr]
//	          flags:
//	            stripeerrlint:
//	              check-generated: true
//
// # Settings
//
// The settings (see [Settings]) are decoded strictly: an unknown field, rule,
// analyzer or flag is an error that names it. They hold nothing that is not
// also reachable from go vet and Bazel nogo:
//
//   - enable and disable select rules by analyzer name, as vet's
//     per-analyzer flags (-uncheckederr=false) and nogo's deps do;
//   - flags sets analyzer flags (Analyzer.Flags) by analyzer name and flag
//     name, as -NAME.FLAG=VALUE does for vet and analyzer_flags for nogo.
//
// # Why setting the suite's flags is safe
//
// The suite's analyzers are package-level values, and their flags are the
// one piece of package-level state the project allows. New writes them with
// Flags.Set: every flag of every analyzer of the suite is first reset to
// its default and then set from the settings, so the result depends on the
// settings alone and not on an earlier call. This is the mechanism go vet
// (unitchecker) and nogo use, and it is sound for the same reason: a
// golangci-lint process reads one configuration and calls New once for
// the plugin, before any analysis runs. Two calls of New with different
// settings in one process would share the last one's flags; golangci-lint
// never does that.
//
// # Stale directives
//
// A //stripeerrlint:ignore directive of a selected rule that suppressed
// nothing is reported (as "staleignore: ..."); directives naming a rule
// that is not selected are not judged.
//
// # Linter name, nolint and fixes
//
// golangci-lint reports every finding of the plugin under the linter name
// "stripeerrlint", prefixing the message with the rule's name
// ("uncheckederr: ..."). So `//nolint:stripeerrlint` silences all of the
// suite on a line; to silence one rule, use the suite's own directive,
// `//stripeerrlint:ignore uncheckederr reason`, which also works under vet,
// gopls and nogo. golangci-lint applies suggested fixes with --fix.
package plugin

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/stripeerrlint/stripeerrlint/analyzer/directive"
	"github.com/stripeerrlint/stripeerrlint/analyzer/suite"
)

// Name is the plugin's name: the key under linters.settings.custom and the
// linter name in golangci-lint's output and in //nolint comments.
const Name = "stripeerrlint"

func init() {
	register.Plugin(Name, New)
}

// Settings are the plugin's settings in golangci-lint's configuration.
type Settings struct {
	// Enable, when not empty, runs only these analyzers of the suite.
	Enable []string `json:"enable"`
	// Disable lists analyzers of the suite not to run.
	Disable []string `json:"disable"`
	// Flags sets analyzer flags: analyzer name → flag name → value (a
	// string, a boolean or a number, as the flag accepts it on vet's
	// command line).
	Flags map[string]map[string]any `json:"flags"`
}

// Plugin is the configured suite.
type Plugin struct {
	analyzers []*analysis.Analyzer
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New decodes settings, sets the suite's analyzer flags from them (see the
// package documentation) and returns the plugin.
func New(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", Name, err)
	}
	analyzers := suite.Analyzers()
	selected, err := s.selectAnalyzers(analyzers)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", Name, err)
	}
	if err := s.setFlags(analyzers); err != nil {
		resetFlags(analyzers)
		return nil, fmt.Errorf("%s: %w", Name, err)
	}
	// Stale directives are judged for the selected rules only.
	return &Plugin{analyzers: directive.WithStale(selected)}, nil
}

// BuildAnalyzers returns the selected analyzers of the suite, in the
// suite's order, then the analyzer that reports the
// //stripeerrlint:ignore directives of the selected rules that suppressed
// nothing (directive.NewStaleAnalyzer).
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return slices.Clone(p.analyzers), nil
}

// GetLoadMode says the suite needs type information.
func (p *Plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}

// selectAnalyzers applies Enable and Disable to the suite.
func (s Settings) selectAnalyzers(suite []*analysis.Analyzer) ([]*analysis.Analyzer, error) {
	byName := make(map[string]*analysis.Analyzer)
	for _, a := range suite {
		byName[a.Name] = a
	}
	var errs []error
	for _, list := range []struct {
		key   string
		names []string
	}{{"enable", s.Enable}, {"disable", s.Disable}} {
		for _, name := range list.names {
			if byName[name] == nil {
				errs = append(errs, fmt.Errorf("%s: unknown analyzer %q (known: %s)", list.key, name, names(suite)))
			}
		}
	}
	for _, name := range s.Enable {
		if slices.Contains(s.Disable, name) {
			errs = append(errs, fmt.Errorf("analyzer %q is both enabled and disabled", name))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	var selected []*analysis.Analyzer
	for _, a := range suite {
		if len(s.Enable) > 0 && !slices.Contains(s.Enable, a.Name) {
			continue
		}
		if slices.Contains(s.Disable, a.Name) {
			continue
		}
		selected = append(selected, a)
	}
	if len(selected) == 0 {
		return nil, errors.New("every analyzer is disabled")
	}
	return selected, nil
}

// setFlags resets every flag of the suite to its default, then sets the
// flags of s.Flags, in a stable order.
func (s Settings) setFlags(suite []*analysis.Analyzer) error {
	resetFlags(suite)
	var errs []error
	for _, aname := range sortedKeys(s.Flags) {
		i := slices.IndexFunc(suite, func(a *analysis.Analyzer) bool { return a.Name == aname })
		if i < 0 {
			errs = append(errs, fmt.Errorf("flags: unknown analyzer %q (known: %s)", aname, names(suite)))
			continue
		}
		a := suite[i]
		for _, fname := range sortedKeys(s.Flags[aname]) {
			f := a.Flags.Lookup(fname)
			if f == nil {
				errs = append(errs, fmt.Errorf("flags: analyzer %s has no flag %q (its flags: %s)", aname, fname, flagNames(a)))
				continue
			}
			value, err := flagValue(s.Flags[aname][fname])
			if err != nil {
				errs = append(errs, fmt.Errorf("flags: %s.%s: %v", aname, fname, err))
				continue
			}
			if err := a.Flags.Set(fname, value); err != nil {
				errs = append(errs, fmt.Errorf("flags: %s.%s: invalid value %q: %v", aname, fname, value, err))
			}
		}
	}
	return errors.Join(errs...)
}

// resetFlags sets every flag of the suite back to its default value.
func resetFlags(suite []*analysis.Analyzer) {
	for _, a := range suite {
		a.Flags.VisitAll(func(f *flag.Flag) {
			// The default was accepted once; setting it again cannot fail
			// for a well-behaved flag.Value.
			_ = f.Value.Set(f.DefValue)
		})
	}
}

// flagValue turns a decoded YAML/JSON scalar into a flag's command-line
// text.
func flagValue(v any) (string, error) {
	switch v := v.(type) {
	case string:
		return v, nil
	case bool:
		return strconv.FormatBool(v), nil
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64), nil
	case nil:
		return "", errors.New("no value")
	default:
		return "", fmt.Errorf("value of type %T, want a string, boolean or number", v)
	}
}

func names(suite []*analysis.Analyzer) string {
	var ns []string
	for _, a := range suite {
		ns = append(ns, a.Name)
	}
	slices.Sort(ns)
	return strings.Join(ns, ", ")
}

func flagNames(a *analysis.Analyzer) string {
	var ns []string
	a.Flags.VisitAll(func(f *flag.Flag) { ns = append(ns, f.Name) })
	return cmp.Or(strings.Join(ns, ", "), "none")
}

func sortedKeys[V any](m map[string]V) []string {
	return slices.Sorted(maps.Keys(m))
}
