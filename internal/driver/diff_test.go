package driver

import (
	"fmt"
	"math/rand"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestUnifiedDiff(t *testing.T) {
	for _, tc := range []struct {
		name, before, after, want string
	}{
		{name: "equal", before: "a\nb\n", after: "a\nb\n", want: ""},
		{
			name:   "one line",
			before: "1\n2\n3\n4\n5\n6\n7\n8\n9\n",
			after:  "1\n2\n3\n4\nFIVE\n6\n7\n8\n9\n",
			want: `--- old
+++ new
@@ -2,7 +2,7 @@
 2
 3
 4
-5
+FIVE
 6
 7
 8
`,
		},
		{
			name:   "insert at start",
			before: "b\nc\n",
			after:  "a\nb\nc\n",
			want: `--- old
+++ new
@@ -1,2 +1,3 @@
+a
 b
 c
`,
		},
		{
			name:   "from empty",
			before: "",
			after:  "x\n",
			want: `--- old
+++ new
@@ -0,0 +1 @@
+x
`,
		},
		{
			name:   "to empty",
			before: "x\ny\n",
			after:  "",
			want: `--- old
+++ new
@@ -1,2 +0,0 @@
-x
-y
`,
		},
		{
			name:   "no newline at end",
			before: "a\nb",
			after:  "a\nc",
			want: `--- old
+++ new
@@ -1,2 +1,2 @@
 a
-b
\ No newline at end of file
+c
\ No newline at end of file
`,
		},
		{
			name:   "two hunks",
			before: "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n",
			after:  "one\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\nfifteen\n",
			want: `--- old
+++ new
@@ -1,4 +1,4 @@
-1
+one
 2
 3
 4
@@ -12,4 +12,4 @@
 12
 13
 14
-15
+fifteen
`,
		},
		{
			name:   "close changes share a hunk",
			before: "1\n2\n3\n4\n5\n6\n7\n8\n",
			after:  "1\nTWO\n3\n4\n5\n6\nSEVEN\n8\n",
			want: `--- old
+++ new
@@ -1,8 +1,8 @@
 1
-2
+TWO
 3
 4
 5
 6
-7
+SEVEN
 8
`,
		},
		{
			name:   "deletions before insertions",
			before: "a\nb\nc\n",
			after:  "x\ny\nz\n",
			want: `--- old
+++ new
@@ -1,3 +1,3 @@
-a
-b
-c
+x
+y
+z
`,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := unifiedDiff("old", "new", tc.before, tc.after)
			if err != nil || got != tc.want {
				t.Errorf("unifiedDiff: %v\n%s\nwant:\n%s", err, got, tc.want)
			}
		})
	}
}

// TestUnifiedDiffRoundTrip checks, on random inputs, that applying the
// diff to the old text gives the new text.
func TestUnifiedDiffRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	words := []string{"a\n", "b\n", "c\n", "func f() {\n", "}\n", "\n", "x"}
	gen := func(n int) string {
		var sb strings.Builder
		for i := 0; i < n; i++ {
			w := words[rng.Intn(len(words))]
			if w == "x" { // a line without newline can only end the text
				if i == n-1 {
					sb.WriteString("last")
				}
				continue
			}
			sb.WriteString(w)
		}
		return sb.String()
	}
	for i := 0; i < 2000; i++ {
		before := gen(rng.Intn(30))
		after := before
		if rng.Intn(4) > 0 { // mutate a few lines
			lines := splitLines(before)
			for k := rng.Intn(4); k >= 0; k-- {
				switch pos := rng.Intn(len(lines) + 1); rng.Intn(3) {
				case 0:
					lines = append(lines[:pos], append([]string{fmt.Sprintf("new%d\n", k)}, lines[pos:]...)...)
				case 1:
					if pos < len(lines) {
						lines = append(lines[:pos], lines[pos+1:]...)
					}
				case 2:
					if pos < len(lines) && strings.HasSuffix(lines[pos], "\n") {
						lines[pos] = "changed\n"
					}
				}
			}
			after = strings.Join(lines, "")
		}
		d, err := unifiedDiff("a", "b", before, after)
		if err != nil {
			t.Fatal(err)
		}
		got, err := applyUnified(before, d)
		if err != nil {
			t.Fatalf("case %d: %v\nbefore %q\nafter %q\ndiff:\n%s", i, err, before, after, d)
		}
		if got != after {
			t.Fatalf("case %d: patched text differs\nbefore %q\nafter %q\ngot %q\ndiff:\n%s", i, before, after, got, d)
		}
	}
}

var hunkHeader = regexp.MustCompile(`^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@$`)

// applyUnified applies a unified diff made by unifiedDiff to before,
// checking the hunk headers and context lines.
func applyUnified(before, diff string) (string, error) {
	if diff == "" {
		return before, nil
	}
	old := splitLines(before)
	lines := strings.SplitAfter(diff, "\n")
	if !strings.HasPrefix(lines[0], "--- ") || !strings.HasPrefix(lines[1], "+++ ") {
		return "", fmt.Errorf("bad header")
	}
	var out []string
	next := 0 // next line of old to copy
	for i := 2; i < len(lines) && lines[i] != ""; {
		m := hunkHeader.FindStringSubmatch(strings.TrimSuffix(lines[i], "\n"))
		if m == nil {
			return "", fmt.Errorf("bad hunk header %q", lines[i])
		}
		atoi := func(s string, def int) int {
			if s == "" {
				return def
			}
			n, _ := strconv.Atoi(s)
			return n
		}
		startA, nA, nB := atoi(m[1], 0), atoi(m[2], 1), atoi(m[4], 1)
		i++
		from := startA - 1
		if nA == 0 {
			from = startA
		}
		if from < next {
			return "", fmt.Errorf("hunks overlap or go backwards")
		}
		out = append(out, old[next:from]...)
		next = from
		var seenA, seenB int
		for i < len(lines) && lines[i] != "" && !strings.HasPrefix(lines[i], "@@") {
			line := lines[i]
			i++
			if i < len(lines) && lines[i] == "\\ No newline at end of file\n" {
				line = strings.TrimSuffix(line, "\n")
				i++
			}
			switch text := line[1:]; line[0] {
			case ' ', '-':
				if next >= len(old) || old[next] != text {
					return "", fmt.Errorf("line %d of old text: have %q, diff says %q", next+1, safeIndex(old, next), text)
				}
				next++
				seenA++
				if line[0] == ' ' {
					out = append(out, text)
					seenB++
				}
			case '+':
				out = append(out, text)
				seenB++
			default:
				return "", fmt.Errorf("bad diff line %q", line)
			}
		}
		if seenA != nA || seenB != nB {
			return "", fmt.Errorf("hunk %s has %d/%d lines", m[0], seenA, seenB)
		}
	}
	out = append(out, old[next:]...)
	return strings.Join(out, ""), nil
}

// splitLines splits s into lines, each keeping its "\n" (the last one may
// have none).
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

func safeIndex(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return "<EOF>"
}
