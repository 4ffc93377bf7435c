// Package pkglevel exercises nilresult on the package-level API of
// stripe-go v72.
package pkglevel

import (
	"errors"
	"fmt"
	"log"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/customer"
	"github.com/stripe/stripe-go/v72/paymentintent"
)

// --- Reported. ---

func returnedWithErr(p *stripe.PaymentIntentParams) (string, error) {
	pi, err := paymentintent.New(p)
	return pi.ClientSecret, err // want `pi.ClientSecret read before the error of paymentintent.New is checked: check err first`
}

func readBeforeCheck(id string) (string, error) {
	c, err := customer.Get(id, nil)
	email := c.Email // want `c.Email read before the error of customer.Get is checked: check err first`
	if err != nil {
		return "", err
	}
	return email, nil
}

func onlyLogged(p *stripe.PaymentIntentParams) string {
	pi, err := paymentintent.New(p)
	if err != nil {
		log.Println(err)
	}
	return pi.ClientSecret // want `pi.ClientSecret read after paymentintent.New failed \(err is not nil\): leave after handling the error`
}

func insideFailure(id string) {
	pi, err := paymentintent.Get(id, nil)
	if err != nil {
		fmt.Printf("getting %s (%s): %v\n", id, pi.Status, err) // want `pi.Status read after paymentintent.Get failed \(err is not nil\): leave after handling the error`
	}
}

func chained(p *stripe.CustomerParams) (*stripe.PaymentIntent, error) {
	c, err := customer.New(p)
	pi, err := paymentintent.New(&stripe.PaymentIntentParams{Customer: stripe.String(c.ID)}) // want `c.ID read before the error of customer.New is checked: check err first`
	if err != nil {
		return nil, err
	}
	return pi, nil
}

func firstReadOnly(p *stripe.PaymentIntentParams) string {
	pi, err := paymentintent.New(p)
	s := pi.ClientSecret + pi.ID // want `pi.ClientSecret read before the error of paymentintent.New is checked: check err first`
	if err != nil {
		return ""
	}
	return s
}

func assigned(p *stripe.PaymentIntentParams) string {
	var pi *stripe.PaymentIntent
	var err error
	pi, err = paymentintent.New(p)
	log.Print(pi.ID) // want `pi.ID read before the error of paymentintent.New is checked: check err first`
	if err != nil {
		return ""
	}
	return pi.ID
}

func varDecl(p *stripe.PaymentIntentParams) string {
	var pi, err = paymentintent.New(p)
	if pi.Status == stripe.PaymentIntentStatusSucceeded { // want `pi.Status read before the error of paymentintent.New is checked: check err first`
		return "ok"
	}
	if err != nil {
		return "failed"
	}
	return "pending"
}

func oneBranch(p *stripe.PaymentIntentParams, strict bool) string {
	pi, err := paymentintent.New(p)
	if strict && err != nil {
		return ""
	}
	return pi.ID // want `pi.ID read before the error of paymentintent.New is checked: check err first`
}

// --- Silent. ---

func checked(p *stripe.PaymentIntentParams) (string, error) {
	pi, err := paymentintent.New(p)
	if err != nil {
		return "", err
	}
	return pi.ClientSecret, nil // silent: checked above
}

func passedOn(p *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) {
	pi, err := paymentintent.New(p)
	return pi, err // silent: the pointer is passed on, not read
}

func successBranch(p *stripe.PaymentIntentParams) string {
	pi, err := paymentintent.New(p)
	if err == nil {
		return pi.ClientSecret // silent: err is nil here
	}
	return ""
}

func nilGuard(p *stripe.PaymentIntentParams) string {
	pi, err := paymentintent.New(p)
	if pi != nil {
		log.Print(pi.ID) // silent: guarded by pi != nil
	}
	return err.Error()
}

func shortCircuit(p *stripe.PaymentIntentParams) bool {
	pi, err := paymentintent.New(p)
	return err == nil && pi.Status == stripe.PaymentIntentStatusSucceeded // silent: err is nil in the right operand
}

