// Command genexpandable writes expandable.go for package stripesdk: the
// fields of the Stripe Go SDK's resources that hold only an id unless the
// request expanded them, with their JSON name and the SDK majors that have
// them.
//
// For each SDK version given by -versions it downloads the module into the
// module cache (a no-op when it is there already), parses the Go files of
// the root package (syntax only) and records each field of a struct type
// whose type is *T, where T's UnmarshalJSON accepts a bare id (its body calls
// ParseID), and whose comment names an id: "ID of", "The ID of", "id of",
// "identifier of" (case-insensitive), or "(ID)". A type accepting a bare id
// is not enough: some fields of such types are always sent in full (a
// subscription item's Price, documented with the Price resource's own
// description). Fields whose comment copies T's type comment, or says
// nothing about an id, are left out; -v prints them, so that a reader can
// check the choice against Stripe's OpenAPI specification
// (x-expandableFields). describedExpandable and alwaysID hold the fields
// the comments get wrong, and say how the table was checked.
//
// Usage (from analyzer/stripesdk, via go generate):
//
//	go run ./internal/genexpandable -o expandable.go [-versions v72.122.0,v85.0.0]
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
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// firstMajor is the SDK major of bit 0 of expandEntry.Majors.
const firstMajor = 72

// expandKey and expandEntry mirror the types of package stripesdk.
type expandKey struct {
	Type  string // the struct type declaring the field, in the root package
	Field string
}

type expandEntry struct {
	JSON   string // the field's JSON name, the expand path's last element
	Majors uint64
}

// copyKey names a field of a referenced object by its path from a struct
// type: Invoice, "customer.email".
type copyKey struct {
	Type string
	Path string
}

// copyEntry is the field of the type that holds a copy (CustomerEmail).
type copyEntry struct {
	Field  string
	Majors uint64
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("genexpandable: ")
	out := flag.String("o", "expandable.go", "output `file`")
	versions := flag.String("versions", "v72.122.0,v85.0.0", "comma-separated SDK `versions` to read, one per major")
	verbose := flag.Bool("v", false, "print the candidate fields left out, with their comments")
	flag.Parse()
	if flag.NArg() != 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*out, strings.Split(*versions, ","), *verbose); err != nil {
		log.Fatal(err)
	}
}

// sdkVersion is what was read of one SDK version.
type sdkVersion struct {
	Major   int
	Version string
	Fields  map[expandKey]string // expandable fields and their JSON names
	Copies  map[copyKey]string   // fields that copy a field of a referenced object
	Skipped []candidate
}

func run(out string, versions []string, verbose bool) error {
	tmp, err := os.MkdirTemp("", "genexpandable")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	var read []sdkVersion
	for _, v := range versions {
		v = strings.TrimSpace(v)
		major, err := majorOf(v)
		if err != nil {
			return err
		}
		path := fmt.Sprintf("github.com/stripe/stripe-go/v%d", major)
		dir, err := download(tmp, path, v)
		if err != nil {
			return err
		}
		fset := token.NewFileSet()
		files, err := parseRoot(fset, dir)
		if err != nil {
			return err
		}
		fields, skipped := extract(files)
		read = append(read, sdkVersion{Major: major, Version: v, Fields: fields, Copies: extractCopies(files), Skipped: skipped})
		fmt.Fprintf(os.Stderr, "read %s@%s: %d expandable fields, %d candidates left out\n", path, v, len(fields), len(skipped))
		if verbose {
			for _, c := range skipped {
				fmt.Fprintf(os.Stderr, "  left out: %s.%s (*%s, %q): %s\n", c.Key.Type, c.Key.Field, c.Elem, c.JSON, c.Comment)
			}
		}
	}
	slices.SortFunc(read, func(a, b sdkVersion) int { return a.Major - b.Major })
	table, copies, err := merge(read)
	if err != nil {
		return err
	}
	src, err := render(table, copies, read)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, src, 0o666); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s: %d entries\n", out, len(table))
	return nil
}

// majorOf returns the major of a version "vNN.x.y".
func majorOf(v string) (int, error) {
	s, _, _ := strings.Cut(strings.TrimPrefix(v, "v"), ".")
	n, err := strconv.Atoi(s)
	if err != nil || !strings.HasPrefix(v, "v") || n < firstMajor || n >= firstMajor+64 {
		return 0, fmt.Errorf("version %q: want vNN.x.y with %d <= NN < %d", v, firstMajor, firstMajor+64)
	}
	return n, nil
}

