package main

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/mod/modfile"
)

// TestGoMod: the build module requires gopls as a tool and this module,
// replaces golang.org/x/tools by gopls's pin, and this module by the
// checkout when there is one.
func TestGoMod(t *testing.T) {
	data, err := goMod("v0.23.0", "1.26.0", "v0.47.1-0.20260707181000-a299dadba899", "v0.0.0", "/src/stripeerrlint")
	if err != nil {
		t.Fatal(err)
	}
	f, err := modfile.Parse("go.mod", data, nil)
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if f.Go.Version != "1.26.0" || len(f.Tool) != 1 || f.Tool[0].Path != "golang.org/x/tools/gopls" {
		t.Errorf("go directive or tool wrong:\n%s", data)
	}
	want := map[string]string{"golang.org/x/tools/gopls": "v0.23.0", modulePath: "v0.0.0"}
	for _, r := range f.Require {
		if want[r.Mod.Path] != r.Mod.Version {
			t.Errorf("require %s %s, want %q", r.Mod.Path, r.Mod.Version, want[r.Mod.Path])
		}
		delete(want, r.Mod.Path)
	}
	if len(want) > 0 {
		t.Errorf("missing requirements %v:\n%s", want, data)
	}
	replaces := map[string]string{}
	for _, r := range f.Replace {
		replaces[r.Old.Path] = r.New.Path + "@" + r.New.Version
	}
	if replaces["golang.org/x/tools"] != "golang.org/x/tools@v0.47.1-0.20260707181000-a299dadba899" || replaces[modulePath] != "/src/stripeerrlint@" {
		t.Errorf("replacements %v:\n%s", replaces, data)
	}

	data, err = goMod("v0.23.0", "1.26.0", "v0.47.0", "v0.1.0", "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "=> /") {
		t.Errorf("a released version must not be replaced by a directory:\n%s", data)
	}
}

// TestGeneratedFiles: the files dropped into the build are valid Go of the
// right packages.
func TestGeneratedFiles(t *testing.T) {
	for name, want := range map[string][]string{"settings": {suitePath, directivePath}, "build": {suitePath}} {
		src := map[string]string{"settings": settingsFile, "build": toolsFile}[name]
		f, err := parser.ParseFile(token.NewFileSet(), name+".go", src, parser.ImportsOnly)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		var got []string
		for _, imp := range f.Imports {
			got = append(got, strings.Trim(imp.Path.Value, `"`))
		}
		if f.Name.Name != name || strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s: package %s importing %v, want package %s importing %v", name, f.Name.Name, got, name, want)
		}
	}
}

// TestSource: in a checkout the build replaces the module by it; a version
// is required as is; anything else is an error.
func TestSource(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if v, dir, err := source(""); err != nil || dir != root || v != "v0.0.0" {
		t.Errorf(`source("") = %q, %q, %v; want v0.0.0, %q (the checkout)`, v, dir, err, root)
	}
	if v, dir, err := source("v0.3.1"); err != nil || dir != "" || v != "v0.3.1" {
		t.Errorf(`source("v0.3.1") = %q, %q, %v; want the version`, v, dir, err)
	}
	if _, _, err := source(t.TempDir()); err == nil {
		t.Error("source(empty directory): no error")
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatal(err)
	}
}
