package plugin_test

import (
	"bufio"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stripeerrlint/stripeerrlint/analyzer/suite"
)

// TestExampleConfig holds .golangci.example.yml to its promise: every flag
// of every analyzer of the suite appears under settings.flags with its
// default value, and nothing else does. (golangci-lint itself, in
// .ci/e2e-golangci, checks that the file decodes.)
func TestExampleConfig(t *testing.T) {
	flags := exampleFlags(t, filepath.Join("..", ".golangci.example.yml"))
	for _, a := range suite.Analyzers() {
		a.Flags.VisitAll(func(f *flag.Flag) {
			got, ok := flags[a.Name][f.Name]
			if !ok {
				t.Errorf(".golangci.example.yml: no setting flags.%s.%s (default %q): add it", a.Name, f.Name, f.DefValue)
				return
			}
			if got != f.DefValue {
				t.Errorf(".golangci.example.yml: flags.%s.%s is %q, want the default %q", a.Name, f.Name, got, f.DefValue)
			}
			delete(flags[a.Name], f.Name)
		})
	}
	for a, fs := range flags {
		for f := range fs {
			t.Errorf(".golangci.example.yml: flags.%s.%s is no flag of the suite", a, f)
		}
	}
}

// exampleFlags reads the flags block of the example: analyzer -> flag ->
// value, from the lines indented below "flags:" (a YAML subset: mappings
// and scalars, comments).
func exampleFlags(t *testing.T, path string) map[string]map[string]string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	flags := make(map[string]map[string]string)
	blockIndent, analyzerIndent := -1, -1
	var current string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		indent := len(line) - len(strings.TrimLeft(line, " "))
		key, value, _ := strings.Cut(trimmed, ":")
		value = strings.TrimSpace(value)
		switch {
		case blockIndent < 0:
			if trimmed == "flags:" {
				blockIndent = indent
			}
		case indent <= blockIndent:
			return flags
		case analyzerIndent < 0 || indent == analyzerIndent:
			analyzerIndent, current = indent, key
			flags[current] = make(map[string]string)
		default:
			if u, err := strconv.Unquote(value); err == nil {
				value = u
			}
			flags[current][key] = value
		}
	}
	if blockIndent < 0 {
		t.Fatalf("%s: no flags block", path)
	}
	return flags
}