// download runs go mod download outside any module and returns the
// module's directory.
func download(dir, path, version string) (string, error) {
	cmd := exec.Command("go", "mod", "download", "-json", path+"@"+version)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GO111MODULE=on", "GOFLAGS=-mod=mod", "GOWORK=off")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var m struct{ Dir, Error string }
	if jerr := json.Unmarshal(out, &m); jerr != nil || m.Error != "" || m.Dir == "" {
		return "", fmt.Errorf("go mod download %s@%s: %v %s %s", path, version, err, m.Error, strings.TrimSpace(stderr.String()))
	}
	return m.Dir, nil
}

// parseRoot parses the non-test Go files of the module's root package.
func parseRoot(fset *token.FileSet, dir string) ([]*ast.File, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		if f.Name.Name == "stripe" {
			files = append(files, f)
		}
	}
	return files, nil
}

// candidate is a field whose type accepts a bare id.
type candidate struct {
	Key     expandKey
	Elem    string // T of the field's type *T
	JSON    string
	Comment string
}

// idComment matches a field comment that says the field holds an id.
var idComment = regexp.MustCompile(`(?i)\b(the )?(id|identifier) of\b|\(id\)`)

// extract returns the expandable fields of the root package's files, and
// the candidates left out.
func extract(files []*ast.File) (map[expandKey]string, []candidate) {
	idTypes := map[string]bool{} // types whose UnmarshalJSON accepts a bare id
	typeDocs := map[string]string{}
	for _, f := range files {
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if d.Name.Name == "UnmarshalJSON" && d.Recv != nil && d.Body != nil && callsParseID(d.Body) {
					idTypes[recvName(d)] = true
				}
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					if ts, ok := spec.(*ast.TypeSpec); ok {
						doc := ts.Doc
						if doc == nil && len(d.Specs) == 1 {
							doc = d.Doc
						}
						typeDocs[ts.Name.Name] = normalize(doc.Text())
					}
				}
			}
		}
	}
	fields := map[expandKey]string{}
	var skipped []candidate
	for _, f := range files {
		for _, decl := range f.Decls {
			d, ok := decl.(*ast.GenDecl)
			if !ok || d.Tok != token.TYPE {
				continue
			}
			for _, spec := range d.Specs {
				ts := spec.(*ast.TypeSpec)
				st, ok := ts.Type.(*ast.StructType)
				if !ok || !ts.Name.IsExported() {
					continue
				}
				for _, fld := range st.Fields.List {
					star, ok := fld.Type.(*ast.StarExpr)
					if !ok {
						continue
					}
					elem, ok := star.X.(*ast.Ident)
					if !ok || !idTypes[elem.Name] || len(fld.Names) != 1 {
						continue
					}
					jsonName := jsonNameOf(fld)
					if jsonName == "" {
						continue
					}
					c := candidate{
						Key:     expandKey{Type: ts.Name.Name, Field: fld.Names[0].Name},
						Elem:    elem.Name,
						JSON:    jsonName,
						Comment: normalize(fld.Doc.Text()),
					}
					if isExpandable(c, typeDocs[elem.Name]) {
						fields[c.Key] = c.JSON
					} else {
						skipped = append(skipped, c)
					}
				}
			}
		}
	}
	slices.SortFunc(skipped, func(a, b candidate) int { return compareKeys(a.Key, b.Key) })
	return fields, skipped
}

// copyComment matches the comment of a field that holds a copy of a field
// of a referenced object: "Until the invoice is finalized, this field will
// equal `customer.email`."
var copyComment = regexp.MustCompile("will equal `([a-z_]+\\.[a-z_]+)`")

// extractCopies returns the fields documented as copies of a field of a
// referenced object, by the path they copy.
func extractCopies(files []*ast.File) map[copyKey]string {
	copies := map[copyKey]string{}
	for _, f := range files {
		for _, decl := range f.Decls {
			d, ok := decl.(*ast.GenDecl)
			if !ok || d.Tok != token.TYPE {
				continue
			}
			for _, spec := range d.Specs {
				ts := spec.(*ast.TypeSpec)
				st, ok := ts.Type.(*ast.StructType)
				if !ok {
					continue
				}
				for _, fld := range st.Fields.List {
					if len(fld.Names) != 1 || fld.Doc == nil {
						continue
					}
					if m := copyComment.FindStringSubmatch(normalize(fld.Doc.Text())); m != nil {
						copies[copyKey{Type: ts.Name.Name, Path: m[1]}] = fld.Names[0].Name
					}
				}
			}
		}
	}
	return copies
}

