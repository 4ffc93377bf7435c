package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"
)

func TestObjectOf(t *testing.T) {
	for _, c := range []struct{ eventType, want string }{
		{"charge.refunded", "Charge"},
		{"charge.refund.updated", "Refund"},
		{"charge.dispute.closed", "Dispute"},
		{"customer.subscription.updated", "Subscription"},
		{"invoice.paid", "Invoice"},
		{"invoiceitem.created", "InvoiceItem"},
		{"checkout.session.completed", "CheckoutSession"},
		{"test_helpers.test_clock.ready", "TestHelpersTestClock"},
		{"customer.source.created", ""},
		{"account.external_account.updated", ""},
		{"source.mandate_notification", ""},
		{"ping", ""},
	} {
		got, ok := objectOf(c.eventType)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("objectOf(%q) = %q, %v; want %q", c.eventType, got, ok, c.want)
		}
	}
}

func TestBuild(t *testing.T) {
	const src = `package stripe
type EventType string
const (
	EventTypeChargeRefunded EventType = "charge.refunded"
	EventTypeQuoteCreated EventType = "quote.created"
	EventTypeCustomerSourceCreated EventType = "customer.source.created"
)
const notEvent = "invoice.paid"
type Charge struct{}
type Quote int
type unexported struct{}
`
	f, err := parser.ParseFile(token.NewFileSet(), "event.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	r := scan([]*ast.File{f})
	r.Version = "v85.0.0"
	if len(r.EventTypes) != 3 || !r.Structs["Charge"] || r.Structs["Quote"] || r.Structs["unexported"] {
		t.Fatalf("scan = %+v", r)
	}
	// v72 declares no event types, and no Charge: the table keeps what
	// one release knows.
	old := release{Version: "v72.122.0", Structs: map[string]bool{"Refund": true}}
	table, warnings := build([]release{old, r})
	if len(table) != 1 || table["charge.refunded"] != "Charge" {
		t.Errorf("table = %v", table)
	}
	if len(warnings) != 1 { // quote.created: Quote is no struct
		t.Errorf("warnings = %q", warnings)
	}
}
