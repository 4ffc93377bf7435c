package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const sdkSrc = `package stripe

// This object represents a customer of your business.
type Customer struct {
	ID    string ` + "`json:\"id\"`" + `
	Email string ` + "`json:\"email\"`" + `
}

func (c *Customer) UnmarshalJSON(data []byte) error {
	if id, ok := ParseID(data); ok {
		c.ID = id
		return nil
	}
	return nil
}

// Prices define the unit cost of products.
type Price struct{ ID string }

func (p *Price) UnmarshalJSON(data []byte) error {
	if id, ok := ParseID(data); ok {
		p.ID = id
	}
	return nil
}

// A coupon, never sent as an id.
type Coupon struct{ ID string }

type PaymentIntent struct {
	// ID of the Customer this PaymentIntent belongs to, if one exists.
	Customer *Customer ` + "`json:\"customer\"`" + `
	// Prices define the unit cost of products. Related guide: more.
	Price *Price ` + "`json:\"price\"`" + `
	// The ID of the coupon.
	Coupon *Coupon ` + "`json:\"coupon\"`" + `
	// The customer who paid, described in its own words.
	Payer *Customer ` + "`json:\"payer\"`" + `
	Undocumented *Customer ` + "`json:\"undocumented\"`" + `
}

type Invoice struct {
	// The subscription that this invoice was prepared for, if any.
	Subscription *Customer ` + "`json:\"subscription\"`" + `
}

type Subscription struct {
	// The ID of the customer who owns the subscription. Payment methods attached to other Customers cannot be used.
	Customer *Customer ` + "`json:\"customer,omitempty\"`" + `
}
`

func TestExtract(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "sdk.go", sdkSrc, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	fields, skipped := extract([]*ast.File{f})
	want := map[expandKey]string{
		{"PaymentIntent", "Customer"}: "customer",     // "ID of"
		{"Invoice", "Subscription"}:   "subscription", // in describedExpandable
		{"Subscription", "Customer"}:  "customer",     // "The ID of", omitempty cut
	}
	if len(fields) != len(want) {
		t.Errorf("extract found %v, want %v", fields, want)
	}
	for k, j := range want {
		if fields[k] != j {
			t.Errorf("%s.%s: got %q, want %q", k.Type, k.Field, fields[k], j)
		}
	}
	var left []string
	for _, c := range skipped {
		left = append(left, c.Key.Type+"."+c.Key.Field)
	}
	// Price: the type's own description; Payer: described, but not an id
	// and not listed; Undocumented: no comment. Coupon's type accepts no
	// bare id, so it is no candidate at all.
	if got, want := strings.Join(left, " "), "PaymentIntent.Payer PaymentIntent.Price PaymentIntent.Undocumented"; got != want {
		t.Errorf("left out %q, want %q", got, want)
	}
}

func TestMajorOf(t *testing.T) {
	for v, want := range map[string]int{"v72.122.0": 72, "v85.0.0": 85} {
		if got, err := majorOf(v); err != nil || got != want {
			t.Errorf("majorOf(%q) = %d, %v; want %d", v, got, err, want)
		}
	}
	for _, v := range []string{"72.1.0", "v71.0.0", "vx.1", "v200.0.0"} {
		if _, err := majorOf(v); err == nil {
			t.Errorf("majorOf(%q): no error", v)
		}
	}
}

// TestTableUpToDate regenerates the table from the SDK versions in the
// module cache (downloading them if needed) and compares it with
// analyzer/stripesdk/expandable.go.
func TestTableUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the SDK source")
	}
	out := filepath.Join(t.TempDir(), "expandable.go")
	if err := run(out, []string{"v72.122.0", "v85.0.0"}, false); err != nil {
		t.Skipf("cannot read the SDK: %v", err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "expandable.go"))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Error("analyzer/stripesdk/expandable.go is not what genexpandable writes: run go generate in analyzer/stripesdk")
	}
}

func TestExtractCopies(t *testing.T) {
	const src = `package stripe

type Invoice struct {
	// The customer's email. Until the invoice is finalized, this field will equal ` + "`customer.email`" + `. Once the invoice is finalized, this field will no longer be updated.
	CustomerEmail string
	// If provided, this value will be used when the Customer object is created.
	OtherEmail string
}
`
	f, err := parser.ParseFile(token.NewFileSet(), "sdk.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	got := extractCopies([]*ast.File{f})
	if len(got) != 1 || got[copyKey{"Invoice", "customer.email"}] != "CustomerEmail" {
		t.Errorf("extractCopies = %v, want Invoice customer.email: CustomerEmail", got)
	}
}