// isExpandable decides from a candidate's comment whether it is sent as an
// id unless expanded: its comment says it holds an id ("ID of the
// customer ...", "The ID of the price ..."), or it is one of
// describedExpandable. A field documented with the description of the
// object itself (the type's comment, as for a subscription item's Price)
// is sent in full; an undocumented field (the SDK's own additions, such as
// Error.PaymentIntent) is not a reference at all.
//
// A field with a description of its own that names no id is not enough:
// the API also describes nullable objects it always sends in full that way
// (Customer.Discount "Describes the current discount ...", InvoiceLine.Price
// "The price of the line item"). Those that are references are listed in
// describedExpandable, each checked against x-expandableFields of Stripe's
// OpenAPI specification.
func isExpandable(c candidate, typeDoc string) bool {
	if c.Comment == "" || (typeDoc != "" && firstSentence(c.Comment) == firstSentence(typeDoc)) || alwaysID[c.Key] {
		return false
	}
	return idComment.MatchString(c.Comment) || describedExpandable[c.Key]
}

// alwaysID are fields documented as an id that the API always sends as an
// id, never expanded (a plain string in the OpenAPI specification):
// expanding them is an error, so the rule must not suggest it.
var alwaysID = map[expandKey]bool{
	{"SubscriptionSchedule", "ReleasedSubscription"}: true,
}

