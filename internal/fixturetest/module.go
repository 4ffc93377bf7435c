package fixturetest

import (
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// RunModule runs a on packages of a module-mode fixture,
// testdata/modules/<module> (a go.mod requiring a real SDK major, such as
// stripe-go/v72 v72.122.0), and checks its // want comments: the proof that
// the rule works on the real SDK and not only on the stubs. Patterns are
// relative to the module root ("./uncheckederr/...").
//
// The fixture's packages are loaded with GOPROXY=off, so RunModule first
// downloads the module's requirements through the configured proxy (once
// per test process). They come from source; the SDK and the other
// requirements from export data (see harness.go).
//
// With -short, RunModule skips the test: building the real SDK's export
// data is slow on a cold cache, and the stub fixtures cover the same
// checks.
func RunModule(t *testing.T, a *analysis.Analyzer, module string, patterns ...string) {
	t.Helper()
	if testing.Short() {
		t.Skipf("-short: module-mode fixture testdata/modules/%s (the real SDK) not run", module)
	}
	checkCategories(t, a, moduleTree(ModuleDir(t, module)).run(t, a, patterns...))
}

// ModuleDir returns the directory of the module-mode fixture
// testdata/modules/<module>, its requirements downloaded, for tests that
// run an analyzer other than a rule on it (RunModule checks the rule's
// categories against its page). With -short it skips the test, as
// RunModule does.
func ModuleDir(t *testing.T, module string) string {
	t.Helper()
	if testing.Short() {
		t.Skipf("-short: module-mode fixture testdata/modules/%s not run", module)
	}
	dir := filepath.Join(TestData(t), "modules", module)
	if err := download(dir); err != nil {
		t.Fatalf("downloading the requirements of %s: %v", dir, err)
	}
	return dir
}

var downloads sync.Map // module dir -> func() error (sync.OnceValue)

func download(dir string) error {
	once, _ := downloads.LoadOrStore(dir, sync.OnceValue(func() error {
		cmd := exec.Command("go", "mod", "download")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
		out, err := cmd.CombinedOutput()
		if err != nil {
			return &downloadError{err, out}
		}
		return nil
	}))
	return once.(func() error)()
}

type downloadError struct {
	err error
	out []byte
}

func (e *downloadError) Error() string { return e.err.Error() + ": " + string(e.out) }
