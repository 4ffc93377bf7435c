package uncheckederr_test

import (
	"testing"

	"github.com/stripeerrlint/stripeerrlint/analyzer/directive"
	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
	"github.com/stripeerrlint/stripeerrlint/rules/uncheckederr"
)

func TestUncheckedErr(t *testing.T) {
	fixturetest.Run(t, uncheckederr.Analyzer,
		"uncheckederr/pkglevel",
		"uncheckederr/clientapi",
		"uncheckederr/iterators",
		"uncheckederr/wrappers/billing",
		"uncheckederr/wrappers/handlers",
		"uncheckederr/legacyclient",
		"uncheckederr/directives",
		"uncheckederr/generated",
		"uncheckederr/unrelated",
		"uncheckederr/regressions",
		"uncheckederr/listshapes",
		"uncheckederr/partial",
	)
}

// TestCheckGenerated sets -stripeerrlint.check-generated: findings in
// generated files are reported.
func TestCheckGenerated(t *testing.T) {
	flag := directive.Analyzer.Flags.Lookup(directive.CheckGeneratedFlag)
	if err := flag.Value.Set("true"); err != nil {
		t.Fatal(err)
	}
	defer flag.Value.Set("false")
	fixturetest.Run(t, uncheckederr.Analyzer, "uncheckederr/generatedchecked")
}

// TestRealSDK runs the rule against the real stripe-go v72.122.0, v84.1.0
// (whose list calls return the (item, error) pairs themselves, as from
// v82 on) and v85.0.0, so the stubs cannot drift from reality unnoticed.
func TestRealSDK(t *testing.T) {
	for _, module := range []string{"v72", "v84", "v85"} {
		t.Run(module, func(t *testing.T) {
			fixturetest.RunModule(t, uncheckederr.Analyzer, module, "./uncheckederr/...")
		})
	}
}
