package directive_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/stripeerrlint/stripeerrlint/analyzer/directive"
	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
)

func TestMalformedDirectives(t *testing.T) {
	analysistest.Run(t, fixturetest.TestData(t), directive.Analyzer, "directive/bad")
}
