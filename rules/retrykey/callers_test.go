package retrykey_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/stripeerrlint/stripeerrlint/internal/fixturetest"
	"github.com/stripeerrlint/stripeerrlint/rules/retrykey"
)

// TestCallersRelated checks the related locations of the findings about
// callers: the retry and the callers in one package (also through a
// function that passes the params on), the retrier's declaration across
// packages.
func TestCallersRelated(t *testing.T) {
	results := analysistest.Run(t, fixturetest.TestData(t), retrykey.Analyzer, "retrykey/callers/...")
	var got []string
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if !strings.Contains(d.Message, "callers of") && !strings.Contains(d.Message, " retries ") {
				continue
			}
			pos := r.Pass.Fset.Position(d.Pos)
			line := fmt.Sprintf("%d:", pos.Line)
			for _, rel := range d.Related {
				rp := r.Pass.Fset.Position(rel.Pos)
				line += fmt.Sprintf(" %s:%d %s;", rp.Filename[strings.LastIndex(rp.Filename, "/")+1:], rp.Line, rel.Message)
			}
			got = append(got, line)
		}
	}
	slices.Sort(got)
	want := []string{
		"14: retry.go:14 retry.Refund retries refund.New;",
		"18: retry.go:14 retry.Refund retries refund.New;",
		"20: a.go:19 retried by this loop; a.go:30 called here with params without a key; a.go:34 called here with params without a key; a.go:77 called here with params without a key, passed on by passedOnAgain;",
		"22: retry.go:14 retry.Refund retries refund.New;",
		"48: app.go:42 app.fromCaller retries refund.New;",
	}
	if !slices.Equal(got, want) {
		t.Errorf("related locations:\n got %q\nwant %q", got, want)
	}
}
