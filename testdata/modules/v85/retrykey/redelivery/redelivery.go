// Package redelivery runs retrykey's redelivery category against the real
// stripe-go v85: creates in a verified webhook handler and an event
// handler.
package redelivery

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"time"

	"github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/transfer"
)

var secret = os.Getenv("STRIPE_WEBHOOK_SECRET")

var sc = stripe.NewClient(os.Getenv("STRIPE_SECRET_KEY"))

func Hook(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	event, err := sc.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := handle(r.Context(), event); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
	}
}

func handle(ctx context.Context, event stripe.Event) error { // want handle:"keyedWrapper"
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(event.Data.Raw, &pi); err != nil {
		return err
	}
	tp := &stripe.TransferCreateParams{Amount: stripe.Int64(pi.Amount), Currency: stripe.String("eur"), Destination: stripe.String("acct_1")}
	if _, err := sc.V1Transfers.Create(ctx, tp); err != nil { // want `\(\*stripe.Client\).V1Transfers.Create in an event handler has no stable idempotency key: Stripe redelivers events, set one from event.ID`
		return err
	}
	// A nested collection: the parent's id is in the params.
	bt := &stripe.CustomerBalanceTransactionCreateParams{Customer: stripe.String(pi.Customer.ID), Amount: stripe.Int64(-100), Currency: stripe.String("eur")}
	if _, err := sc.V1CustomerBalanceTransactions.Create(ctx, bt); err != nil { // want `\(\*stripe.Client\).V1CustomerBalanceTransactions.Create in an event handler has no stable idempotency key`
		return err
	}
	sc.V1TransferReversals.Create(ctx, &stripe.TransferReversalCreateParams{ID: stripe.String("tr_1")}) // want `\(\*stripe.Client\).V1TransferReversals.Create in an event handler has no stable idempotency key`
	fresh := &stripe.TransferParams{Amount: stripe.Int64(pi.Amount), Currency: stripe.String("eur"), Destination: stripe.String("acct_1")}
	fresh.SetIdempotencyKey(time.Now().String())
	transfer.New(fresh) // want `transfer.New in an event handler gets a new idempotency key from time.Now on each delivery: set one from event.ID`

	// Keyed: silent.
	kp := &stripe.TransferCreateParams{Amount: stripe.Int64(pi.Amount), Currency: stripe.String("eur"), Destination: stripe.String("acct_1")}
	kp.SetIdempotencyKey("transfer-" + event.ID)
	sc.V1Transfers.Create(ctx, kp) // silent: keyed with the event's id

	// Updates, actions, previews: silent.
	sc.V1Customers.Update(ctx, pi.Customer.ID, &stripe.CustomerUpdateParams{Email: stripe.String("a@b.c")}) // silent: an update
	sc.V1CashBalances.Update(ctx, &stripe.CashBalanceUpdateParams{Customer: stripe.String(pi.Customer.ID)}) // silent: a singleton's update
	sc.V1PaymentIntents.Confirm(ctx, pi.ID, nil)                                                            // silent: an action
	sc.V1Invoices.CreatePreview(ctx, &stripe.InvoiceCreatePreviewParams{})                                  // silent: creates nothing
	return nil
}
