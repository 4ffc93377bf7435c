package driver

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"go/ast"
	"go/format"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/packages"
)

// This file applies the suggested fixes (-fix): it resolves the first fix
// of each finding to byte offsets, merges them, and writes the files or,
// with -diff, prints a unified diff.

// fix applies (or, with -diff, prints) the first fix of each finding.
func (r *runner) fix(rep *report, roots []*packages.Package) {
	generated := make(map[string]bool)
	for _, p := range roots {
		for _, f := range p.Syntax {
			if ast.IsGenerated(f) {
				generated[p.Fset.File(f.FileStart).Name()] = true
			}
		}
	}

	var fixes []*fileFix
	sizes := make(map[string]int)
	unfixable := 0
	seen := make(map[string]bool) // findings reported twice (shared files)
	for _, fd := range rep.Findings {
		key := fmt.Sprintf("%s\x00%s\x00%s", fd.Posn, fd.Analyzer, fd.Diag.Message)
		if seen[key] {
			continue
		}
		seen[key] = true
		if len(fd.Diag.SuggestedFixes) == 0 {
			unfixable++
			continue
		}
		fixes = append(fixes, toFileFix(fd, sizes))
	}

	res, err := mergeFixes(fixes, os.ReadFile, sizes, func(name string) string {
		if generated[name] {
			return "it edits the generated file " + shortPath(r.baseDir, name)
		}
		return ""
	})
	if err != nil {
		r.errorf("%v", err)
		return
	}

	names := make([]string, 0, len(res.After))
	for name := range res.After {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if r.opts.Diff {
			rel := shortPath(r.baseDir, name)
			oldLabel, newLabel := rel, rel
			if !filepath.IsAbs(rel) {
				oldLabel, newLabel = "a/"+filepath.ToSlash(rel), "b/"+filepath.ToSlash(rel)
			}
			d, err := unifiedDiff(oldLabel, newLabel, string(res.Before[name]), string(res.After[name]))
			if err != nil {
				r.errorf("%v", err)
				continue
			}
			io.WriteString(r.stdout, d)
			continue
		}
		if err := writeFile(name, res.After[name]); err != nil {
			r.errorf("%v", err)
		}
	}

	for _, s := range res.Skipped {
		r.warnf("%s: fix %q (%s) not applied: %s", shortPosn(r.baseDir, s.Fix.Posn), s.Fix.Title, s.Fix.Analyzer, s.Reason)
	}
	verb := "applied"
	if r.opts.Diff {
		verb = "shown"
	}
	if len(res.Skipped) > 0 {
		r.warnf("%d of %s %s; run %s -fix again to apply the rest", res.Applied, plural(len(fixes), "fix", "fixes"), verb, r.name)
	}
	if unfixable > 0 {
		r.warnf("%s no suggested fix; run %s without -fix to list them", plural(unfixable, "finding has", "findings have"), r.name)
	}
	r.logf("%s %s to %s", verb, plural(res.Applied, "fix", "fixes"), plural(len(names), "file", "files"))
	if r.exit == ExitOK && (len(res.Skipped) > 0 || unfixable > 0) {
		r.exit = ExitFindings
	}
}

// toFileFix resolves the first suggested fix of fd to byte offsets,
// recording in sizes the size of each file it edits.
func toFileFix(fd finding, sizes map[string]int) *fileFix {
	sf := fd.Diag.SuggestedFixes[0]
	ff := &fileFix{Posn: fd.Posn, Analyzer: fd.Analyzer, Title: sf.Message, Edits: make(map[string][]edit)}
	for _, te := range sf.TextEdits {
		file := fd.Fset.File(te.Pos)
		end := te.End
		if !end.IsValid() {
			end = te.Pos
		}
		name := file.Name()
		sizes[name] = file.Size()
		ff.Edits[name] = append(ff.Edits[name], edit{file.Offset(te.Pos), file.Offset(end), string(te.NewText)})
	}
	for _, es := range ff.Edits {
		slices.SortStableFunc(es, compareEdits)
	}
	return ff
}

// writeFile replaces the content of an existing file, keeping its mode.
func writeFile(name string, content []byte) error {
	fi, err := os.Stat(name)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*")
	if err != nil {
		return err
	}
	_, werr := tmp.Write(content)
	cerr := tmp.Close()
	if err := errors.Join(werr, cerr, os.Chmod(tmp.Name(), fi.Mode().Perm())); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return nil
}

// An edit replaces the bytes [Start, End) of a file with New.
type edit struct {
	Start, End int
	New        string
}

// A fileFix is one suggested fix, resolved to byte offsets: the first
// fix of one diagnostic.
type fileFix struct {
	Posn     token.Position    // the diagnostic's position, for messages
	Analyzer string            // the analyzer that suggested it
	Title    string            // the fix's Message
	Edits    map[string][]edit // by file name; each list sorted, non-overlapping
}

// A skippedFix is a fix that was not applied, and why.
type skippedFix struct {
	Fix    *fileFix
	Reason string
}

