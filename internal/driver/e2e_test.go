package driver

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestEndToEnd builds testdata/fakelint (the driver with the fakecharge
// analyzer) and runs it as a command: standalone, as go vet's -vettool and
// as go fix's -fixtool, checking that all three agree.
func TestEndToEnd(t *testing.T) {
	goCmd := needGo(t)
	if testing.Short() {
		t.Skip("builds a binary and runs go vet")
	}
	bin := filepath.Join(t.TempDir(), "fakelint")
	build := exec.Command(goCmd, "build", "-o", bin, "./testdata/fakelint")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	// run runs a command in dir and returns its output and exit status.
	run := func(t *testing.T, dir string, name string, args ...string) (stdout, stderr string, code int) {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOWORK=off", "GOTOOLCHAIN=local")
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		err := cmd.Run()
		var exitErr *exec.ExitError
		switch {
		case err == nil:
		case errors.As(err, &exitErr):
			code = exitErr.ExitCode()
		default:
			t.Fatalf("%s %q: %v", name, args, err)
		}
		return out.String(), errOut.String(), code
	}

	dir := writeModule(t, tinyModule)

	t.Run("standalone and go vet agree", func(t *testing.T) {
		stdout, stderr, code := run(t, dir, bin, "./...")
		if code != ExitFindings || stderr != "" || stdout != strings.Join(tinyFindings, "\n")+"\n" {
			t.Errorf("fakelint ./...: exit %d, stderr %q, stdout:\n%s", code, stderr, stdout)
		}

		_, vetOut, code := run(t, dir, goCmd, "vet", "-vettool="+bin, "./...")
		got := lines(vetOut)
		slices.Sort(got)
		want := slices.Sorted(slices.Values(tinyFindings))
		if code != 1 || !slices.Equal(got, want) {
			t.Errorf("go vet -vettool: exit %d, stderr:\n%s\nwant 1 and (in any order):\n%s", code, vetOut, strings.Join(want, "\n"))
		}
	})

	t.Run("standalone and go vet JSON agree", func(t *testing.T) {
		stdout, _, code := run(t, dir, bin, "-json", "./...")
		if code != ExitFindings {
			t.Errorf("fakelint -json: exit %d", code)
		}
		ours := decodeJSONTrees(t, stdout)

		vetOut, _, code := run(t, dir, goCmd, "vet", "-json", "-vettool="+bin, "./...")
		if code != 0 {
			t.Errorf("go vet -json: exit %d", code)
		}
		theirs := decodeJSONTrees(t, vetOut)
		if !reflect.DeepEqual(ours, theirs) {
			t.Errorf("JSON differs:\nfakelint -json:\n%s\ngo vet -json:\n%s", stdout, vetOut)
		}
		if len(ours) != 2 {
			t.Errorf("want findings in 2 packages:\n%s", stdout)
		}
	})

	t.Run("flags pass through go vet", func(t *testing.T) {
		_, vetOut, code := run(t, dir, goCmd, "vet", "-vettool="+bin, "-fakecharge.target=ChargeChecked", "./...")
		stdout, _, code2 := run(t, dir, bin, "-fakecharge.target=ChargeChecked", "./...")
		if code != 0 || vetOut != "" || code2 != 0 || stdout != "" {
			t.Errorf("with -fakecharge.target=ChargeChecked: go vet exit %d %q; fakelint exit %d %q; want no findings", code, vetOut, code2, stdout)
		}
	})

	t.Run("standalone -fix and go fix agree", func(t *testing.T) {
		ours := writeModule(t, tinyModule)
		stdout, stderr, code := run(t, ours, bin, "-fix", "./...")
		if code != ExitFindings || stdout != "" || !strings.Contains(stderr, "1 finding has no suggested fix") {
			t.Errorf("fakelint -fix: exit %d, stdout %q, stderr %q", code, stdout, stderr)
		}

		theirs := writeModule(t, tinyModule)
		_, stderr, code = run(t, theirs, goCmd, "fix", "-fixtool="+bin, "./...")
		if code != 0 {
			t.Errorf("go fix -fixtool: exit %d\n%s", code, stderr)
		}

		a, b := readTree(t, ours), readTree(t, theirs)
		if !maps.Equal(a, b) {
			t.Errorf("files differ:\nfakelint -fix: %q\ngo fix: %q", a, b)
		}
		for _, name := range []string{"app/app.go", "app/app_test.go", "wrap/wrap.go"} {
			want := strings.ReplaceAll(tinyModule[name], "lib.Charge()", "lib.ChargeChecked()")
			if a[name] != want {
				t.Errorf("%s after -fix:\n%s\nwant:\n%s", name, a[name], want)
			}
		}
	})

	t.Run("standalone -diff", func(t *testing.T) {
		d := writeModule(t, tinyModule)
		stdout, _, code := run(t, d, bin, "-fix", "-diff", "./...")
		if code != ExitFindings { // the wrapper call has no fix
			t.Errorf("fakelint -fix -diff: exit %d", code)
		}
		if !maps.Equal(readTree(t, d), tinyModule) {
			t.Errorf("-diff modified files")
		}
		// Apply each file's part of the diff and compare with -fix.
		parts := strings.Split(stdout, "--- a/")
		if len(parts) != 4 || parts[0] != "" {
			t.Fatalf("want a diff of 3 files:\n%s", stdout)
		}
		for _, part := range parts[1:] {
			name, _, _ := strings.Cut(part, "\n")
			got, err := applyUnified(tinyModule[name], "--- a/"+part)
			if err != nil {
				t.Fatalf("%s: %v\n%s", name, err, part)
			}
			if want := strings.ReplaceAll(tinyModule[name], "lib.Charge()", "lib.ChargeChecked()"); got != want {
				t.Errorf("%s patched:\n%s\nwant:\n%s", name, got, want)
			}
		}
	})

	t.Run("version and flags handshake", func(t *testing.T) {
		stdout, _, code := run(t, dir, bin, "-V=full")
		if f := strings.Fields(stdout); code != 0 || len(f) != 5 || f[1] != "version" || f[2] != "devel" || !strings.HasPrefix(f[4], "buildID=") {
			t.Errorf("-V=full: exit %d, %q", code, stdout)
		}
		stdout, _, code = run(t, dir, bin, "-flags")
		var flags []struct{ Name string }
		if err := json.Unmarshal([]byte(stdout), &flags); code != 0 || err != nil {
			t.Fatalf("-flags: exit %d, %v:\n%s", code, err, stdout)
		}
		var names []string
		for _, f := range flags {
			names = append(names, f.Name)
		}
		for _, want := range []string{"fakecharge", "fakecharge.target", "json", "diff"} {
			if !slices.Contains(names, want) {
				t.Errorf("-flags lacks %s: %q", want, names)
			}
		}
	})
}

// decodeJSONTrees decodes a stream of JSON trees (go vet prints one per
// package) into one: package -> analyzer -> diagnostics.
func decodeJSONTrees(t *testing.T, s string) map[string]map[string][]jsonDiagnostic {
	t.Helper()
	all := make(map[string]map[string][]jsonDiagnostic)
	dec := json.NewDecoder(strings.NewReader(s))
	for {
		var tree map[string]map[string][]jsonDiagnostic
		if err := dec.Decode(&tree); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("decoding JSON: %v\n%s", err, s)
		}
		for pkg, m := range tree {
			if all[pkg] == nil {
				all[pkg] = make(map[string][]jsonDiagnostic)
			}
			for a, diags := range m {
				all[pkg][a] = append(all[pkg][a], diags...)
			}
		}
	}
	return all
}

// readTree returns the files under dir, by slash-separated relative name.
func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := make(map[string]string)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		files[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
