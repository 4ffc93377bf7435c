package pkglevel

import (
	"testing"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/paymentintent"
)

// Silent: tests set the key as they like.
func TestCharge(t *testing.T) {
	stripe.Key = "sk_test_123"
	_, _ = paymentintent.New(&stripe.PaymentIntentParams{})
}
