// Command geneventtypes writes eventtypes.go for package stripesdk: the
// table of the v1 webhook event types and the type of the object each one
// carries in event.Data.Raw, a type of the SDK's root package.
//
// For each SDK release given by -versions it downloads the module into the
// module cache (go mod download, as genapitable does) and parses the root
// package's non-test files (syntax only). The event types are the values of
// the EventType constants of every release read (v72 declares none: its
// Event.Type is a plain string, and the event types are those of the API,
// not of a major). The object of an event type "a.b.c" is named by every
// dotted segment but the last ("a.b"), the words of that prefix capitalised
// and joined (checkout.session -> CheckoutSession), unless objectNames
// below says otherwise; an event type whose object is ambiguous (excluded)
// or whose type no release read declares as a struct is left out: the rule
// stays silent on what the table does not know.
//
// Usage (from analyzer/stripesdk, via go generate):
//
//	go run ./internal/geneventtypes -o eventtypes.go [-versions v72.122.0,v85.0.0]
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// objectNames names the type of the objects of the event-type prefixes
// whose words are not the type's name: the sub-resources an event of the
// parent announces, and the one prefix Stripe writes as one word.
var objectNames = map[string]string{
	"account.application":    "Application",  // account.application.authorized carries the Connect application
	"application_fee.refund": "FeeRefund",    // the SDK's name of an application fee refund
	"charge.dispute":         "Dispute",      // charge.dispute.created carries a Dispute
	"charge.refund":          "Refund",       // charge.refund.updated carries a Refund (charge.refunded a Charge)
	"customer.discount":      "Discount",     // customer.discount.created carries a Discount
	"customer.subscription":  "Subscription", // customer.subscription.updated carries a Subscription
	"customer.tax_id":        "TaxID",        // customer.tax_id.created carries a TaxID
	"invoiceitem":            "InvoiceItem",  // one word in the API, two in the SDK
}

// excluded lists the event-type prefixes and event types whose object is
// not one type, or not one the SDK declares: never guessed.
var excluded = map[string]string{
	"account.external_account":    "a Card or a BankAccount",
	"customer.source":             "a Card, a BankAccount or a Source",
	"source.mandate_notification": "a source mandate notification, not a Source (the SDK declares no type for it)",
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("geneventtypes: ")
	out := flag.String("o", "eventtypes.go", "output `file`")
	versions := flag.String("versions", "v72.122.0,v85.0.0", "comma-separated `releases` of the SDK to read")
	flag.Parse()
	if flag.NArg() != 0 {
		flag.Usage()
		os.Exit(2)
	}
	var releases []release
	for _, v := range strings.Split(*versions, ",") {
		r, err := read(strings.TrimSpace(v))
		if err != nil {
			log.Fatal(err)
		}
		releases = append(releases, r)
	}
	table, warnings := build(releases)
	for _, w := range warnings {
		fmt.Fprintln(os.Stderr, "warning:", w)
	}
	src, err := render(table, releases)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, src, 0o666); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "wrote %s: %d event types\n", *out, len(table))
}

// release is what was read of one SDK release's root package.
type release struct {
	Version    string
	EventTypes []string        // the values of its EventType constants
	Structs    map[string]bool // its exported struct types
}

// read downloads the release version ("v85.0.0") and reads its root package.
func read(version string) (release, error) {
	major, _, _ := strings.Cut(strings.TrimPrefix(version, "v"), ".")
	if _, err := strconv.Atoi(major); err != nil {
		return release{}, fmt.Errorf("-versions: %q is not a release", version)
	}
	path := "github.com/stripe/stripe-go/v" + major
	dir, err := download(path, version)
	if err != nil {
		return release{}, err
	}
	fset := token.NewFileSet()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return release{}, err
	}
	var parsed []*ast.File
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			return release{}, err
		}
		parsed = append(parsed, f)
	}
	r := scan(parsed)
	r.Version = version
	return r, nil
}