// A fixResult is the outcome of merging fixes.
type fixResult struct {
	Before  map[string][]byte // original content of each file touched
	After   map[string][]byte // merged content of each file touched
	Applied int               // number of fixes merged in
	Skipped []skippedFix      // fixes left out, in fix order
}

// mergeFixes merges fixes, in order, into the content of the files they
// edit, read with readFile. A fix is merged whole or not at all: it is
// skipped if any of its edits conflicts with an edit already merged (they
// overlap, or insert different text at the same offset, or one inserts
// strictly inside the other's range), or if it edits a file for which
// skipFile returns a reason (such as a generated file). An edit identical
// to one already merged is merged once: two fixes that add the same text
// at the same place do not conflict. A Go file that was gofmt-clean before
// is formatted after the edits (as x/tools' checker does), so that a fix
// that changes the length of a line keeps the columns gofmt aligns
// (trailing comments, key-value pairs); any other file gets the edits
// alone.
//
// sizes gives the size each file had when it was parsed; a file whose
// size has changed since is an error (it was modified concurrently), as
// is a file that cannot be read.
func mergeFixes(fixes []*fileFix, readFile func(string) ([]byte, error), sizes map[string]int, skipFile func(string) string) (*fixResult, error) {
	res := &fixResult{Before: make(map[string][]byte), After: make(map[string][]byte)}
	merged := make(map[string][]edit) // accepted edits per file, sorted

	// Fix order is the caller's; visit files in name order within a fix.
fixes:
	for _, fix := range fixes {
		files := make([]string, 0, len(fix.Edits))
		for name := range fix.Edits {
			files = append(files, name)
		}
		sort.Strings(files)

		for _, name := range files {
			if reason := skipFile(name); reason != "" {
				res.Skipped = append(res.Skipped, skippedFix{fix, reason})
				continue fixes
			}
			if _, ok := res.Before[name]; !ok {
				content, err := readFile(name)
				if err != nil {
					return nil, err
				}
				if size, ok := sizes[name]; ok && size != len(content) {
					return nil, fmt.Errorf("%s changed while it was being analyzed (size %d, now %d bytes); no fixes applied", name, size, len(content))
				}
				res.Before[name] = content
			}
			for _, e := range fix.Edits[name] {
				if e.Start < 0 || e.End < e.Start || e.End > len(res.Before[name]) {
					res.Skipped = append(res.Skipped, skippedFix{fix, fmt.Sprintf("its edit of %s at offsets %d-%d is out of range", name, e.Start, e.End)})
					continue fixes
				}
				for _, m := range merged[name] {
					if conflicts(e, m) {
						res.Skipped = append(res.Skipped, skippedFix{fix, "it conflicts with another fix"})
						continue fixes
					}
				}
			}
		}

		// No conflict: accept the fix's new edits.
		for _, name := range files {
			var added []edit
			for _, e := range fix.Edits[name] {
				if !slices.Contains(merged[name], e) {
					added = append(added, e)
				}
			}
			merged[name] = append(merged[name], added...)
			slices.SortStableFunc(merged[name], compareEdits)
		}
		res.Applied++
	}

	for name, edits := range merged {
		res.After[name] = formatIfClean(name, res.Before[name], applyEdits(res.Before[name], edits))
	}
	for name := range res.Before {
		if _, ok := res.After[name]; !ok {
			delete(res.Before, name) // read, but every fix to it was skipped
		}
	}
	return res, nil
}

// formatIfClean returns after formatted by gofmt when name is a Go file
// whose content before was gofmt-clean and after parses; otherwise after.
func formatIfClean(name string, before, after []byte) []byte {
	if !strings.HasSuffix(name, ".go") {
		return after
	}
	if clean, err := format.Source(before); err != nil || !bytes.Equal(clean, before) {
		return after
	}
	if formatted, err := format.Source(after); err == nil {
		return formatted
	}
	return after
}

// conflicts reports whether edits x and y, to the same file and from
// different fixes, cannot both be applied. Identical edits do not conflict.
func conflicts(x, y edit) bool {
	if x == y {
		return false
	}
	switch {
	case x.Start == x.End && y.Start == y.End:
		// Two insertions: their order at one offset would be arbitrary.
		return x.Start == y.Start
	case x.Start == x.End:
		return y.Start < x.Start && x.Start < y.End
	case y.Start == y.End:
		return x.Start < y.Start && y.Start < x.End
	}
	return x.Start < y.End && y.Start < x.End
}

// compareEdits orders edits by offset, insertions before replacements at
// the same offset.
func compareEdits(x, y edit) int {
	if c := cmp.Compare(x.Start, y.Start); c != 0 {
		return c
	}
	return cmp.Compare(x.End, y.End)
}

// applyEdits returns src with the sorted, non-overlapping edits applied.
func applyEdits(src []byte, edits []edit) []byte {
	out := make([]byte, 0, len(src))
	last := 0
	for _, e := range edits {
		out = append(out, src[last:e.Start]...)
		out = append(out, e.New...)
		last = e.End
	}
	return append(out, src[last:]...)
}
