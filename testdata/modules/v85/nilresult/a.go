// Package nilresult runs the nilresult rule against the real stripe-go v85.
package nilresult

import (
	"context"
	"fmt"
	"log"
	"net/http"

	stripe "github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/paymentintent"
)

func secret(ctx context.Context, sc *stripe.Client, p *stripe.PaymentIntentCreateParams) (string, error) {
	pi, err := sc.V1PaymentIntents.Create(ctx, p)
	return pi.ClientSecret, err // want `pi.ClientSecret read before the error of \(\*stripe.Client\).V1PaymentIntents.Create is checked: check err first`
}

func redirect(w http.ResponseWriter, r *http.Request, sc *stripe.Client, p *stripe.CheckoutSessionCreateParams) {
	sess, err := sc.V1CheckoutSessions.Create(r.Context(), p)
	if err != nil {
		log.Printf("checkout: %v", err)
	}
	http.Redirect(w, r, sess.URL, http.StatusSeeOther) // want `sess.URL read after \(\*stripe.Client\).V1CheckoutSessions.Create failed \(err is not nil\): leave after handling the error`
}

func pkgLevel(p *stripe.PaymentIntentParams) string {
	pi, err := paymentintent.New(p)
	log.Print(pi.Status) // want `pi.Status read before the error of paymentintent.New is checked: check err first`
	if err != nil {
		return ""
	}
	return pi.ID
}

// charge is a wrapper: its result is nil when it fails.
func charge(ctx context.Context, sc *stripe.Client, p *stripe.PaymentIntentCreateParams) (*stripe.PaymentIntent, error) {
	pi, err := sc.V1PaymentIntents.Create(ctx, p)
	if err != nil {
		return nil, fmt.Errorf("charge: %w", err)
	}
	return pi, nil
}

func viaWrapper(ctx context.Context, sc *stripe.Client, p *stripe.PaymentIntentCreateParams) string {
	pi, err := charge(ctx, sc, p)
	id := pi.ID // want `pi.ID read before the error of nilresult.charge is checked: check err first`
	if err != nil {
		return ""
	}
	return id
}

// --- Silent. ---

func checked(ctx context.Context, sc *stripe.Client, id string) (string, error) {
	c, err := sc.V1Customers.Retrieve(ctx, id, nil)
	if err != nil {
		return "", err
	}
	return c.Email, nil // silent: checked above
}

func successOnly(ctx context.Context, sc *stripe.Client, id string) bool {
	pi, err := sc.V1PaymentIntents.Retrieve(ctx, id, nil)
	return err == nil && pi.Status == stripe.PaymentIntentStatusSucceeded // silent: err is nil in the right operand
}
