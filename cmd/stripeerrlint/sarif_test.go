package main_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// TestExampleAppSARIF lints the example app (against the real stripe-go
// v85) with -format sarif, validates the log against the SARIF 2.1.0
// schema, and checks that it holds the same findings as -json, with paths
// relative to the repository root.
func TestExampleAppSARIF(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and loads the example app")
	}
	bin := buildCommand(t)
	example, err := filepath.Abs(filepath.Join("..", "..", "example"))
	if err != nil {
		t.Fatal(err)
	}
	run(t, example, "go", "mod", "download")
	out := run(t, example, bin, "-format", "sarif", "./...")

	schemaFile, err := os.Open(filepath.Join("..", "..", "internal", "driver", "testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer schemaFile.Close()
	schemaDoc, err := jsonschema.UnmarshalJSON(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	const id = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(id, schemaDoc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile(id)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(inst); err != nil {
		t.Fatalf("the example app's SARIF log does not validate: %v", err)
	}

	var log struct {
		Runs []struct {
			Results []struct {
				RuleID    string
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI, URIBaseID string }
					}
				}
			}
		}
	}
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	want := findings(t, run(t, example, bin, "-json", "./..."), example)
	if got := len(log.Runs[0].Results); got != len(want) {
		t.Errorf("%d SARIF results, %d findings in -json", got, len(want))
	}
	// URIs are relative to the repository root, the directory that holds
	// .git (example/ is a module of its own); without one, to the module.
	prefix := ""
	if _, err := os.Stat(filepath.Join(example, "..", ".git")); err == nil {
		prefix = "example/"
	}
	for _, r := range log.Runs[0].Results {
		loc := r.Locations[0].PhysicalLocation.ArtifactLocation
		if loc.URIBaseID != "SRCROOT" || !strings.HasPrefix(loc.URI, prefix+"internal/") && !strings.HasPrefix(loc.URI, prefix+"cmd/") {
			t.Errorf("%s result at %+v: want a URI under %sinternal/ or %scmd/, relative to SRCROOT", r.RuleID, loc, prefix, prefix)
		}
	}
}