// scan collects the EventType constants and the exported struct types of
// the files of a root package.
func scan(files []*ast.File) release {
	r := release{Structs: map[string]bool{}}
	for _, f := range files {
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok {
				continue
			}
			for _, spec := range gd.Specs {
				switch spec := spec.(type) {
				case *ast.TypeSpec:
					if _, ok := spec.Type.(*ast.StructType); ok && spec.Name.IsExported() && spec.TypeParams == nil {
						r.Structs[spec.Name.Name] = true
					}
				case *ast.ValueSpec:
					if id, ok := spec.Type.(*ast.Ident); !ok || id.Name != "EventType" || gd.Tok != token.CONST {
						continue
					}
					for _, v := range spec.Values {
						if lit, ok := v.(*ast.BasicLit); ok && lit.Kind == token.STRING {
							if s, err := strconv.Unquote(lit.Value); err == nil {
								r.EventTypes = append(r.EventTypes, s)
							}
						}
					}
				}
			}
		}
	}
	return r
}

// build maps every event type of the releases to the type of its object.
func build(releases []release) (map[string]string, []string) {
	var all []string
	for _, r := range releases {
		all = append(all, r.EventTypes...)
	}
	slices.Sort(all)
	all = slices.Compact(all)
	table := map[string]string{}
	var warnings []string
	for _, et := range all {
		name, ok := objectOf(et)
		if !ok {
			continue
		}
		var missing []string
		for _, r := range releases {
			if !r.Structs[name] {
				missing = append(missing, r.Version)
			}
		}
		if len(missing) == len(releases) {
			warnings = append(warnings, fmt.Sprintf("%s: no release read declares %s: left out", et, name))
			continue
		}
		table[et] = name
	}
	return table, warnings
}

// objectOf returns the name of the type of the object an event of type et
// carries, or false when it is excluded or has no object prefix.
func objectOf(et string) (string, bool) {
	i := strings.LastIndex(et, ".")
	if i < 0 {
		return "", false
	}
	prefix := et[:i]
	if excluded[et] != "" || excluded[prefix] != "" {
		return "", false
	}
	if name, ok := objectNames[prefix]; ok {
		return name, true
	}
	var b strings.Builder
	for _, w := range strings.FieldsFunc(prefix, func(r rune) bool { return r == '.' || r == '_' }) {
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	return b.String(), true
}

// render writes the table as a function, eventObjectName, whose switch
// groups the event types by the type they carry: a function, not a map,
// so that the package holds no state (analyzers run concurrently).
func render(table map[string]string, releases []release) ([]byte, error) {
	byName := map[string][]string{}
	for et, name := range table {
		byName[name] = append(byName[name], et)
	}
	names := make([]string, 0, len(byName))
	for name := range byName {
		names = append(names, name)
		slices.Sort(byName[name])
	}
	slices.Sort(names)
	var b bytes.Buffer
	b.WriteString("// Code generated by geneventtypes; DO NOT EDIT.\n\npackage stripesdk\n\n")
	b.WriteString("// eventObjectName returns the name of the type, in the SDK's root package,\n")
	b.WriteString("// of the object that a v1 webhook event of type eventType holds in\n")
	b.WriteString("// event.Data.Raw. Event types whose object is ambiguous or undeclared are\n")
	b.WriteString("// left out (see internal/geneventtypes).\n//\n// Read from github.com/stripe/stripe-go/vNN at:\n//\n")
	for _, r := range releases {
		fmt.Fprintf(&b, "//   - %s (%d event types declared)\n", r.Version, len(r.EventTypes))
	}
	fmt.Fprintf(&b, "//\n// %d event types, %d object types.\n", len(table), len(names))
	b.WriteString("func eventObjectName(eventType string) (string, bool) {\n\tswitch eventType {\n")
	for _, name := range names {
		b.WriteString("\tcase ")
		for i, et := range byName[name] {
			if i > 0 {
				b.WriteString(",\n\t\t")
			}
			fmt.Fprintf(&b, "%q", et)
		}
		fmt.Fprintf(&b, ":\n\t\treturn %q, true\n", name)
	}
	b.WriteString("\t}\n\treturn \"\", false\n}\n")
	return format.Source(b.Bytes())
}

// download runs go mod download outside any module and returns the
// module's directory.
func download(path, version string) (string, error) {
	tmp, err := os.MkdirTemp("", "geneventtypes")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	cmd := exec.Command("go", "mod", "download", "-json", path+"@"+version)
	cmd.Dir = tmp
	cmd.Env = append(os.Environ(), "GO111MODULE=on", "GOWORK=off")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var m struct{ Dir, Error string }
	if jerr := json.Unmarshal(out, &m); jerr != nil || m.Dir == "" {
		return "", fmt.Errorf("go mod download %s@%s: %v %s %s", path, version, err, m.Error, stderr.String())
	}
	return m.Dir, nil
}
