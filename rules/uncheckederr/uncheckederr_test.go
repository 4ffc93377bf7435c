package uncheckederr_test

import (
	"testing"

	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
	"github.com/stripeerrlint/stripeerrlint/rules/uncheckederr"
)

func TestUncheckedErr(t *testing.T) {
	fixturetest.Run(t, uncheckederr.Analyzer,
		"uncheckederr/pkglevel",
	)
}
