package enumvalue_test

import (
	"testing"

	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
	"github.com/stripeerrlint/stripeerrlint/rules/enumvalue"
)

func TestEnumValue(t *testing.T) {
	fixturetest.Run(t, enumvalue.Analyzer,
		"enumvalue/pkglevel",
		"enumvalue/client",
	)
}

func TestEnumValueLiterals(t *testing.T) {
	if err := enumvalue.Analyzer.Flags.Set(enumvalue.LiteralsFlag, "true"); err != nil {
		t.Fatal(err)
	}
	defer enumvalue.Analyzer.Flags.Set(enumvalue.LiteralsFlag, "false")
	fixturetest.Run(t, enumvalue.Analyzer, "enumvalue/literals")
}

func TestEnumValueStrict(t *testing.T) {
	if err := enumvalue.Analyzer.Flags.Set(enumvalue.StrictFlag, "true"); err != nil {
		t.Fatal(err)
	}
	defer enumvalue.Analyzer.Flags.Set(enumvalue.StrictFlag, "false")
	fixturetest.Run(t, enumvalue.Analyzer, "enumvalue/strict")
	fixturetest.RunModule(t, enumvalue.Analyzer, "v72", "./enumvalue/strict")
	fixturetest.RunModule(t, enumvalue.Analyzer, "v85", "./enumvalue/strict")
}

func TestEnumValueRealSDK(t *testing.T) {
	fixturetest.RunModule(t, enumvalue.Analyzer, "v72", "./enumvalue")
	fixturetest.RunModule(t, enumvalue.Analyzer, "v85", "./enumvalue")
}
