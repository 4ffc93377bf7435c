package suite_test

import (
	"fmt"
	"go/types"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/stripeerrlint/stripeerrlint/analyzer/suite"
)

// TestSuiteConcurrent runs the whole suite over every fixture package of
// testdata/src (and the SDK stubs they import) from several goroutines at
// once, each a checker.Analyze of its own over the same packages, itself
// parallel across packages. Run with -race (.ci/run does), it finds
// package-level state that analyzers share; without, it still checks that
// every run finds the same, in the same order, and that every analyzer of
// the suite finds something (a rule that silently drops out fails).
func TestSuiteConcurrent(t *testing.T) {
	set := loadFixtures(t)
	const runs = 4
	results := make([][]string, runs)
	errs := make([]error, runs)
	var wg sync.WaitGroup
	for i := range runs {
		wg.Go(func() {
			results[i], errs[i] = suiteFindings(set.roots())
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("run %d: %v", i, err)
		}
	}
	if len(results[0]) == 0 {
		t.Fatal("no findings on the fixtures: the test checks nothing")
	}
	byAnalyzer := make(map[string]int)
	for _, f := range results[0] {
		if name, ok := analyzerOf(f); ok {
			byAnalyzer[name]++
		}
	}
	checkEveryAnalyzer(t, byAnalyzer)
	for i := 1; i < runs; i++ {
		if !slices.Equal(results[i], results[0]) {
			t.Errorf("run %d found otherwise than run 0:\n%s", i, diffLines(results[0], results[i]))
		}
	}
	t.Logf("%d runs of the suite over %d packages in parallel, %d findings each", runs, len(set.fixtures), len(results[0]))
}

// suiteFindings runs the suite on pkgs and returns the findings of the
// root packages, in the checker's order of packages and analyzers and each
// analyzer's order of reporting.
func suiteFindings(pkgs []*packages.Package) ([]string, error) {
	graph, err := checker.Analyze(suite.Analyzers(), pkgs, nil)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, act := range graph.Roots {
		if act.Err != nil {
			return nil, fmt.Errorf("%s on %s: %v", act.Analyzer.Name, act.Package.PkgPath, act.Err)
		}
		for _, d := range act.Diagnostics {
			var fixes []string
			for _, f := range d.SuggestedFixes {
				fixes = append(fixes, f.Message)
			}
			out = append(out, finding(act.Package.Fset.Position(d.Pos).String(), "", act.Analyzer.Name, d.Category, d.Message, fixes))
		}
	}
	return out, nil
}

// diffLines shows the lines of a and b that the other lacks.
func diffLines(a, b []string) string {
	var s strings.Builder
	for _, x := range a {
		if !slices.Contains(b, x) {
			fmt.Fprintf(&s, "-\t%s\n", x)
		}
	}
	for _, x := range b {
		if !slices.Contains(a, x) {
			fmt.Fprintf(&s, "+\t%s\n", x)
		}
	}
	if s.Len() == 0 {
		return "(same findings, another order)"
	}
	return s.String()
}

// packageVars lists the package-level variables of the suite's non-test
// code that are allowed, each with the reason it is not shared mutable
// state. TestNoPackageState fails on one that is not listed, and on an
// entry that no longer exists.
var packageVars = map[string]string{
	"analyzer/directive.Analyzer":          "the analyzer; its flags are the allowed package-level state",
	"analyzer/directive.KnownRules":        "immutable table: rule names for directives, never written (TestKnownRules)",
	"analyzer/stripesdk.Analyzer":          "the analyzer",
	"analyzer/stripesdk.apiTable":          "immutable table generated from the SDK source (apitable.go), never written",
	"analyzer/stripesdk.ginBodyBinders":    "immutable table of gin's body binders, never written",
	"analyzer/stripesdk.ginStatusMethods":  "immutable table of gin's status-writing methods, never written",
	"analyzer/stripesdk.echoStatusMethods": "immutable table of echo's status-writing methods, never written",
	"analyzer/stripesdk.expandableTable":   "immutable table generated from the SDK source (expandable.go), never written",
	"analyzer/stripesdk.copiedFields":      "immutable table generated from the SDK source (expandable.go), never written",
	"analyzer/stripesdk.placeholderWords":  "immutable table of words that mark a made-up secret, never written",
	"analyzer/stripesdk.sdkPackageNames":   "immutable set of the API table's package names, computed once at init, never written",
	"analyzer/stripesdk.secretPrefixes":    "immutable table of secret key prefixes, never written",
	"analyzer/stripesdk.verifierPrefixes":  "immutable table of verification function name prefixes, never written",
	"docs.rules":                           "the embedded rule pages (embed.FS), read only",
	"rules/retrykey.knownHelpers":          "immutable table of retry helpers of known libraries, never written",
	"rules/retrykey.permanentMarkers":      "immutable table, never written",
	"rules/retrykey.retryableMarkers":      "immutable table, never written",
	"internal/gocode.errorType":            "immutable: the universe's error type, read only",
	"rules/charges.Analyzer":               "the analyzer",
	"rules/enumvalue.Analyzer":             "the analyzer; its flags are the allowed package-level state",
	"rules/errorsas.Analyzer":              "the analyzer",
	"rules/errswitch.Analyzer":             "the analyzer",
	"rules/eventdata.Analyzer":             "the analyzer",
	"rules/fatal.Analyzer":                 "the analyzer",
	"rules/globalkey.Analyzer":             "the analyzer",
	"rules/nilerror.Analyzer":              "the analyzer",
	"rules/nilresult.Analyzer":             "the analyzer",
	"rules/retrykey.Analyzer":              "the analyzer; its flags are the allowed package-level state",
	"rules/secretkey.Analyzer":             "the analyzer; its flags are the allowed package-level state",
	"rules/uncheckederr.Analyzer":          "the analyzer",
	"rules/unexpanded.Analyzer":            "the analyzer",
	"rules/webhooksig.Analyzer":            "the analyzer; its flags are the allowed package-level state",
}

// TestNoPackageState: no package of rules/, analyzer/ or the internal packages they use (the code every
// driver runs) declares a package-level variable other than those in
// packageVars. Analyzers run concurrently on many packages (checker,
// gopls, golangci-lint), so state belongs in the pass, and options in
// the analyzer's flags.
func TestNoPackageState(t *testing.T) {
	// Types from source (NeedSyntax): export data leaves out most
	// unexported variables.
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo, Dir: "../.."}
	pkgs, err := packages.Load(cfg, "./rules/...", "./analyzer/...", "./internal/flow", "./internal/fixes", "./internal/gocode", "./internal/ruledoc", "./docs")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("packages did not load")
	}
	seen := make(map[string]bool)
	for _, p := range pkgs {
		rel := strings.TrimPrefix(p.PkgPath, modulePath+"/")
		if strings.Contains(rel, "/internal/") || strings.HasPrefix(rel, "analyzer/suite/internal") {
			continue // generators and test tools, not run by drivers
		}
		scope := p.Types.Scope()
		for _, name := range scope.Names() {
			if _, ok := scope.Lookup(name).(*types.Var); !ok {
				continue
			}
			key := rel + "." + name
			seen[key] = true
			if _, ok := packageVars[key]; !ok {
				t.Errorf("%s: package-level variable %s: analyzers run concurrently, keep state in the pass "+
					"(or, for an immutable table or a flag value, add it to packageVars with the reason)", p.PkgPath, name)
			}
		}
	}
	for key := range packageVars {
		if !seen[key] {
			t.Errorf("packageVars lists %s, which no longer exists: remove it", key)
		}
	}
}
