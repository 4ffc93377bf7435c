package stripesdk

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// eventTypeCases are the event types whose object the rule pages name;
// the table must give the same answer for every major.
var eventTypeCases = []struct{ eventType, object string }{
	{"charge.refunded", "Charge"},
	{"charge.succeeded", "Charge"},
	{"charge.refund.updated", "Refund"},
	{"charge.dispute.created", "Dispute"},
	{"charge.dispute.funds_withdrawn", "Dispute"},
	{"customer.subscription.updated", "Subscription"},
	{"customer.subscription.deleted", "Subscription"},
	{"customer.updated", "Customer"},
	{"customer.discount.created", "Discount"},
	{"customer.tax_id.created", "TaxID"},
	{"invoice.paid", "Invoice"},
	{"invoice.payment_failed", "Invoice"},
	{"invoiceitem.created", "InvoiceItem"},
	{"checkout.session.completed", "CheckoutSession"},
	{"payment_intent.succeeded", "PaymentIntent"},
	{"setup_intent.succeeded", "SetupIntent"},
	{"application_fee.refund.updated", "FeeRefund"},
	{"account.application.authorized", "Application"},
	{"source.transaction.created", "SourceTransaction"},
}

// eventTypesLeftOut carry objects of several types, or of none the SDK
// declares: the table must not know them.
var eventTypesLeftOut = []string{
	"customer.source.created",
	"customer.source.expiring",
	"account.external_account.created",
	"source.mandate_notification",
	"ping",
	"v1.billing.meter.error_report_triggered",
}

func TestEventObjectsTable(t *testing.T) {
	for _, c := range eventTypeCases {
		if got, _ := eventObjectName(c.eventType); got != c.object {
			t.Errorf("eventObjectName(%q) = %q, want %q", c.eventType, got, c.object)
		}
	}
	for _, et := range eventTypesLeftOut {
		if got, ok := eventObjectName(et); ok {
			t.Errorf("eventObjectName(%q) = %q, want it left out", et, got)
		}
	}
}

// TestEventObjectsRealSDK checks that every type the table names is a
// struct type of the root package of the real v85.0.0, and that the types
// of eventTypeCases are declared by v72.122.0 too (the fixture modules'
// releases, read from the module cache).
func TestEventObjectsRealSDK(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the real SDK source")
	}
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	cache := strings.TrimSpace(string(out))
	for _, release := range []string{"v72@v72.122.0", "v85@v85.0.0"} {
		dir := filepath.Join(cache, "github.com/stripe/stripe-go", release)
		if _, err := os.Stat(dir); err != nil {
			t.Skipf("%s is not in the module cache (the real-SDK fixtures download it)", release)
		}
		structs, eventTypes := readRoot(t, dir)
		for _, c := range eventTypeCases {
			if !structs[c.object] {
				t.Errorf("%s declares no struct %s (for %s)", release, c.object, c.eventType)
			}
		}
		// Every event type the release declares is in the table, or left
		// out on purpose, and names a struct of the release.
		known := 0
		for _, et := range eventTypes {
			name, ok := eventObjectName(et)
			if !ok {
				if !slices.Contains(eventTypesLeftOut, et) && !strings.HasPrefix(et, "customer.source.") && !strings.HasPrefix(et, "account.external_account.") {
					t.Errorf("%s declares event type %s, which the table does not know (go generate?)", release, et)
				}
				continue
			}
			known++
			if !structs[name] {
				t.Errorf("%s declares no struct %s (for %s)", release, name, et)
			}
		}
		if strings.HasPrefix(release, "v85") && known < 250 {
			t.Errorf("%s: the table knows %d of its %d event types", release, known, len(eventTypes))
		}
	}
}

// readRoot returns the struct types and the EventType constants' values
// declared by the root package in dir.
func readRoot(t *testing.T, dir string) (structs map[string]bool, eventTypes []string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	structs = map[string]bool{}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok {
				continue
			}
			for _, s := range gd.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					if _, ok := s.Type.(*ast.StructType); ok && s.Assign == 0 {
						structs[s.Name.Name] = true
					}
				case *ast.ValueSpec:
					if id, ok := s.Type.(*ast.Ident); ok && id.Name == "EventType" {
						for _, v := range s.Values {
							if lit, ok := v.(*ast.BasicLit); ok && lit.Kind == token.STRING {
								eventTypes = append(eventTypes, strings.Trim(lit.Value, `"`))
							}
						}
					}
				}
			}
		}
	}
	return structs, eventTypes
}

