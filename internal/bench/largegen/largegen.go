// Package largegen writes a large Go module that uses the Stripe SDK
// (github.com/stripe/stripe-go/v85 v85.0.0), for the benchmarks of large
// inputs (large_bench_test.go) and scripts/speedtable.sh (through the
// command internal/bench/largegen/cmd/genlarge).
//
// The code is a realistic mix, the same in every package and repeated
// until a package has the requested number of functions: most functions
// make no Stripe call (string, slice and map work, loops, closures), and
// about one in five does: client API calls with their errors checked,
// wrappers that return the SDK's error and their callers, list
// iterations, package-level (legacy) API calls, errors.As on *stripe.Error
// with switches on its code, and net/http webhook handlers that verify
// the signature and switch on the event type. A few of those carry the
// mistakes the suite reports (an unchecked error, a misspelt event type,
// a create without an idempotency key), as real code does; the module
// type-checks.
package largegen

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
)

// SDKVersion is the stripe-go module and version the generated module
// requires.
const SDKVersion = "github.com/stripe/stripe-go/v85 v85.0.0"

// A Package is one package of the generated module.
type Package struct {
	Name  string // package name and directory
	Funcs int    // number of functions (at least 1)
	Files int    // number of files they are spread over (at least 1)
}

// WriteModule writes a module example.com/large into dir (which must
// exist): go.mod requiring [SDKVersion], goSum as its go.sum (the go.sum
// of a module that requires the same SDK version, such as
// testdata/modules/v85/go.sum), and the packages.
func WriteModule(dir string, goSum []byte, pkgs ...Package) error {
	gomod := "module example.com/large\n\ngo 1.26.0\n\nrequire " + SDKVersion + "\n"
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o666); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "go.sum"), goSum, 0o666); err != nil {
		return err
	}
	for _, p := range pkgs {
		pdir := filepath.Join(dir, p.Name)
		if err := os.MkdirAll(pdir, 0o777); err != nil {
			return err
		}
		for i, src := range Sources(p) {
			if err := os.WriteFile(filepath.Join(pdir, fmt.Sprintf("f%03d.go", i)), src, 0o666); err != nil {
				return err
			}
		}
	}
	return nil
}

// Sources returns the files of package p.
func Sources(p Package) [][]byte {
	files := max(p.Files, 1)
	funcs := max(p.Funcs, 1)
	out := make([][]byte, files)
	next := 0 // the next function's number
	for f := range files {
		n := funcs / files
		if f < funcs%files {
			n++
		}
		var b bytes.Buffer
		fmt.Fprintf(&b, "package %s\n\n%s\n", p.Name, imports)
		if f == 0 {
			b.WriteString(shared)
		}
		for range n {
			writeFunc(&b, next)
			next++
		}
		out[f] = b.Bytes()
	}
	return out
}

// imports are those of every file; each file uses them all (useImports).
const imports = `import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/customer"
	"github.com/stripe/stripe-go/v85/webhook"
)

var (
	_ = context.Background
	_ = errors.As
	_ = fmt.Sprint
	_ = io.ReadAll
	_ = http.StatusOK
	_ = os.Getenv
	_ = strings.ToUpper
	_ = stripe.Int64
	_ = customer.Get
	_ = webhook.ConstructEvent
)
`

// shared is declared once per package, in its first file.
const shared = `
// Service holds the Stripe client and the webhook secret.
type Service struct {
	sc     *stripe.Client
	secret string
	cache  map[string]string
}

// NewService reads the keys from the environment.
func NewService() *Service {
	return &Service{sc: stripe.NewClient(os.Getenv("STRIPE_SECRET_KEY")), secret: os.Getenv("STRIPE_WEBHOOK_SECRET"), cache: map[string]string{}}
}
`

