package main

import (
	"bytes"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// parsePkgs parses in-memory packages: package path -> file name -> source.
func parsePkgs(t *testing.T, srcs map[string]map[string]string) (*token.FileSet, []sourcePackage) {
	t.Helper()
	fset := token.NewFileSet()
	var pkgs []sourcePackage
	for _, path := range slices.Sorted(maps.Keys(srcs)) {
		pkg := sourcePackage{Path: path}
		for _, name := range slices.Sorted(maps.Keys(srcs[path])) {
			f, err := parser.ParseFile(fset, filepath.Join(path, name), srcs[path][name], parser.SkipObjectResolution)
			if err != nil {
				t.Fatal(err)
			}
			pkg.Files = append(pkg.Files, f)
		}
		pkgs = append(pkgs, pkg)
	}
	return fset, pkgs
}

func extractSrc(t *testing.T, srcs map[string]map[string]string) extraction {
	t.Helper()
	fset, pkgs := parsePkgs(t, srcs)
	return extract(fset, pkgs)
}

func checkAPIs(t *testing.T, got, want map[apiKey]string) {
	t.Helper()
	if !maps.Equal(got, want) {
		for _, k := range slices.SortedFunc(maps.Keys(got), compareKeys) {
			if want[k] != got[k] {
				t.Errorf("got %s: %q, want %q", keyString(k), got[k], want[k])
			}
		}
		for _, k := range slices.SortedFunc(maps.Keys(want), compareKeys) {
			if _, ok := got[k]; !ok {
				t.Errorf("missing %s: %q", keyString(k), want[k])
			}
		}
	}
}

func hasMessage(msgs []string, substrs ...string) bool {
	return slices.ContainsFunc(msgs, func(m string) bool {
		for _, s := range substrs {
			if !strings.Contains(m, s) {
				return false
			}
		}
		return true
	})
}

// v72-style resource package: package-level functions forwarding to the
// methods of Client, List through a closure.
const v72PaymentIntent = `package paymentintent

import (
	"net/http"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/form"
)

type Client struct {
	B   stripe.Backend
	Key string
}

func New(params *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) {
	return getC().New(params)
}

func (c Client) New(params *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) {
	paymentintent := &stripe.PaymentIntent{}
	err := c.B.Call(
		http.MethodPost,
		"/v1/payment_intents",
		c.Key,
		params,
		paymentintent,
	)
	return paymentintent, err
}

func Get(id string, params *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) {
	return getC().Get(id, params)
}

func (c Client) Get(id string, params *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) {
	path := stripe.FormatURLPath("/v1/payment_intents/%s", id)
	paymentintent := &stripe.PaymentIntent{}
	err := c.B.Call(http.MethodGet, path, c.Key, params, paymentintent)
	return paymentintent, err
}

// No package-level twin: still under Recv "".
func (c Client) Del(id string, params *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) {
	paymentintent := &stripe.PaymentIntent{}
	err := c.B.Call("DELETE", "/v1/payment_intents/"+id, c.Key, params, paymentintent)
	return paymentintent, err
}

func List(params *stripe.PaymentIntentListParams) *Iter {
	return getC().List(params)
}

func (c Client) List(listParams *stripe.PaymentIntentListParams) *Iter {
	return &Iter{
		Iter: stripe.GetIter(listParams, func(p *stripe.Params, b *form.Values) ([]interface{}, stripe.ListContainer, error) {
			list := &stripe.PaymentIntentList{}
			err := c.B.CallRaw(http.MethodGet, "/v1/payment_intents", c.Key, b, p, list)
			return nil, list, err
		}),
	}
}

type Iter struct {
	*stripe.Iter
}

func (i *Iter) PaymentIntent() *stripe.PaymentIntent {
	return i.Current().(*stripe.PaymentIntent)
}

func getC() Client {
	return Client{stripe.GetBackend(stripe.APIBackend), stripe.Key}
}
`

// v72's discount package: a package-level function forwarding to a Client
// method of another name.
const v72Discount = `package discount

import (
	"net/http"

	stripe "github.com/stripe/stripe-go/v72"
)

type Client struct {
	B   stripe.Backend
	Key string
}

func DelSubscription(id string, params *stripe.DiscountParams) (*stripe.Discount, error) {
	return getC().DelSub(id, params)
}

func (c Client) DelSub(id string, params *stripe.DiscountParams) (*stripe.Discount, error) {
	discount := &stripe.Discount{}
	err := c.B.Call(http.MethodDelete, "/v1/subscriptions/"+id+"/discount", c.Key, params, discount)
	return discount, err
}

// Not an API call: no forwarding target that calls the API.
func Helper() string { return getC().Key }

func getC() Client {
	return Client{stripe.GetBackend(stripe.APIBackend), stripe.Key}
}
`

// v72's quote package: the PDF goes through another Backend field.
const v72Quote = `package quote

import (
	"net/http"

	stripe "github.com/stripe/stripe-go/v72"
)

type Client struct {
	B          stripe.Backend
	PDFBackend stripe.Backend
	Key        string
}

func (c Client) PDF(id string, params *stripe.Params) (*stripe.APIStream, error) {
	stream := &stripe.APIStream{}
	err := c.PDFBackend.CallStreaming(http.MethodGet, "/v1/quotes/"+id+"/pdf", c.Key, params, stream)
	return stream, err
}
`

func TestExtractV72(t *testing.T) {
	res := extractSrc(t, map[string]map[string]string{
		"paymentintent": {"client.go": v72PaymentIntent},
		"discount":      {"client.go": v72Discount},
		"quote":         {"client.go": v72Quote},
	})
	checkAPIs(t, res.APIs, map[apiKey]string{
		{Pkg: "paymentintent", Name: "New"}:        "POST",
		{Pkg: "paymentintent", Name: "Get"}:        "GET",
		{Pkg: "paymentintent", Name: "Del"}:        "DELETE",
		{Pkg: "paymentintent", Name: "List"}:       "GET",
		{Pkg: "discount", Name: "DelSub"}:          "DELETE",
		{Pkg: "discount", Name: "DelSubscription"}: "DELETE",
		{Pkg: "quote", Name: "PDF"}:                "GET",
	})
	if len(res.Warnings) != 0 {
		t.Errorf("unexpected warnings: %q", res.Warnings)
	}
	if !hasMessage(res.Notes, "discount.DelSubscription forwards to (Client).DelSub") {
		t.Errorf("no note about DelSubscription in %q", res.Notes)
	}
}

// v82+-style root package: services, the client, event notifications,
// and Backend implementations that must not be recorded.
const v85Root = `package stripe

import (
	"context"
	"net/http"

	"github.com/stripe/stripe-go/v85/form"
)

type Backend interface {
	Call(method, path, key string, params ParamsContainer, v LastResponseSetter) error
}

type v1PaymentIntentService struct {
	B   Backend
	Key string
}

func (c v1PaymentIntentService) Create(ctx context.Context, params *PaymentIntentCreateParams) (*PaymentIntent, error) {
	paymentintent := &PaymentIntent{}
	err := c.B.Call(
		http.MethodPost, "/v1/payment_intents", c.Key, params, paymentintent)
	return paymentintent, err
}

func (c v1PaymentIntentService) List(ctx context.Context, listParams *PaymentIntentListParams) *V1List[*PaymentIntent] {
	return newV1List(ctx, listParams, func(ctx context.Context, p *Params, b *form.Values) (*v1Page[*PaymentIntent], error) {
		list := &v1Page[*PaymentIntent]{}
		err := c.B.CallRaw(http.MethodGet, "/v1/payment_intents", c.Key, []byte(b.Encode()), p, list)
		return list, err
	})
}

type v1FileService struct {
	B        Backend
	BUploads Backend
	Key      string
}

func (c v1FileService) Create(ctx context.Context, params *FileCreateParams) (*File, error) {
	file := &File{}
	err := c.BUploads.CallMultipart(http.MethodPost, "/v1/files", c.Key, "", nil, &params.Params, file)
	return file, err
}

type v2Service[T any] struct{ B Backend }

func (s *v2Service[T]) Delete(ctx context.Context, id string) error {
	return s.B.Call(http.MethodDelete, "/v2/x/"+id, "", nil, nil)
}

type Client struct {
	backend          Backend
	key              string
	V1PaymentIntents *v1PaymentIntentService
}

func (c *Client) ConstructEvent(payload []byte, header string, secret string) (Event, error) {
	return ConstructEvent(payload, header, secret)
}

type UnknownEventNotification struct {
	client *Client
	URL    string
}

func (n *UnknownEventNotification) FetchRelatedObject(ctx context.Context) (*APIResource, error) {
	obj := &APIResource{}
	err := n.client.backend.Call(http.MethodGet, n.URL, n.client.key, nil, obj)
	return obj, err
}

// The closure calls a Backend parameter, later: not an API call.
func ConvertRawEvent(event *V2CoreRawEvent, backend Backend, key string) (V2CoreEvent, error) {
	result := &V1BillingMeterErrorReportTriggeredEvent{}
	result.fetchRelatedObject = func() (*BillingMeter, error) {
		v := &BillingMeter{}
		err := backend.Call(http.MethodGet, event.RelatedObject.URL, key, nil, v)
		return v, err
	}
	return result, nil
}

type UsageBackend struct {
	B     Backend
	Usage []string
}

// The method is not a constant: not recorded (a note).
func (u *UsageBackend) Call(method, path, key string, params ParamsContainer, v LastResponseSetter) error {
	return u.B.Call(method, path, key, params, v)
}

// Unexported: not recorded (a note).
func (c v1PaymentIntentService) fetch(ctx context.Context) error {
	return c.B.Call(http.MethodGet, "/v1/x", c.Key, nil, nil)
}
`

const v85SubPkg = `package paymentintent

import (
	"net/http"

	stripe "github.com/stripe/stripe-go/v85"
)

type Client struct {
	B   stripe.Backend
	Key string
}

func (c Client) Cancel(id string, params *stripe.PaymentIntentCancelParams) (*stripe.PaymentIntent, error) {
	paymentintent := &stripe.PaymentIntent{}
	err := c.B.Call(http.MethodPost, "/v1/payment_intents/"+id+"/cancel", c.Key, params, paymentintent)
	return paymentintent, err
}
`

func TestExtractV85(t *testing.T) {
	res := extractSrc(t, map[string]map[string]string{
		"":              {"stripe.go": v85Root},
		"paymentintent": {"client.go": v85SubPkg},
	})
	checkAPIs(t, res.APIs, map[apiKey]string{
		{Pkg: "", Recv: "v1PaymentIntentService", Name: "Create"}:               "POST",
		{Pkg: "", Recv: "v1PaymentIntentService", Name: "List"}:                 "GET",
		{Pkg: "", Recv: "v1FileService", Name: "Create"}:                        "POST",
		{Pkg: "", Recv: "v2Service", Name: "Delete"}:                            "DELETE",
		{Pkg: "", Recv: "UnknownEventNotification", Name: "FetchRelatedObject"}: "GET",
		{Pkg: "paymentintent", Name: "Cancel"}:                                  "POST",
	})
	if len(res.Warnings) != 0 {
		t.Errorf("unexpected warnings: %q", res.Warnings)
	}
	if !hasMessage(res.Notes, "stripe.(UsageBackend).Call", "non-constant method") {
		t.Errorf("no note about UsageBackend.Call in %q", res.Notes)
	}
	if !hasMessage(res.Notes, "stripe.(v1PaymentIntentService).fetch", "unexported") {
		t.Errorf("no note about the unexported fetch in %q", res.Notes)
	}
}

func TestExtractCallShapes(t *testing.T) {
	res := extractSrc(t, map[string]map[string]string{
		"thing": {"client.go": `package thing

import (
	nethttp "net/http"

	stripe "github.com/stripe/stripe-go/v85"
)

type Client struct {
	B     stripe.Backend
	Other Sender
	Key   string
}

func (c Client) Aliased() error { return c.B.Call(nethttp.MethodPost, "/x", c.Key, nil, nil) }

func (c Client) Literal() error { return (c.B).Call(("GET"), "/x", c.Key, nil, nil) }

// Other is not a Backend: not an API call.
func (c Client) NotBackend() error { return c.Other.Call(nethttp.MethodGet, "/x", c.Key, nil, nil) }

// Not one of the Call methods.
func (c Client) NotCall() error { return c.B.Do(nethttp.MethodGet, "/x") }

// Lower-case string: not a method constant.
func (c Client) LowerCase() error { return c.B.Call("get", "/x", c.Key, nil, nil) }

// PUT is not expected in the SDK: warned about, not recorded.
func (c Client) Put() error { return c.B.Call(nethttp.MethodPut, "/x", c.Key, nil, nil) }
`},
	})
	checkAPIs(t, res.APIs, map[apiKey]string{
		{Pkg: "thing", Name: "Aliased"}: "POST",
		{Pkg: "thing", Name: "Literal"}: "GET",
	})
	if !hasMessage(res.Warnings, "thing.(Client).Put", "method PUT") {
		t.Errorf("no warning about PUT in %q", res.Warnings)
	}
	if !hasMessage(res.Notes, "thing.(Client).LowerCase", "non-constant") {
		t.Errorf("no note about LowerCase in %q", res.Notes)
	}
}

func TestExtractConflicts(t *testing.T) {
	res := extractSrc(t, map[string]map[string]string{
		"thing": {"client.go": `package thing

import (
	"net/http"

	stripe "github.com/stripe/stripe-go/v85"
)

type Client struct {
	B stripe.Backend
}

func (c Client) Both() error {
	if err := c.B.Call(http.MethodGet, "/x", "", nil, nil); err != nil {
		return err
	}
	return c.B.Call(http.MethodPost, "/x", "", nil, nil)
}

func (c Client) Twin() error { return c.B.Call(http.MethodGet, "/x", "", nil, nil) }

func Twin() error { return getC().B.Call(http.MethodDelete, "/x", "", nil, nil) }

func getC() Client { return Client{} }
`},
	})
	checkAPIs(t, res.APIs, map[apiKey]string{
		{Pkg: "thing", Name: "Both"}: "GET",
		{Pkg: "thing", Name: "Twin"}: "GET",
	})
	if !hasMessage(res.Warnings, "thing.(Client).Both calls the API with methods GET and POST; recording GET") {
		t.Errorf("no warning about Both in %q", res.Warnings)
	}
	if !hasMessage(res.Warnings, "thing.Twin uses DELETE", "uses GET; keeping GET") {
		t.Errorf("no warning about Twin in %q", res.Warnings)
	}
}

func TestMerge(t *testing.T) {
	a := apiKey{Pkg: "thing", Name: "A"}
	b := apiKey{Pkg: "", Recv: "v1ThingService", Name: "B"}
	table, warnings := merge([]sdkMajor{
		{Major: 85, Version: "v85.0.0", APIs: map[apiKey]string{a: "POST", b: "GET"}},
		{Major: 72, Version: "v72.122.0", APIs: map[apiKey]string{a: "GET"}},
		{Major: 73, Version: "v73.16.0", APIs: map[apiKey]string{a: "GET"}},
		{Major: 77},
		{Major: 84, Version: "v84.4.1", APIs: map[apiKey]string{b: "GET"}},
	})
	want := map[apiKey]apiEntry{
		a: {Method: "POST", Majors: 1<<0 | 1<<1 | 1<<13},
		b: {Method: "GET", Majors: 1<<12 | 1<<13},
	}
	if !reflect.DeepEqual(table, want) {
		t.Errorf("merge: got %v, want %v", table, want)
	}
	wantWarnings := []string{"thing.A: HTTP method differs between majors (GET in v72-v73, POST in v85); recording POST"}
	if !slices.Equal(warnings, wantWarnings) {
		t.Errorf("merge warnings: got %q, want %q", warnings, wantWarnings)
	}
}

func TestRender(t *testing.T) {
	table := map[apiKey]apiEntry{
		{Pkg: "paymentintent", Name: "New"}:                                     {Method: "POST", Majors: 0x3fdf},
		{Pkg: "paymentintent", Name: "Get"}:                                     {Method: "GET", Majors: 0x3fdf},
		{Pkg: "", Recv: "v1PaymentIntentService", Name: "Create"}:               {Method: "POST", Majors: 0x3c00},
		{Pkg: "issuing/card", Name: "New"}:                                      {Method: "POST", Majors: 0x1},
		{Pkg: "", Recv: "UnknownEventNotification", Name: "FetchRelatedObject"}: {Method: "GET", Majors: 0x3800},
	}
	majors := []sdkMajor{{Major: 72, Version: "v72.122.0"}, {Major: 77}, {Major: 85, Version: "v85.0.0"}}
	src, err := render(table, majors)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(src, []byte("// Code generated by genapitable; DO NOT EDIT.\n")) {
		t.Errorf("output does not start with the generated-code line:\n%s", src)
	}
	formatted, err := format.Source(src)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(formatted, src) {
		t.Errorf("output is not gofmt'ed:\n%s", src)
	}
	f, err := parser.ParseFile(token.NewFileSet(), "apitable.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	if f.Name.Name != "stripesdk" || len(f.Decls) != 1 {
		t.Fatalf("want package stripesdk with one declaration:\n%s", src)
	}
	decl := f.Decls[0].(*ast.GenDecl)
	if decl.Doc == nil || !strings.Contains(decl.Doc.Text(), "v72.122.0") || !strings.Contains(decl.Doc.Text(), "Never released (no bit set): v77.") {
		t.Errorf("doc comment does not list the versions:\n%s", src)
	}
	var lines []string
	for _, l := range strings.Split(string(src), "\n") {
		if strings.HasPrefix(l, "\t{") {
			lines = append(lines, strings.Join(strings.Fields(l), " "))
		}
	}
	want := []string{
		`{Pkg: "", Recv: "UnknownEventNotification", Name: "FetchRelatedObject"}: {Method: "GET", Majors: 0x3800},`,
		`{Pkg: "", Recv: "v1PaymentIntentService", Name: "Create"}: {Method: "POST", Majors: 0x3c00},`,
		`{Pkg: "issuing/card", Recv: "", Name: "New"}: {Method: "POST", Majors: 0x1},`,
		`{Pkg: "paymentintent", Recv: "", Name: "Get"}: {Method: "GET", Majors: 0x3fdf},`,
		`{Pkg: "paymentintent", Recv: "", Name: "New"}: {Method: "POST", Majors: 0x3fdf},`,
	}
	if !slices.Equal(lines, want) {
		t.Errorf("entries:\ngot  %q\nwant %q", lines, want)
	}
	if !strings.Contains(string(src), "\nvar apiTable = map[apiKey]apiEntry{\n") {
		t.Errorf("no apiTable declaration:\n%s", src)
	}
}

func TestLoadModule(t *testing.T) {
	root := t.TempDir()
	write := func(name, src string) {
		t.Helper()
		path := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module github.com/stripe/stripe-go/v99\n")
	write("stripe.go", "package stripe\n")
	write("stripe_test.go", "package stripe\n")
	write("ignored.go", "//go:build ignore\n\npackage main\n")
	write("windows_only_windows.go", "package stripe\n")
	write("issuing/card/client.go", "package card\n")
	write("example/main.go", "package main\n")
	write("testdata/x.go", "package x\n")
	write("_old/x.go", "package x\n")
	write("nested/go.mod", "module nested\n")
	write("nested/x.go", "package nested\n")
	pkgs, err := loadModule(token.NewFileSet(), root)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, p := range pkgs {
		got[p.Path] = len(p.Files)
	}
	want := map[string]int{"": 1, "issuing/card": 1}
	if !maps.Equal(got, want) {
		t.Errorf("loadModule: got packages %v, want %v", got, want)
	}
}

func TestNewestReleaseOf(t *testing.T) {
	for _, tc := range []struct {
		versions []string
		want     string
	}{
		{[]string{"v72.37.0", "v72.122.0"}, "v72.122.0"},
		{[]string{"v82.0.0", "v82.1.0", "v82.2.0-beta.1"}, "v82.1.0"},
		{[]string{"v83.0.0-beta.1"}, ""},
		{nil, ""},
	} {
		got, ok := newestReleaseOf(tc.versions)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("newestReleaseOf(%q) = %q, %v; want %q", tc.versions, got, ok, tc.want)
		}
	}
}

func TestReleaseFromChangelogs(t *testing.T) {
	changelogs := [][]byte{
		[]byte("# Changelog\n\n## 85.0.0 - 2026-03-25\n* x\n\n## 74.1.0 - 2023-01-01\n\n## 73.16.0 - 2023-02-16\n\n## 73.15.0 - 2023-02-10\n"),
	}
	if v, ok := releaseFromChangelogs(changelogs, 73); !ok || v != "v73.16.0" {
		t.Errorf("73: got %q, %v; want v73.16.0", v, ok)
	}
	if v, ok := releaseFromChangelogs(changelogs, 77); ok {
		t.Errorf("77: got %q; want none", v)
	}
	if v, ok := releaseFromChangelogs(changelogs, 7); ok {
		t.Errorf("7: got %q; want none", v)
	}
}

func TestParseMajors(t *testing.T) {
	for _, tc := range []struct {
		in     string
		lo, hi int
		ok     bool
	}{
		{"72-85", 72, 85, true},
		{"85", 85, 85, true},
		{" 80 - 82 ", 80, 82, true},
		{"85-72", 0, 0, false},
		{"71-85", 0, 0, false},
		{"72-136", 0, 0, false},
		{"x", 0, 0, false},
	} {
		lo, hi, err := parseMajors(tc.in)
		if (err == nil) != tc.ok || lo != tc.lo || hi != tc.hi {
			t.Errorf("parseMajors(%q) = %d, %d, %v", tc.in, lo, hi, err)
		}
	}
}

func TestRanges(t *testing.T) {
	if got, want := majorRanges([]int{72, 73, 74, 76, 78, 79}), "v72-v74, v76, v78-v79"; got != want {
		t.Errorf("majorRanges = %q, want %q", got, want)
	}
	if got, want := compactHistory([]string{"v72:GET", "v73:GET", "v74:POST", "v75:GET"}), "GET in v72-v73, POST in v74, GET in v75"; got != want {
		t.Errorf("compactHistory = %q, want %q", got, want)
	}
}

func TestSummarize(t *testing.T) {
	var buf bytes.Buffer
	summarize(&buf, []sdkMajor{
		{Major: 72, Version: "v72.122.0", APIs: map[apiKey]string{
			{Pkg: "account", Name: "Del"}:   "DELETE",
			{Pkg: "oauth", Name: "Del"}:     "POST",
			{Pkg: "account", Name: "Get"}:   "GET",
			{Pkg: "charge", Name: "Get"}:    "GET",
			{Pkg: "weird", Name: "Get"}:     "POST",
			{Pkg: "account", Name: "New"}:   "POST",
			{Pkg: "charge", Name: "Close"}:  "POST",
			{Pkg: "dispute", Name: "Close"}: "POST",
		}},
		{Major: 77},
	})
	out := buf.String()
	for _, want := range []string{
		"v72    v72.122.0       2      5      1      8",
		"v77    (none)",
		"Del: DELETE/POST in v72 (DELETE account.Del; POST oauth.Del)",
		"Get: GET/POST in v72 (GET account.Get; POST weird.Get)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Close:") {
		t.Errorf("summary lists Close, which is POST everywhere:\n%s", out)
	}
}
