// Package redelivery runs retrykey's redelivery category against the real
// stripe-go v72: creates in a verified webhook handler.
package redelivery

import (
	"encoding/json"
	"io"
	"net/http"
	"os"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/cashbalance"
	"github.com/stripe/stripe-go/v72/client"
	"github.com/stripe/stripe-go/v72/customer"
	"github.com/stripe/stripe-go/v72/customerbalancetransaction"
	"github.com/stripe/stripe-go/v72/invoice"
	"github.com/stripe/stripe-go/v72/paymentintent"
	"github.com/stripe/stripe-go/v72/reversal"
	"github.com/stripe/stripe-go/v72/transfer"
	"github.com/stripe/stripe-go/v72/webhook"
)

var secret = os.Getenv("STRIPE_WEBHOOK_SECRET")

var sc = client.New(os.Getenv("STRIPE_SECRET_KEY"), nil)

func Hook(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(event.Data.Raw, &pi); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	tp := &stripe.TransferParams{Amount: stripe.Int64(pi.Amount), Currency: stripe.String("eur"), Destination: stripe.String("acct_1")}
	if _, err := transfer.New(tp); err != nil { // want `transfer.New in a webhook handler has no stable idempotency key: Stripe redelivers events, set one from event.ID`
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	// A nested collection: the parent's id is in the params.
	bt := &stripe.CustomerBalanceTransactionParams{Customer: stripe.String(pi.Customer.ID), Amount: stripe.Int64(-100), Currency: stripe.String("eur")}
	customerbalancetransaction.New(bt)                                              // want `customerbalancetransaction.New in a webhook handler has no stable idempotency key`
	reversal.New(&stripe.ReversalParams{Transfer: stripe.String("tr_1")})           // want `reversal.New in a webhook handler has no stable idempotency key`
	sc.Customers.New(&stripe.CustomerParams{Email: stripe.String(pi.ReceiptEmail)}) // want `customer.Client.New in a webhook handler has no stable idempotency key`

	// Keyed with the object's id: silent.
	kp := &stripe.TransferParams{Amount: stripe.Int64(pi.Amount), Currency: stripe.String("eur"), Destination: stripe.String("acct_1")}
	kp.SetIdempotencyKey("transfer-" + pi.ID)
	transfer.New(kp) // silent: keyed with the object's id

	// Updates and actions: silent.
	customer.Update(pi.Customer.ID, &stripe.CustomerParams{Email: stripe.String("a@b.c")}) // silent: an update
	cashbalance.Update(&stripe.CashBalanceParams{Customer: stripe.String(pi.Customer.ID)}) // silent: a singleton's update
	paymentintent.Confirm(pi.ID, nil)                                                      // silent: an action
	invoice.Pay("in_1", nil)                                                               // silent: an action
}
