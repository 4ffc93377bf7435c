package driver

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stripeerrlint/stripeerrlint/internal/driver/internal/fakeanalyzer"
	"golang.org/x/tools/go/analysis"
)

// benchModule returns the module the benchmarks run on: the example
// service, or until it exists the module-mode fixtures of stripe-go v85.
func benchModule(b *testing.B) string {
	for _, dir := range []string{"../../example", "../../testdata/modules/v85"} {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			abs, err := filepath.Abs(dir)
			if err != nil {
				b.Fatal(err)
			}
			return abs
		}
	}
	b.Skip("no module to benchmark on (example/ or testdata/modules/v85)")
	return ""
}

// noopAnalyzer does nothing and has no facts: with it, the driver loads
// as singlechecker does and runs nothing. It is the floor.
var noopAnalyzer = &analysis.Analyzer{
	Name: "noop",
	Doc:  "report nothing",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

// BenchmarkStandalone runs the standalone driver in-process on ./... of
// the benchmark module: with the no-op analyzer (the floor), and with
// fakecharge, which uses facts (so the driver runs it on dependencies,
// and checks whether some dependency must come from source). The ratio of
// the two is what scripts/benchratios.sh measures with whole commands.
func BenchmarkStandalone(b *testing.B) {
	needGo(b)
	dir := benchModule(b)
	for _, bc := range []struct {
		name      string
		analyzers []*analysis.Analyzer
	}{
		{"noop", []*analysis.Analyzer{noopAnalyzer}},
		{"facts", []*analysis.Analyzer{fakeanalyzer.Analyzer}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			// One untimed run, so that go list has built the export data.
			if code := Run("bench", bc.analyzers, []string{"-C", dir, "./..."}, io.Discard, io.Discard); code == ExitError {
				b.Fatalf("exit %d", code)
			}
			b.ReportAllocs()
			for b.Loop() {
				Run("bench", bc.analyzers, []string{"-C", dir, "./..."}, io.Discard, io.Discard)
			}
		})
	}
}
