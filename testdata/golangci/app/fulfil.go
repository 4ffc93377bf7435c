package checkout

// Mistakes of the rules added later (nilresult, unexpanded, eventdata),
// each with a suggested fix that the end-to-end tests apply.

import (
	"context"
	"encoding/json"

	stripe "github.com/stripe/stripe-go/v85"
)

// Secret reads the result before the error is checked: the fix moves
// the check above the read (nilresult).
func Secret(ctx context.Context, sc *stripe.Client, p *stripe.PaymentIntentCreateParams) (string, error) {
	pi, err := sc.V1PaymentIntents.Create(ctx, p)
	secret := pi.ClientSecret
	if err != nil {
		return "", err
	}
	return secret, nil
}

// ChargeStatus reads a field that holds only an id unless expanded: the
// fix expands it in the params (unexpanded).
func ChargeStatus(ctx context.Context, sc *stripe.Client, id string) (stripe.ChargeStatus, error) {
	params := &stripe.PaymentIntentRetrieveParams{}
	pi, err := sc.V1PaymentIntents.Retrieve(ctx, id, params)
	if err != nil {
		return "", err
	}
	return pi.LatestCharge.Status, nil
}

// PaymentIntentID decodes an event's data and drops the error: the fix
// checks it and returns it (eventdata).
func PaymentIntentID(event stripe.Event) (string, error) {
	var pi stripe.PaymentIntent
	json.Unmarshal(event.Data.Raw, &pi)
	return pi.ID, nil
}
