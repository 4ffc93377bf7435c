// Package nilresult runs the nilresult rule against the real stripe-go v72.
package nilresult

import (
	"log"
	"net/http"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/checkout/session"
	"github.com/stripe/stripe-go/v72/client"
	"github.com/stripe/stripe-go/v72/paymentintent"
)

func secret(p *stripe.PaymentIntentParams) (string, error) {
	pi, err := paymentintent.New(p)
	return pi.ClientSecret, err // want `pi.ClientSecret read before the error of paymentintent.New is checked: check err first`
}

func redirect(w http.ResponseWriter, r *http.Request, p *stripe.CheckoutSessionParams) {
	sess, err := session.New(p)
	if err != nil {
		log.Printf("checkout: %v", err)
	}
	http.Redirect(w, r, sess.URL, http.StatusSeeOther) // want `sess.URL read after session.New failed \(err is not nil\): leave after handling the error`
}

func legacyClient(sc *client.API, id string) string {
	pi, err := sc.PaymentIntents.Get(id, nil)
	log.Print(pi.Status) // want `pi.Status read before the error of paymentintent.Client.Get is checked: check err first`
	if err != nil {
		return ""
	}
	return pi.ID
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
	return pi, err // silent: passed on
}
