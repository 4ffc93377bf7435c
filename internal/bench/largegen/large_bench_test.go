package largegen_test

import (
	"bytes"
	"go/parser"
	"go/token"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/stripeerrlint/stripeerrlint/analyzer/suite"
	"github.com/stripeerrlint/stripeerrlint/internal/bench/largegen"
	"github.com/stripeerrlint/stripeerrlint/internal/driver"
)

// BenchmarkLarge runs the standalone driver in-process on the generated
// packages (largegen.Big: 10,000 functions in 20 files; largegen.OneFile:
// one file of more than 1 MB), with the whole suite and with a no-op
// analyzer (the floor: loading and type-checking alone). Besides ns/op and
// B/op (allocated, in-process), it reports maxRSS-MB: the peak resident
// memory of one run of the built command (stripeerrlint, or noopcheck for
// the floor) as a separate process, which is what bounded memory means
// for users (Linux reports it in KB; elsewhere the unit may differ).
//
//	go test -run='^$' -bench=Large -benchtime=3x ./internal/bench/largegen/
func BenchmarkLarge(b *testing.B) {
	dir := writeLarge(b)
	bins := buildTools(b)
	type benchCase struct {
		name      string
		analyzers []*analysis.Analyzer
		bin       string
		want      int
	}
	cases := []benchCase{
		{"noop", []*analysis.Analyzer{noop}, bins["noopcheck"], driver.ExitOK},
		{"suite", suite.Analyzers(), bins["stripeerrlint"], driver.ExitFindings},
	}
	pkgs := []largegen.Package{largegen.Big, largegen.OneFile}
	// The commands' peak memory, measured before anything runs in this
	// process: on Linux a child's ru_maxrss starts from its parent's
	// high-water mark at fork (exec keeps it), so once the in-process
	// runs have grown this process, every child would report its size.
	// The figure includes the child's own children (go list, and the
	// compiler that go list runs for export data), so each command runs
	// once first, for go's build cache.
	rss := make(map[string]float64)
	for _, pkg := range pkgs {
		for _, bc := range cases {
			maxRSS(b, dir, bc.bin, "./"+pkg.Name)
			rss[pkg.Name+"/"+bc.name] = maxRSS(b, dir, bc.bin, "./"+pkg.Name)
		}
	}
	for _, pkg := range pkgs {
		for _, bc := range cases {
			b.Run(pkg.Name+"/"+bc.name, func(b *testing.B) {
				args := []string{"-C", dir, "./" + pkg.Name}
				var stderr bytes.Buffer
				if code := driver.Run("bench", bc.analyzers, args, io.Discard, &stderr); code != bc.want {
					b.Fatalf("exit %d, want %d\n%s", code, bc.want, stderr.Bytes())
				}
				b.ReportAllocs()
				for b.Loop() {
					driver.Run("bench", bc.analyzers, args, io.Discard, io.Discard)
				}
				b.ReportMetric(rss[pkg.Name+"/"+bc.name], "maxRSS-MB")
			})
		}
	}
}

// TestLargeModule checks the generator: the large file is more than 1 MB,
// the big package has 10,000 functions, and the code type-checks and
// holds exactly the mistakes the generator plants (one unchecked error
// and one misspelt event type per hundred functions): no false positive.
// The driver runs on 1,000 functions (the code repeats every hundred),
// to keep go test fast; the benchmark runs on all.
func TestLargeModule(t *testing.T) {
	srcs := largegen.Sources(largegen.OneFile)
	if len(srcs) != 1 || len(srcs[0]) <= 1<<20 {
		t.Errorf("OneFile: %d files, the first of %d bytes; want one of more than 1 MB", len(srcs), len(srcs[0]))
	}
	funcs := 0
	fset := token.NewFileSet()
	for _, src := range largegen.Sources(largegen.Big) {
		f, err := parser.ParseFile(fset, "big.go", src, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		funcs += len(f.Decls) - 2 // the import and var declarations
	}
	if want := largegen.Big.Funcs + 2; funcs != want { // NewService and type Service in the first file
		t.Errorf("Big: %d declarations besides the imports, want %d", funcs, want)
	}
	if testing.Short() {
		return
	}
	small := largegen.Package{Name: "small", Funcs: 1000, Files: 3}
	dir := writeLarge(t, small)
	var stdout, stderr bytes.Buffer
	code := driver.Run("stripeerrlint", suite.Analyzers(), []string{"-C", dir, "./small"}, &stdout, &stderr)
	if code != driver.ExitFindings {
		t.Fatalf("exit %d, want %d\n%s", code, driver.ExitFindings, stderr.Bytes())
	}
	if n, want := bytes.Count(stdout.Bytes(), []byte("\n")), 2*small.Funcs/100; n != want {
		t.Errorf("%d findings, want %d (the planted mistakes)\n%s", n, want, stdout.Bytes())
	}
}

var noop = &analysis.Analyzer{
	Name: "noop",
	Doc:  "report nothing",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

// writeLarge writes the generated module with pkgs (by default
// largegen.Big and largegen.OneFile) into a temporary directory and
// downloads its requirement.
func writeLarge(tb testing.TB, pkgs ...largegen.Package) string {
	tb.Helper()
	sum, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", "modules", "v85", "go.sum"))
	if err != nil {
		tb.Fatal(err)
	}
	dir := tb.TempDir()
	if len(pkgs) == 0 {
		pkgs = []largegen.Package{largegen.Big, largegen.OneFile}
	}
	if err := largegen.WriteModule(dir, sum, pkgs...); err != nil {
		tb.Fatal(err)
	}
	cmd := exec.Command("go", "mod", "download", "github.com/stripe/stripe-go/v85")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("go mod download: %v\n%s", err, out)
	}
	return dir
}

// buildTools builds stripeerrlint and noopcheck into a temporary
// directory.
func buildTools(b *testing.B) map[string]string {
	b.Helper()
	dir := b.TempDir()
	bins := make(map[string]string)
	for name, pkg := range map[string]string{"stripeerrlint": "./cmd/stripeerrlint", "noopcheck": "./internal/bench/noopcheck"} {
		bins[name] = filepath.Join(dir, name)
		cmd := exec.Command("go", "build", "-o", bins[name], pkg)
		cmd.Dir = filepath.Join("..", "..", "..")
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("go build %s: %v\n%s", pkg, err, out)
		}
	}
	return bins
}

// maxRSS runs bin on pattern in dir and returns its peak resident memory
// in MB (0 where the system does not tell).
func maxRSS(b *testing.B, dir, bin, pattern string) float64 {
	cmd := exec.Command(bin, pattern)
	cmd.Dir = dir
	if err := cmd.Run(); err != nil {
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() == driver.ExitError {
			b.Fatalf("%s %s: %v", bin, pattern, err)
		}
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		return float64(ru.Maxrss) / 1024 // KB on Linux
	}
	return 0
}
