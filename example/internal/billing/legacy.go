package billing

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/customer"
	"github.com/stripe/stripe-go/v85/paymentintent"
)

// This file predates the move to stripe.Client and still uses the
// package-level API, which reads the key from stripe.Key.

// LegacyCharge creates a PaymentIntent for the old mobile app's
// one-click checkout.
func LegacyCharge(customerID, paymentMethodID string, amount int64) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(amount),
		Currency:      stripe.String(string(stripe.CurrencyUSD)),
		Customer:      stripe.String(customerID),
		PaymentMethod: stripe.String(paymentMethodID),
		Confirm:       stripe.Bool(true),
		OffSession:    stripe.Bool(true),
	}
	return paymentintent.New(params)
}

// ExportCustomers writes every customer as CSV for the finance team.
func ExportCustomers(w io.Writer) error {
	out := csv.NewWriter(w)
	it := customer.List(&stripe.CustomerListParams{})
	for it.Next() {
		c := it.Customer()
		if err := out.Write([]string{c.ID, c.Email, strconv.FormatInt(c.Created, 10)}); err != nil {
			return err
		}
	}
	// Correct: the iterator's error is read once Next returns false.
	if err := it.Err(); err != nil {
		return fmt.Errorf("billing: list customers: %w", err)
	}
	out.Flush()
	return out.Error()
}

// CountCustomersSince counts the customers created after a Unix time, for
// the growth dashboard.
func CountCustomersSince(created int64) int {
	params := &stripe.CustomerListParams{CreatedRange: &stripe.RangeQueryParams{GreaterThan: created}}
	n := 0
	it := customer.List(params)
	// Mistake (uncheckederr): it.Err() is never read, so a failed page silently yields a low count.
	for it.Next() {
		n++
	}
	return n
}
