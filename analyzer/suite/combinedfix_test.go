package suite_test

// The suite's fixes applied together: what a user gets from
// `stripeerrlint -fix ./...`, `go fix -fixtool`, golangci-lint --fix or
// accepting every quick fix in an editor. Each rule's golden files check
// its fixes alone; this checks that all of them at once still build.

import (
	"bytes"
	"flag"
	"go/format"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stripeerrlint/stripeerrlint/analyzer/suite"
	"github.com/stripeerrlint/stripeerrlint/internal/driver"
)

// TestCombinedFix copies each tree of Go code the suite is tested on (the
// GOPATH fixtures of testdata/src, the real-SDK modules of
// testdata/modules and example/), runs the standalone driver with -fix on
// the copy, as a user would (the first fix of every finding of every rule,
// merged, overlapping fixes left out), and checks that the result builds
// (and, for the example, passes go vet),
// that every file a fix touched is gofmt-clean, and that a second -fix
// changes nothing.
func TestCombinedFix(t *testing.T) {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	root := filepath.Join("..", "..")
	type tree struct {
		name, src string
		gopath    bool // GOPATH mode (testdata/src), else a module
		module    bool // needs the real SDK: skipped under -short
		flags     []string
	}
	trees := []tree{
		// With the flags that add findings with fixes: every fix the
		// defaults offer is offered too (one run of the fixture tree, not
		// two: it is the costliest part of the test).
		{name: "fixtures", src: filepath.Join(root, "testdata", "src"), gopath: true, flags: []string{"-enumvalue.literals"}},
		{name: "v72", src: filepath.Join(root, "testdata", "modules", "v72"), module: true},
		{name: "v85", src: filepath.Join(root, "testdata", "modules", "v85"), module: true},
		{name: "example", src: filepath.Join(root, "example"), module: true},
	}
	for _, tr := range trees {
		t.Run(tr.name, func(t *testing.T) {
			if tr.module && testing.Short() {
				t.Skip("needs the real SDK")
			}
			tmp := t.TempDir()
			dir := tmp
			env := []string{"GOWORK=off", "GOTOOLCHAIN=local", "GOFLAGS=-mod=mod"}
			if tr.gopath {
				dir = filepath.Join(tmp, "src")
				env = []string{"GOPATH=" + tmp, "GO111MODULE=off", "GOFLAGS=", "GOWORK=off", "GOTOOLCHAIN=local"}
			}
			if err := os.CopyFS(dir, os.DirFS(tr.src)); err != nil {
				t.Fatal(err)
			}
			for _, kv := range env {
				k, v, _ := strings.Cut(kv, "=")
				t.Setenv(k, v)
			}
			before := readGoFiles(t, dir)

			stderr := runFix(t, dir, tr.flags...)
			after := readGoFiles(t, dir)
			changed := 0
			for _, name := range slices.Sorted(maps.Keys(after)) {
				if bytes.Equal(before[name], after[name]) {
					continue
				}
				changed++
				if formatted, err := format.Source(after[name]); err != nil {
					t.Errorf("%s after -fix does not parse: %v", name, err)
				} else if rel, _ := filepath.Rel(dir, name); unaligned[filepath.Base(tr.src)+":"+filepath.ToSlash(rel)] {
					if bytes.Equal(formatted, after[name]) {
						t.Errorf("%s after -fix is gofmt-clean: remove it from unaligned", name)
					}
				} else if !bytes.Equal(formatted, after[name]) {
					t.Errorf("%s after -fix is not gofmt-clean (- as fixed, + gofmt):\n%s", name, diffLines(strings.Split(string(after[name]), "\n"), strings.Split(string(formatted), "\n")))
				}
			}
			if changed == 0 {
				t.Errorf("-fix changed no file: the test checks nothing\n%s", stderr)
			}

			check := "build"
			if tr.name == "example" {
				check = "vet" // the example is clean code but for its documented mistakes
			}
			build := exec.Command(goCmd, check, "./...")
			build.Dir = dir
			if out, err := build.CombinedOutput(); err != nil {
				t.Errorf("go %s ./... after -fix: %v\n%s\n(-fix said:\n%s)", check, err, out, stderr)
			}

			// Fixes left out for conflicting with another apply on a
			// second run; a second run after that must change nothing.
			if strings.Contains(stderr, "run stripeerrlint -fix again") {
				t.Errorf("fixes conflicted on the first run:\n%s", stderr)
				runFix(t, dir, tr.flags...)
				after = readGoFiles(t, dir)
			}
			stderr2 := runFix(t, dir, tr.flags...)
			again := readGoFiles(t, dir)
			for _, name := range slices.Sorted(maps.Keys(again)) {
				if !bytes.Equal(after[name], again[name]) {
					t.Errorf("a second -fix changed %s:\n%s\n(-fix said:\n%s)", name, diffLines(strings.Split(string(after[name]), "\n"), strings.Split(string(again[name]), "\n")), stderr2)
				}
			}
		})
	}
}

// unaligned lists the files (base name of the tree:path) whose fixed form
// is allowed not to be gofmt-clean. None: the driver formats a fixed file
// that was gofmt-clean before.
var unaligned = map[string]bool{}

// runFix runs the standalone driver with -fix in dir and returns what it
// wrote to stderr.
func runFix(t *testing.T, dir string, flags ...string) string {
	t.Helper()
	restoreFlags(t)
	var stdout, stderr bytes.Buffer
	code := driver.Run("stripeerrlint", suite.Analyzers(), append(append([]string{"-C", dir, "-fix"}, flags...), "./..."), &stdout, &stderr)
	if code != driver.ExitOK && code != driver.ExitFindings {
		t.Fatalf("stripeerrlint -fix ./...: exit %d\n%s%s", code, stdout.String(), stderr.String())
	}
	return stderr.String()
}

// restoreFlags gives the analyzers' flags, which the driver sets from its
// command line and which are shared by every test of the process, their
// present values back when the test ends.
func restoreFlags(t *testing.T) {
	for _, a := range suite.Analyzers() {
		a.Flags.VisitAll(func(f *flag.Flag) {
			v := f.Value.String()
			t.Cleanup(func() {
				if err := f.Value.Set(v); err != nil {
					t.Errorf("restoring -%s.%s: %v", a.Name, f.Name, err)
				}
			})
		})
	}
}

// readGoFiles returns the content of every .go file under dir, by path.
func readGoFiles(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := make(map[string][]byte)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		b, err := os.ReadFile(path)
		files[path] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
