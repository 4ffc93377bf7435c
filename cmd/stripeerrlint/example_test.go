package main_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestExampleApp lints the example app (example/, its own module against
// the real stripe-go v85) with the stripeerrlint binary, standalone and as
// go vet -vettool, and checks that
//   - both drivers report the same places with the same messages;
//   - every finding is on the line after a "// Mistake (RULE): ..."
//     comment and comes from RULE: no false positive on the app's correct
//     code;
//   - every marked mistake is found.
func TestExampleApp(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and loads the example app")
	}
	bin := buildCommand(t)
	example, err := filepath.Abs(filepath.Join("..", "..", "example"))
	if err != nil {
		t.Fatal(err)
	}
	run(t, example, "go", "mod", "download")

	standalone := findings(t, run(t, example, bin, "-json", "./..."), example)
	vetOut := runExpectFailure(t, example, "go", "vet", "-vettool="+bin, "-json", "./...")
	vet := findings(t, vetOut, example)
	if !slices.Equal(standalone, vet) {
		t.Errorf("standalone and go vet -vettool disagree:\nstandalone:\n%s\nvet:\n%s", strings.Join(standalone, "\n"), strings.Join(vet, "\n"))
	}

	mistakes := markedMistakes(t, example)
	for _, f := range standalone {
		place, rule := parseFinding(f)
		if mistakes[place] != rule {
			t.Errorf("finding with no marked mistake (a false positive, or a missing marker): %s", f)
		}
	}
	for place, rule := range mistakes {
		if !slices.ContainsFunc(standalone, func(f string) bool { p, r := parseFinding(f); return p == place && r == rule }) {
			t.Errorf("marked mistake not found: %s %s", place, rule)
		}
	}
	t.Logf("%d findings, %d marked mistakes", len(standalone), len(mistakes))
}

// buildCommand builds stripeerrlint into a temporary directory.
func buildCommand(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "stripeerrlint")
	run(t, ".", "go", "build", "-o", bin, ".")
	return bin
}

func run(t *testing.T, dir, name string, args ...string) []byte {
	t.Helper()
	out, err := command(dir, name, args...).Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 3 {
			return out // findings
		}
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderrOf(err))
	}
	return out
}

// runExpectFailure runs go vet, which exits 1 when there are findings; its
// JSON goes to standard error.
func runExpectFailure(t *testing.T, dir, name string, args ...string) []byte {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := command(dir, name, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	_ = cmd.Run()
	return append(stdout.Bytes(), stderr.Bytes()...)
}

func command(dir, name string, args ...string) *exec.Cmd {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	return cmd
}

func stderrOf(err error) string {
	if ee, ok := err.(*exec.ExitError); ok {
		return string(ee.Stderr)
	}
	return ""
}

// findings decodes the JSON trees in out (go vet prints one per package,
// after "# pkg" lines) into sorted "file:line rule: message" strings, with
// file names relative to root.
func findings(t *testing.T, out []byte, root string) []string {
	t.Helper()
	var result []string
	dec := json.NewDecoder(bytes.NewReader(stripComments(out)))
	for dec.More() {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err != nil {
			t.Fatalf("decoding JSON: %v\n%s", err, out)
		}
		for _, byAnalyzer := range tree {
			for analyzer, raw := range byAnalyzer {
				var diags []struct {
					Posn    string `json:"posn"`
					Message string `json:"message"`
				}
				if err := json.Unmarshal(raw, &diags); err != nil {
					continue // an {"error": ...} entry
				}
				for _, d := range diags {
					posn := strings.TrimPrefix(d.Posn, root+string(filepath.Separator))
					file, line := splitPosn(posn)
					result = append(result, fmt.Sprintf("%s:%s %s: %s", file, line, analyzer, d.Message))
				}
			}
		}
	}
	slices.Sort(result)
	return slices.Compact(result)
}

// stripComments drops the "# package" lines go vet prints before each tree.
func stripComments(out []byte) []byte {
	var b bytes.Buffer
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if !strings.HasPrefix(sc.Text(), "#") {
			b.Write(sc.Bytes())
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}

func splitPosn(posn string) (file, line string) {
	parts := strings.Split(posn, ":")
	if len(parts) < 3 {
		return posn, ""
	}
	return strings.Join(parts[:len(parts)-2], ":"), parts[len(parts)-2]
}

func parseFinding(f string) (place, rule string) {
	place, rest, _ := strings.Cut(f, " ")
	rule, _, _ = strings.Cut(rest, ":")
	return place, rule
}

var mistakeComment = regexp.MustCompile(`^\s*// Mistake \(([a-z]+)\):`)

// markedMistakes returns "file:line" -> rule for the line after each
// "// Mistake (RULE): ..." comment of the example app.
func markedMistakes(t *testing.T, root string) map[string]string {
	t.Helper()
	mistakes := make(map[string]string)
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		content, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		for i, line := range strings.Split(string(content), "\n") {
			if m := mistakeComment.FindStringSubmatch(line); m != nil {
				mistakes[fmt.Sprintf("%s:%d", filepath.ToSlash(rel), i+2)] = m[1]
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(mistakes) == 0 {
		t.Fatal("the example app marks no mistakes")
	}
	return mistakes
}
