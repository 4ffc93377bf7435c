// Package returnnext reproduces a missed finding seen on a real service
// (docs/real-world.md): "does the customer have a payment method?" is
// answered by returning the first Next() of a list, with the list's error
// never read. A failed request reads as "no payment method". uncheckederr
// reports the same single Next() written as an if (`if !it.Next() {…}`),
// not returned as a value; the want below is what it should say.
package returnnext

import (
	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/customer"
)

// HasPaymentMethod reports whether the customer has a card on file.
func HasPaymentMethod(customerID string) (bool, error) {
	it := customer.ListPaymentMethods(&stripe.CustomerListPaymentMethodsParams{
		Customer: stripe.String(customerID),
		Type:     stripe.String("card"),
	})
	return it.Next(), nil // want `error of customer.ListPaymentMethods is not checked \(a failed request reads as an empty list: check it.Err\(\)\)`
}

// HasPaymentMethodChecked reads the list's error: silent.
func HasPaymentMethodChecked(customerID string) (bool, error) {
	it := customer.ListPaymentMethods(&stripe.CustomerListPaymentMethodsParams{
		Customer: stripe.String(customerID),
		Type:     stripe.String("card"),
	})
	if it.Next() {
		return true, nil
	}
	return false, it.Err()
}