// describedExpandable are the expandable fields whose comment names no id,
// as found in x-expandableFields of the objects in Stripe's OpenAPI
// specification; a field a major does not declare is simply not found in
// it.
//
// How the table was checked. The specification's files are too large for
// the stripe/openapi snapshot available when this was written, so the
// check read the same facts from the types async-stripe generates from
// the specification (github.com/arlyon/async-stripe at 3ccf2994, where an
// expandable field has the type Expandable<T>), matching struct and JSON
// field names, response types only: of the 224 fields the "ID of" rule and
// the first version of this list found, 129 were found there, 128 of them
// expandable; the other one, SubscriptionSchedule.ReleasedSubscription, is
// a plain string there (alwaysID). 61 fields that the rule had left out
// are expandable there; those with a description of their own are listed
// here. Fields documented with the referenced object's description
// (SubscriptionItem.Price, Customer.Discount, LineItem.Price) are
// confirmed not expandable there.
var describedExpandable = map[expandKey]bool{
	{"ApplicationFee", "BalanceTransaction"}:             true,
	{"BalanceTransaction", "Source"}:                     true,
	{"BankAccount", "Account"}:                           true,
	{"BillingCreditBalanceSummary", "Customer"}:          true,
	{"BillingCreditBalanceTransaction", "CreditGrant"}:   true,
	{"BillingPortalSession", "Configuration"}:            true,
	{"Capability", "Account"}:                            true,
	{"Card", "Account"}:                                  true,
	{"Card", "Customer"}:                                 true,
	{"Charge", "ApplicationFee"}:                         true,
	{"Charge", "OnBehalfOf"}:                             true,
	{"Charge", "SourceTransfer"}:                         true,
	{"ChargeOutcome", "Rule"}:                            true,
	{"ClimateOrder", "Product"}:                          true,
	{"CustomerCashBalanceTransaction", "Customer"}:       true,
	{"CustomerSession", "Customer"}:                      true,
	{"Discount", "PromotionCode"}:                        true,
	{"DiscountSource", "Coupon"}:                         true,
	{"EntitlementsActiveEntitlement", "Feature"}:         true,
	{"FileLink", "File"}:                                 true,
	{"Invoice", "OnBehalfOf"}:                            true,
	{"Invoice", "PaymentIntent"}:                         true,
	{"Invoice", "Quote"}:                                 true,
	{"Invoice", "Subscription"}:                          true,
	{"InvoiceLineItem", "Subscription"}:                  true,
	{"InvoiceParentSubscriptionDetails", "Subscription"}: true,
	{"InvoicePayment", "Invoice"}:                        true,
	{"IssuingAuthorization", "Cardholder"}:               true,
	{"IssuingAuthorization", "Token"}:                    true,
	{"IssuingCard", "ReplacedBy"}:                        true,
	{"IssuingCard", "ReplacementFor"}:                    true,
	{"IssuingDispute", "Transaction"}:                    true,
	{"IssuingPersonalizationDesign", "CardLogo"}:         true,
	{"IssuingPersonalizationDesign", "PhysicalBundle"}:   true,
	{"IssuingToken", "Card"}:                             true,
	{"IssuingTransaction", "Authorization"}:              true,
	{"IssuingTransaction", "Card"}:                       true,
	{"IssuingTransaction", "Cardholder"}:                 true,
	{"IssuingTransaction", "Token"}:                      true,
	{"PaymentIntent", "OnBehalfOf"}:                      true,
	{"PaymentLink", "OnBehalfOf"}:                        true,
	{"Payout", "ApplicationFee"}:                         true,
	{"Plan", "Product"}:                                  true,
	{"Product", "TaxCode"}:                               true,
	{"PromotionCode", "Customer"}:                        true,
	{"Quote", "Customer"}:                                true,
	{"Quote", "Invoice"}:                                 true,
	{"Quote", "OnBehalfOf"}:                              true,
	{"Quote", "Subscription"}:                            true,
	{"Quote", "SubscriptionSchedule"}:                    true,
	{"Refund", "BalanceTransaction"}:                     true,
	{"Refund", "FailureBalanceTransaction"}:              true,
	{"Refund", "SourceTransferReversal"}:                 true,
	{"Refund", "TransferReversal"}:                       true,
	{"ReserveHold", "ReservePlan"}:                       true,
	{"ReserveHold", "SourceCharge"}:                      true,
	{"ReserveRelease", "ReserveHold"}:                    true,
	{"ReserveRelease", "ReservePlan"}:                    true,
	{"Review", "Charge"}:                                 true,
	{"Review", "PaymentIntent"}:                          true,
	{"SetupAttempt", "Application"}:                      true,
	{"SetupAttempt", "Customer"}:                         true,
	{"SetupAttempt", "OnBehalfOf"}:                       true,
	{"SetupAttemptPaymentMethodDetailsBancontact", "GeneratedSEPADebitMandate"}: true,
	{"SetupAttemptPaymentMethodDetailsBancontact", "GeneratedSepaDebitMandate"}: true,
	{"SetupAttemptPaymentMethodDetailsIdeal", "GeneratedSepaDebitMandate"}:      true,
	{"SetupAttemptPaymentMethodDetailsSofort", "GeneratedSEPADebitMandate"}:     true,
	{"SetupAttemptPaymentMethodDetailsSofort", "GeneratedSepaDebitMandate"}:     true,
	{"SetupIntent", "LatestAttempt"}:                                            true,
	{"SetupIntent", "OnBehalfOf"}:                                               true,
	{"ShippingRate", "TaxCode"}:                                                 true,
	{"Subscription", "LatestInvoice"}:                                           true,
	{"Subscription", "OnBehalfOf"}:                                              true,
	{"Subscription", "PendingSetupIntent"}:                                      true,
	{"Subscription", "Schedule"}:                                                true,
	{"SubscriptionTransferData", "Destination"}:                                 true,
	{"Transfer", "BalanceTransaction"}:                                          true,
	{"Transfer", "Destination"}:                                                 true,
	{"TransferReversal", "BalanceTransaction"}:                                  true,
	{"TransferReversal", "DestinationPaymentRefund"}:                            true,
	{"TreasuryCreditReversal", "Transaction"}:                                   true,
	{"TreasuryDebitReversal", "Transaction"}:                                    true,
	{"TreasuryInboundTransfer", "Transaction"}:                                  true,
	{"TreasuryOutboundPayment", "Transaction"}:                                  true,
	{"TreasuryOutboundTransfer", "Transaction"}:                                 true,
	{"TreasuryReceivedCredit", "Transaction"}:                                   true,
	{"TreasuryReceivedDebit", "Transaction"}:                                    true,
	{"TreasuryTransactionEntry", "Transaction"}:                                 true,
}

// firstSentence returns s up to its first ". " (or all of s).
func firstSentence(s string) string {
	if i := strings.Index(s, ". "); i >= 0 {
		return s[:i+1]
	}
	return s
}

func normalize(s string) string { return strings.Join(strings.Fields(s), " ") }

