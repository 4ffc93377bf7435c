// Package params exercises unexpanded on the results of API calls, with
// the stripe-go v72 stubs (package-level functions and iterators).
package params

import (
	"fmt"
	"log"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/charge"
	"github.com/stripe/stripe-go/v72/invoice"
	"github.com/stripe/stripe-go/v72/paymentintent"
)

func nilParams(id string) error {
	pi, err := paymentintent.Get(id, nil)
	if err != nil {
		return err
	}
	log.Print(pi.Customer.Email) // want `stripe.PaymentIntent.Customer is not expanded by paymentintent.Get, so Customer.Email is always empty: add AddExpand\("customer"\)`
	return nil
}

func localParams(id string) error {
	params := &stripe.PaymentIntentParams{}
	params.SetIdempotencyKey("k") // other methods do not expand
	pi, err := paymentintent.Get(id, params)
	if err != nil {
		return err
	}
	log.Print(pi.Customer.Email) // want `stripe.PaymentIntent.Customer is not expanded by paymentintent.Get, so Customer.Email is always empty: add AddExpand\("customer"\)`
	log.Print(pi.Customer.Name)  // want `stripe.PaymentIntent.Customer is not expanded by paymentintent.Get, so Customer.Name is always empty`
	return nil
}

func varParams(id string) error {
	var params stripe.InvoiceParams // built here
	inv, err := invoice.Get(id, &params)
	if err != nil {
		return err
	}
	log.Print(inv.Customer.Email) // want `stripe.Invoice.Customer is not expanded by invoice.Get, so Customer.Email is always empty: read CustomerEmail or add AddExpand\("customer"\)`
	return nil
}

func copied(id string) error {
	var params stripe.InvoiceParams
	p := &params
	inv, err := invoice.Get(id, p)
	if err != nil {
		return err
	}
	log.Print(inv.Customer.Email) // silent: the params are reached through another variable
	return nil
}

func viaCall(id string, get func() *stripe.PaymentIntent) {
	log.Print(get().Customer.Email) // silent: no variable with a known origin
	pi, _ := paymentintent.Get(id, nil)
	log.Print(fmt.Sprint(pi.Customer.Email)) // want `stripe.PaymentIntent.Customer is not expanded by paymentintent.Get`
}

func declaredParams(id string) error {
	var params = new(stripe.InvoiceParams)
	inv, err := invoice.Get(id, params)
	if err != nil {
		return err
	}
	log.Print(inv.Customer.Email) // want `stripe.Invoice.Customer is not expanded by invoice.Get, so Customer.Email is always empty: read CustomerEmail or add AddExpand\("customer"\)`
	return nil
}

func expanded(id string) error {
	params := &stripe.PaymentIntentParams{}
	params.AddExpand("customer")
	params.AddExpand("invoice.subscription")
	pi, err := paymentintent.Get(id, params)
	if err != nil {
		return err
	}
	log.Print(pi.Customer.Email)              // silent: expanded
	log.Print(pi.Invoice.Status)              // silent: expanded through invoice.subscription
	log.Print(pi.PaymentMethod.Type)          // want `stripe.PaymentIntent.PaymentMethod is not expanded by paymentintent.Get`
	log.Print(pi.Invoice.Subscription.Status) // silent: expanded
	return nil
}

func literal(id string) error {
	ch, err := charge.Get(id, &stripe.ChargeParams{Params: stripe.Params{Expand: []*string{stripe.String("payment_intent")}}})
	if err != nil {
		return err
	}
	log.Print(ch.PaymentIntent.Status) // silent: expanded in the literal
	log.Print(ch.Customer.Email)       // want `stripe.Charge.Customer is not expanded by charge.Get`
	return nil
}

func dynamic(id, path string) error {
	params := &stripe.PaymentIntentParams{}
	params.AddExpand(path)
	pi, err := paymentintent.Get(id, params)
	if err != nil {
		return err
	}
	log.Print(pi.Customer.Email) // silent: the path is not constant
	return nil
}

func fromCaller(id string, params *stripe.PaymentIntentParams) error {
	pi, err := paymentintent.Get(id, params)
	if err != nil {
		return err
	}
	log.Print(pi.Customer.Email) // silent: the params come from elsewhere
	return nil
}

func helper(id string) error {
	params := &stripe.PaymentIntentParams{}
	addExpansions(params)
	pi, err := paymentintent.Get(id, params)
	if err != nil {
		return err
	}
	log.Print(pi.Customer.Email) // silent: the params are handed on
	return nil
}

func addExpansions(p *stripe.PaymentIntentParams) { p.AddExpand("customer") }

func expandField(id string) error {
	params := &stripe.PaymentIntentParams{}
	params.Expand = append(params.Expand, stripe.String("customer"))
	pi, err := paymentintent.Get(id, params)
	if err != nil {
		return err
	}
	log.Print(pi.Customer.Email) // silent: Expand set directly
	return nil
}

func list() error {
	params := &stripe.PaymentIntentListParams{}
	params.AddExpand("data.invoice")
	it := paymentintent.List(params)
	for it.Next() {
		pi := it.PaymentIntent()
		log.Print(pi.Invoice.Status) // silent: data.invoice is expanded
		log.Print(pi.Customer.Email) // want `stripe.PaymentIntent.Customer is not expanded by paymentintent.List, so Customer.Email is always empty: add AddExpand\("data.customer"\)`
	}
	return it.Err()
}

func listCurrent() error {
	it := paymentintent.List(&stripe.PaymentIntentListParams{})
	for it.Next() {
		pi := it.Current().(*stripe.PaymentIntent)
		log.Print(pi.Customer.Email) // want `add AddExpand\("data.customer"\)`
	}
	return it.Err()
}

func reassigned(id string) error {
	pi, err := paymentintent.Get(id, nil)
	if err != nil {
		return err
	}
	params := &stripe.PaymentIntentParams{}
	params.AddExpand("customer")
	pi, err = paymentintent.Get(id, params)
	if err != nil {
		return err
	}
	log.Print(pi.Customer.Email) // silent: pi has two origins
	return nil
}

func twoCalls(a, b string) error {
	params := &stripe.PaymentIntentParams{}
	pa, err := paymentintent.Get(a, params)
	if err != nil {
		return err
	}
	pb, err := paymentintent.Get(b, params)
	if err != nil {
		return err
	}
	log.Print(pa.Customer.Email, pb.Customer.Email) // want `stripe.PaymentIntent.Customer is not expanded` `stripe.PaymentIntent.Customer is not expanded`
	return nil
}
