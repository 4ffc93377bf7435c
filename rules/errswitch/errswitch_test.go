package errswitch_test

import (
	"testing"

	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
	"github.com/stripeerrlint/stripeerrlint/rules/errswitch"
)

func TestErrSwitch(t *testing.T) {
	fixturetest.Run(t, errswitch.Analyzer,
		"errswitch/pkglevel",
		"errswitch/client",
		"errswitch/noimport",
		"errswitch/notclassifying",
		"errswitch/nodefault",
	)
}

func TestErrSwitchRealSDK(t *testing.T) {
	fixturetest.RunModule(t, errswitch.Analyzer, "v72", "./errswitch/...")
	fixturetest.RunModule(t, errswitch.Analyzer, "v85", "./errswitch/...")
}
