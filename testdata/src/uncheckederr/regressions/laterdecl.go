package regressions

import (
	stripe72 "github.com/stripe/stripe-go/v72"
	customer72 "github.com/stripe/stripe-go/v72/customer"
)

// laterDeclaration: binding the blank error as err would declare err
// before the := below does, which then declares nothing new ("no new
// variables on left side of :="): found by applying every fix at once
// (TestCombinedFix). The blank is reported, without a fix.
func laterDeclaration(id string) error {
	c, _ := customer72.Get(id, nil) // want `error returned by customer.Get is not checked \(assigned to _\)`
	_, err := customer72.Update(c.ID, &stripe72.CustomerParams{})
	return err
}
