package loops

import (
	"testing"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/refund"
)

// A loop that ends the test on the first error does not retry: t.Fatalf
// never returns, so the loop runs refund.New once. (retrykey's own list of
// calls that never return once lacked testing's.)
func untilOK(t *testing.T) {
	p := &stripe.RefundParams{Charge: stripe.String("ch_1")}
	for {
		_, err := refund.New(p)
		if err == nil {
			break
		}
		t.Fatalf("refund: %v", err)
	}
}

// The same loop that logs the error and goes on retries, with a new key
// on each attempt.
func untilOKLogged(t *testing.T) {
	p := &stripe.RefundParams{Charge: stripe.String("ch_1")}
	for {
		_, err := refund.New(p) // want `refund.New is retried without a stable idempotency key`
		if err == nil {
			break
		}
		t.Logf("refund: %v", err)
	}
}

// die never returns (ctrlflow infers it from its body), so the loop
// below runs refund.New once.
func die(t *testing.T, err error) {
	t.Fatalf("refund: %v", err)
}

func untilOKOrDie(t *testing.T) {
	p := &stripe.RefundParams{Charge: stripe.String("ch_1")}
	for {
		_, err := refund.New(p)
		if err == nil {
			break
		}
		die(t, err)
	}
}