const eventDataSrc = `package stripe

import "encoding/json"

type EventType string

const EventTypeChargeRefunded EventType = "charge.refunded"

type EventData struct {
	Raw json.RawMessage
}

type Event struct {
	Data *EventData
	Type EventType
}

type V2CoreRawEvent struct {
	Data *json.RawMessage
}

type Charge struct{ ID string }

type Refund struct{ ID string }

type Invoice = Charge // an alias: not the object

type Subscription int // not a struct
`

const eventUserSrc = `package user

import (
	"bytes"
	"encoding/json"

	stripe "github.com/stripe/stripe-go/v85"
)

func f(ev stripe.Event, data *stripe.EventData, thin stripe.V2CoreRawEvent, other struct{ Raw []byte }) {
	var c stripe.Charge
	json.Unmarshal(ev.Data.Raw, &c)                                  // decode: v1, event in sight
	json.Unmarshal([]byte(data.Raw), &c)                             // decode: event not in sight
	json.Unmarshal(*thin.Data, &c)                                   // decode: thin
	json.NewDecoder(bytes.NewReader(ev.Data.Raw)).Decode(&c)         // decode
	json.NewDecoder(bytes.NewBuffer(ev.Data.Raw)).Decode(&c)         // decode
	json.Unmarshal(other.Raw, &c)                                    // not event data
	json.Unmarshal(ev.Data.Raw[1:], &c)                              // a slice of it: not recognised
	_ = string(ev.Type) == string(stripe.EventTypeChargeRefunded)    // EventTypeOf: ev
	_ = ev.Type == "charge.refunded"                                 // EventTypeOf: ev
}
`

func TestEventData(t *testing.T) {
	fset := token.NewFileSet()
	stripeFile, err := parser.ParseFile(fset, "event.go", eventDataSrc, 0)
	if err != nil {
		t.Fatal(err)
	}
	sdk, err := (&types.Config{Importer: importer.Default()}).Check("github.com/stripe/stripe-go/v85", fset, []*ast.File{stripeFile}, nil)
	if err != nil {
		t.Fatal(err)
	}
	userFile, err := parser.ParseFile(fset, "user.go", eventUserSrc, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
	imp := importerFunc(func(path string) (*types.Package, error) {
		if path == sdk.Path() {
			return sdk, nil
		}
		return importer.Default().Import(path)
	})
	if _, err := (&types.Config{Importer: imp}).Check("user", fset, []*ast.File{userFile}, info); err != nil {
		t.Fatal(err)
	}

	var got []string
	ast.Inspect(userFile, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if d, ok := EventDataDecodeOf(info, n); ok {
				s := d.Func.Name()
				if d.Data.Event != nil {
					s += " event=" + d.Data.Event.Name()
				}
				if d.Data.Thin {
					s += " thin"
				}
				got = append(got, s)
			}
		case *ast.BinaryExpr:
			if v := EventTypeOf(info, n.X); v != nil {
				et, _ := EventTypeValue(info, n.Y)
				got = append(got, "type of "+v.Name()+" == "+et)
			}
		}
		return true
	})
	want := []string{
		"Unmarshal event=ev",
		"Unmarshal",
		"Unmarshal thin",
		"Decode event=ev",
		"Decode event=ev",
		"type of ev == charge.refunded",
		"type of ev == charge.refunded",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	for _, c := range []struct{ eventType, want string }{
		{"charge.refunded", "Charge"},
		{"charge.refund.updated", "Refund"},
		{"invoice.paid", ""},                  // an alias in this package
		{"customer.subscription.updated", ""}, // not a struct in this package
		{"customer.source.created", ""},       // left out of the table
		{"checkout.session.completed", ""},    // not declared in this package
	} {
		got := ""
		if tn := EventObject(sdk, c.eventType); tn != nil {
			got = tn.Name()
		}
		if got != c.want {
			t.Errorf("EventObject(%q) = %q, want %q", c.eventType, got, c.want)
		}
	}
	if EventObject(types.NewPackage("example.com/stripe", "stripe"), "charge.refunded") != nil {
		t.Errorf("EventObject answers for a package that is not the SDK")
	}
}