// writeFunc writes function number i: kind i%20 decides what it does.
func writeFunc(b *bytes.Buffer, i int) {
	switch i % 20 {
	case 0: // a client create, checked, with an idempotency key
		fmt.Fprintf(b, `
func (s *Service) CreateCustomer%[1]d(ctx context.Context, email, key string) (string, error) {
	params := &stripe.CustomerCreateParams{Email: stripe.String(email)}
	params.SetIdempotencyKey(key)
	c, err := s.sc.V1Customers.Create(ctx, params)
	if err != nil {
		return "", fmt.Errorf("create customer: %%w", err)
	}
	return c.ID, nil
}
`, i)
	case 1: // a wrapper: returns the SDK's error
		fmt.Fprintf(b, `
func (s *Service) retrieve%[1]d(ctx context.Context, id string) (*stripe.Customer, error) {
	return s.sc.V1Customers.Retrieve(ctx, id, nil)
}
`, i)
	case 2: // a caller of the wrapper above, checked
		fmt.Fprintf(b, `
func (s *Service) Email%[1]d(ctx context.Context, id string) (string, error) {
	c, err := s.retrieve%[2]d(ctx, id)
	if err != nil {
		return "", err
	}
	return strings.ToLower(c.Email), nil
}
`, i, i-1)
	case 3: // a list iteration, checked
		fmt.Fprintf(b, `
func (s *Service) CountCustomers%[1]d(ctx context.Context) (int, error) {
	n := 0
	for c, err := range s.sc.V1Customers.List(ctx, &stripe.CustomerListParams{}).All(ctx) {
		if err != nil {
			return n, err
		}
		if c.Email != "" {
			n++
		}
	}
	return n, nil
}
`, i)
	case 4: // a webhook handler: verifies, switches on the type
		fmt.Fprintf(b, `
func (s *Service) Webhook%[1]d(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 65536))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), s.secret)
	if err != nil {
		http.Error(w, "signature", http.StatusBadRequest)
		return
	}
	switch event.Type {
	case stripe.EventTypePaymentIntentSucceeded:
		s.cache[event.ID] = "succeeded"
	case stripe.EventTypeCustomerCreated:
		s.cache[event.ID] = "customer"
	}
	w.WriteHeader(http.StatusOK)
}
`, i)
	case 5: // errors.As on *stripe.Error, switch on its code
		fmt.Fprintf(b, `
func Describe%[1]d(err error) (int, string) {
	var se *stripe.Error
	if !errors.As(err, &se) {
		return http.StatusInternalServerError, "internal error"
	}
	switch se.Code {
	case stripe.ErrorCodeCardDeclined:
		return http.StatusPaymentRequired, "card declined"
	case stripe.ErrorCodeChargeAlreadyRefunded:
		return http.StatusConflict, "already refunded"
	}
	return http.StatusBadGateway, se.Msg
}
`, i)
	case 6: // the package-level (legacy) API, checked
		fmt.Fprintf(b, `
func LegacyName%[1]d(id string) (string, error) {
	c, err := customer.Get(id, nil)
	if err != nil {
		return "", err
	}
	return c.Name, nil
}
`, i)
	case 7:
		if i%100 == 7 { // one in a hundred: an unchecked error
			fmt.Fprintf(b, `
func (s *Service) Touch%[1]d(ctx context.Context, id string) {
	s.sc.V1Customers.Retrieve(ctx, id, nil)
}
`, i)
			return
		}
		if i%100 == 27 { // one in a hundred: a misspelt event type
			fmt.Fprintf(b, `
func IsFailure%[1]d(e stripe.Event) bool {
	return e.Type == "payment_intent.failed"
}
`, i)
			return
		}
		fmt.Fprintf(b, `
func (s *Service) PaymentIntent%[1]d(ctx context.Context, amount int64, key string) (string, error) {
	params := &stripe.PaymentIntentCreateParams{Amount: stripe.Int64(amount), Currency: stripe.String(string(stripe.CurrencyUSD))}
	params.SetIdempotencyKey(key)
	pi, err := s.sc.V1PaymentIntents.Create(ctx, params)
	if err != nil {
		return "", err
	}
	return string(pi.Status), nil
}
`, i)
	default: // plain Go: no Stripe
		fmt.Fprintf(b, `
func Plain%[1]d(words []string, limit int) (map[string]int, string) {
	counts := make(map[string]int, len(words))
	var longest string
	for j, w := range words {
		if j >= limit {
			break
		}
		w = strings.TrimSpace(strings.ToLower(w))
		if w == "" {
			continue
		}
		counts[w]++
		if len(w) > len(longest) {
			longest = w
		}
	}
	keep := func(k string) bool { return counts[k] > %[2]d }
	for k := range counts {
		if !keep(k) {
			delete(counts, k)
		}
	}
	return counts, fmt.Sprintf("%%d:%%s", len(counts), longest)
}
`, i, i%7)
	}
}

// The packages of the benchmarks: 10,000 functions in 20 files, and one
// file of more than 1 MB.
var (
	Big     = Package{Name: "big", Funcs: 10000, Files: 20}
	OneFile = Package{Name: "onefile", Funcs: 2500, Files: 1}
)