func handedOff(p *stripe.PaymentIntentParams) string {
	pi, err := paymentintent.New(p)
	if report(err) {
		return ""
	}
	return pi.ID // silent: report may have checked err
}

func report(err error) bool { return err != nil }

func switchCheck(p *stripe.PaymentIntentParams) string {
	pi, err := paymentintent.New(p)
	switch {
	case err != nil:
		return ""
	default:
		return pi.ID // silent: the first case left on failure
	}
}

func loopContinue(ps []*stripe.PaymentIntentParams) []string {
	var ids []string
	for _, p := range ps {
		pi, err := paymentintent.New(p)
		if err != nil {
			continue
		}
		ids = append(ids, pi.ID) // silent: continue left on failure
	}
	return ids
}

func fatal(p *stripe.PaymentIntentParams) string {
	pi, err := paymentintent.New(p)
	if err != nil {
		log.Fatal(err)
	}
	return pi.ID // silent: log.Fatal never returns
}

func errorsAs(p *stripe.PaymentIntentParams) string {
	pi, err := paymentintent.New(p)
	var se *stripe.Error
	if errors.As(err, &se) {
		return string(se.Code)
	}
	return pi.ID // silent: errors.As was handed the error
}

func blankError(p *stripe.PaymentIntentParams) string {
	pi, _ := paymentintent.New(p)
	return pi.ID // silent: the discarded error is uncheckederr's
}

func captured(p *stripe.PaymentIntentParams) string {
	pi, err := paymentintent.New(p)
	check := func() bool { return err != nil }
	if check() {
		return ""
	}
	return pi.ID // silent: err is used by a function literal
}

func overwritten(p *stripe.PaymentIntentParams) string {
	pi, err := paymentintent.New(p)
	_, err = customer.Get("cus_1", nil)
	if err != nil {
		return ""
	}
	return pi.ID // silent: the error was overwritten (uncheckederr's)
}

func list() {
	it := paymentintent.List(nil)
	for it.Next() {
		log.Print(it.PaymentIntent().ID) // silent: not a result with an error
	}
}

func ifInit(id string) {
	if c, err := customer.Get(id, nil); err != nil {
		log.Printf("customer %s: %v", c.ID, err) // want `c.ID read after customer.Get failed \(err is not nil\): leave after handling the error`
	}
}

func retried(p *stripe.PaymentIntentParams) (string, error) {
	var pi *stripe.PaymentIntent
	var err error
	for i := 0; i < 3; i++ {
		pi, err = paymentintent.New(p)
		if err == nil {
			break
		}
	}
	if err != nil {
		return "", err
	}
	return pi.ID, nil // silent: every path here checked err
}

func fallback(id string) (string, error) {
	c, err := customer.Get(id, nil)
	if err != nil {
		c, err = customer.New(&stripe.CustomerParams{})
		if err != nil {
			return "", err
		}
	}
	return c.ID, nil // silent: c was replaced on failure, and that error checked
}

func notFoundFallsThrough(id string) string {
	c, err := customer.Get(id, nil)
	if err != nil && !isMissing(err) {
		return ""
	}
	return c.Email // want `c.Email read after customer.Get failed \(err is not nil\): leave after handling the error`
}

func isMissing(err error) bool {
	var se *stripe.Error
	return errors.As(err, &se) && se.Code == stripe.ErrorCodeResourceMissing
}

func copied(p *stripe.PaymentIntentParams) (stripe.PaymentIntent, error) {
	pi, err := paymentintent.New(p)
	v := *pi // want `\*pi read before the error of paymentintent.New is checked: check err first`
	return v, err
}

func parenthesized(p *stripe.PaymentIntentParams) string {
	pi, err := paymentintent.New(p)
	if (err != nil) || (pi == nil) {
		return ""
	}
	return pi.ID // silent: checked above
}
