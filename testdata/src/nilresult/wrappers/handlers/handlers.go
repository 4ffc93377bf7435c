// Package handlers calls the wrappers of package billing: their results
// are nil when they fail.
package handlers

import (
	"context"
	"encoding/json"
	"net/http"

	stripe "github.com/stripe/stripe-go/v85"

	"nilresult/wrappers/billing"
)

type response struct {
	ClientSecret string `json:"client_secret"`
}

func checkout(w http.ResponseWriter, r *http.Request, b *billing.Client) {
	pi, err := b.Charge(r.Context(), &stripe.PaymentIntentCreateParams{})
	resp := response{ClientSecret: pi.ClientSecret} // want `pi.ClientSecret read before the error of \(\*billing.Client\).Charge is checked: check err first`
	if err != nil {
		http.Error(w, "payment failed", http.StatusBadGateway)
		return
	}
	json.NewEncoder(w).Encode(resp)
}

func email(ctx context.Context, b *billing.Client, id string) (string, error) {
	c, err := b.Lookup(ctx, id)
	return c.Email, err // want `c.Email read before the error of \(\*billing.Client\).Lookup is checked: check err first`
}

// --- Silent. ---

func checked(ctx context.Context, b *billing.Client, id string) (string, error) {
	c, err := b.Lookup(ctx, id)
	if err != nil {
		return "", err
	}
	return c.Email, nil // silent: checked above
}
