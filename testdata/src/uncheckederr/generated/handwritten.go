package generated

import "github.com/stripe/stripe-go/v72/customer"

func handwritten(id string) {
	customer.Del(id, nil) // want `error returned by customer.Del is not checked`
}
