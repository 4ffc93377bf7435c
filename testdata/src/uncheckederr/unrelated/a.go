// Package unrelated imports no Stripe package: uncheckederr does nothing
// here, even for dropped errors (errcheck's business).
package unrelated

import "os"

type fakeCustomer struct{}

// Del has the shape of a Stripe call but is not one.
func (fakeCustomer) Del(id string, params any) (any, error) { return nil, nil }

func drop() {
	os.Remove("x")
	fakeCustomer{}.Del("cus_1", nil)
}
