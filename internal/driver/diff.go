package driver

import (
	"fmt"
	"strings"
)

// diffContext is the number of unchanged lines shown around each change
// in a unified diff, as diff -u and git diff show.
const diffContext = 3

// unifiedDiff returns the unified diff that turns before into after, with
// the given file labels ("--- oldLabel", "+++ newLabel"), or "" if the two
// are equal. Lines are compared whole; a last line without a newline is
// marked with "\ No newline at end of file", as diff -u does.
func unifiedDiff(oldLabel, newLabel, before, after string) string {
	if before == after {
		return ""
	}
	a, b := splitLines(before), splitLines(after)
	ops := diffLines(a, b)

	var sb strings.Builder
	fmt.Fprintf(&sb, "--- %s\n+++ %s\n", oldLabel, newLabel)
	for _, h := range hunks(ops) {
		writeHunk(&sb, h, a, b)
	}
	return sb.String()
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

// A diffOp is one step of an edit script: a run of n lines that are equal
// in both inputs (kind ' '), deleted from the first ('-') or inserted from
// the second ('+'), starting at line i of the first input and line j of
// the second (0-based).
type diffOp struct {
	kind byte
	i, j int
	n    int
}

// diffLines returns a shortest edit script from a to b (Myers' O(ND)
// algorithm), after stripping the common prefix and suffix, which makes the
// usual case (a few small fixes in a large file) cheap.
func diffLines(a, b []string) []diffOp {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}

	var ops []diffOp
	add := func(kind byte, i, j, n int) {
		if n > 0 {
			ops = append(ops, diffOp{kind, i, j, n})
		}
	}
	add(' ', 0, 0, pre)
	// Regroup Myers' single-line steps into runs of equal lines and, in
	// between, one deletion followed by one insertion, as diff -u shows.
	steps := myers(a[pre:len(a)-suf], b[pre:len(b)-suf])
	for k := 0; k < len(steps); {
		if steps[k].kind == ' ' {
			start := k
			for k < len(steps) && steps[k].kind == ' ' {
				k++
			}
			add(' ', steps[start].i+pre, steps[start].j+pre, k-start)
			continue
		}
		i, j := steps[k].i+pre, steps[k].j+pre
		var dels, ins int
		for ; k < len(steps) && steps[k].kind != ' '; k++ {
			if steps[k].kind == '-' {
				dels++
			} else {
				ins++
			}
		}
		add('-', i, j, dels)
		add('+', i+dels, j, ins)
	}
	add(' ', len(a)-suf, len(b)-suf, suf)
	return ops
}

// myers returns a shortest edit script from a to b as single-line steps.
func myers(a, b []string) []diffOp {
	n, m := len(a), len(b)
	max := n + m
	if max == 0 {
		return nil
	}
	offset := max + 1
	v := make([]int, 2*max+3)
	var trace [][]int
	var d int
search:
	for d = 0; d <= max; d++ {
		trace = append(trace, append([]int(nil), v...))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[offset+k-1] < v[offset+k+1]) {
				x = v[offset+k+1] // down: insertion
			} else {
				x = v[offset+k-1] + 1 // right: deletion
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[offset+k] = x
			if x >= n && y >= m {
				break search
			}
		}
	}

	// Walk back through the trace to recover the path.
	var rev []diffOp
	x, y := n, m
	for ; d > 0; d-- {
		v := trace[d]
		k := x - y
		var prevK int
		if k == -d || (k != d && v[offset+k-1] < v[offset+k+1]) {
			prevK = k + 1
		} else {
			prevK = k - 1
		}
		prevX := v[offset+prevK]
		prevY := prevX - prevK
		for x > prevX && y > prevY {
			x--
			y--
			rev = append(rev, diffOp{' ', x, y, 1})
		}
		if x == prevX {
			y--
			rev = append(rev, diffOp{'+', x, y, 1})
		} else {
			x--
			rev = append(rev, diffOp{'-', x, y, 1})
		}
	}
	for x > 0 && y > 0 {
		x--
		y--
		rev = append(rev, diffOp{' ', x, y, 1})
	}
	ops := make([]diffOp, len(rev))
	for i, op := range rev {
		ops[len(rev)-1-i] = op
	}
	return ops
}

// A hunk is a run of ops shown together: changes plus up to diffContext
// lines of context either side.
type hunk struct {
	i, j   int // first line of the hunk in a and b (0-based)
	nA, nB int // lines of a and b that the hunk covers
	ops    []diffOp
}

// hunks groups ops into hunks, joining changes whose context would touch.
func hunks(ops []diffOp) []hunk {
	var out []hunk
	var cur *hunk
	for idx, op := range ops {
		if op.kind != ' ' {
			if cur == nil {
				out = append(out, hunk{})
				cur = &out[len(out)-1]
				// Leading context from the previous equal run.
				ctx := 0
				if idx > 0 {
					ctx = min(ops[idx-1].n, diffContext)
				}
				cur.i, cur.j = op.i-ctx, op.j-ctx
				if ctx > 0 {
					cur.ops = append(cur.ops, diffOp{' ', op.i - ctx, op.j - ctx, ctx})
				}
			}
			cur.ops = append(cur.ops, op)
			continue
		}
		if cur == nil {
			continue
		}
		last := idx == len(ops)-1
		if !last && op.n <= 2*diffContext {
			cur.ops = append(cur.ops, op) // context joining two changes
			continue
		}
		cur.ops = append(cur.ops, diffOp{' ', op.i, op.j, min(op.n, diffContext)})
		cur = nil
	}
	for k := range out {
		h := &out[k]
		for _, op := range h.ops {
			if op.kind != '+' {
				h.nA += op.n
			}
			if op.kind != '-' {
				h.nB += op.n
			}
		}
	}
	return out
}

func writeHunk(sb *strings.Builder, h hunk, a, b []string) {
	fmt.Fprintf(sb, "@@ -%s +%s @@\n", hunkRange(h.i, h.nA), hunkRange(h.j, h.nB))
	for _, op := range h.ops {
		for k := 0; k < op.n; k++ {
			var line string
			if op.kind == '+' {
				line = b[op.j+k]
			} else {
				line = a[op.i+k]
			}
			sb.WriteByte(op.kind)
			sb.WriteString(line)
			if !strings.HasSuffix(line, "\n") {
				sb.WriteString("\n\\ No newline at end of file\n")
			}
		}
	}
}

// hunkRange formats a hunk's line range the way diff -u does: "l,n" with
// 1-based l, "l" alone when n is 1, and "l,0" (l being the line before)
// for an empty range.
func hunkRange(start, n int) string {
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", start)
	case 1:
		return fmt.Sprintf("%d", start+1)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}