// callsParseID reports whether body calls ParseID.
func callsParseID(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "ParseID" {
				found = true
			}
		}
		return !found
	})
	return found
}

func recvName(fd *ast.FuncDecl) string {
	t := fd.Recv.List[0].Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// jsonNameOf returns the name of a field's json tag, or "".
func jsonNameOf(fld *ast.Field) string {
	if fld.Tag == nil {
		return ""
	}
	tag, err := strconv.Unquote(fld.Tag.Value)
	if err != nil {
		return ""
	}
	name, _, _ := strings.Cut(reflect.StructTag(tag).Get("json"), ",")
	if name == "-" {
		return ""
	}
	return name
}

// merge combines the versions' fields into one table; a field's JSON name
// must agree across majors.
func merge(read []sdkVersion) (map[expandKey]expandEntry, map[copyKey]copyEntry, error) {
	table := map[expandKey]expandEntry{}
	copies := map[copyKey]copyEntry{}
	for _, r := range read {
		for k, f := range r.Copies {
			e, ok := copies[k]
			if ok && e.Field != f {
				return nil, nil, fmt.Errorf("%s %s: copied by %s in v%d, %s before", k.Type, k.Path, f, r.Major, e.Field)
			}
			e.Field = f
			e.Majors |= 1 << (r.Major - firstMajor)
			copies[k] = e
		}
	}
	for _, r := range read {
		for k, j := range r.Fields {
			e, ok := table[k]
			if ok && e.JSON != j {
				return nil, nil, fmt.Errorf("%s.%s: JSON name %q in v%d, %q before", k.Type, k.Field, j, r.Major, e.JSON)
			}
			e.JSON = j
			e.Majors |= 1 << (r.Major - firstMajor)
			table[k] = e
		}
	}
	return table, copies, nil
}

func compareKeys(a, b expandKey) int {
	if c := strings.Compare(a.Type, b.Type); c != 0 {
		return c
	}
	return strings.Compare(a.Field, b.Field)
}

func render(table map[expandKey]expandEntry, copies map[copyKey]copyEntry, read []sdkVersion) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("// Code generated by genexpandable; DO NOT EDIT.\n\npackage stripesdk\n\n")
	b.WriteString("// expandableTable lists the fields of the SDK's types that hold only the\n")
	b.WriteString("// id of another object unless the request expanded them: fields of type *T,\n")
	b.WriteString("// T's UnmarshalJSON accepting a bare id, documented as holding an id or\n")
	b.WriteString("// listed by genexpandable as expandable (see its describedExpandable).\n")
	b.WriteString("// Bit (major-72) of Majors is set for each major that has the field.\n//\n")
	b.WriteString("// Read from github.com/stripe/stripe-go/vNN at:\n//\n")
	for _, r := range read {
		fmt.Fprintf(&b, "//   - %s\n", r.Version)
	}
	b.WriteString("var expandableTable = map[expandKey]expandEntry{\n")
	keys := slices.SortedFunc(maps.Keys(table), compareKeys)
	for _, k := range keys {
		e := table[k]
		fmt.Fprintf(&b, "\t{Type: %q, Field: %q}: {JSON: %q, Majors: %#x},\n", k.Type, k.Field, e.JSON, e.Majors)
	}
	b.WriteString("}\n\n")
	b.WriteString("// copiedFields lists the fields documented as copies of a field of a\n")
	b.WriteString("// referenced object (\"this field will equal `customer.email`\"), by the\n")
	b.WriteString("// path they copy, with the majors that have them.\n")
	b.WriteString("var copiedFields = map[copyKey]copyEntry{\n")
	ckeys := slices.SortedFunc(maps.Keys(copies), func(a, b copyKey) int {
		if c := strings.Compare(a.Type, b.Type); c != 0 {
			return c
		}
		return strings.Compare(a.Path, b.Path)
	})
	for _, k := range ckeys {
		e := copies[k]
		fmt.Fprintf(&b, "\t{Type: %q, Path: %q}: {Field: %q, Majors: %#x},\n", k.Type, k.Path, e.Field, e.Majors)
	}
	b.WriteString("}\n\n")
	b.WriteString("// expandableMajors has bit (major-72) set for each major the table was read from.\n")
	var majors uint64
	for _, r := range read {
		majors |= 1 << (r.Major - firstMajor)
	}
	fmt.Fprintf(&b, "const expandableMajors = %#x\n", majors)
	return format.Source(b.Bytes())
}
