// Package onlystripe holds error handling that only sees Stripe errors:
// inside "if err != nil", a test for a Stripe error whose block returns,
// with no else and nothing after it that handles err, so that a network
// failure or a cancelled context goes on as if the call had succeeded.
package onlystripe

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"

	stripe "github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/refund"
)

func refundHandler(w http.ResponseWriter, charge string) {
	r, err := refund.New(&stripe.RefundParams{Charge: stripe.String(charge)})
	if err != nil {
		if se, ok := err.(*stripe.Error); ok { // want `errors other than \*stripe.Error go on as if the call succeeded: handle them after the if`
			http.Error(w, se.Msg, http.StatusPaymentRequired)
			return
		}
	}
	json.NewEncoder(w).Encode(r) // a nil refund on a network failure
}

func cancel(ctx context.Context, sc *stripe.Client, id string) error {
	_, err := sc.V1PaymentIntents.Cancel(ctx, id, nil)
	if err != nil {
		var se *stripe.Error
		if errors.As(err, &se) { // want `errors other than \*stripe.Error go on as if the call succeeded`
			return fmt.Errorf("cancel %s: %s", id, se.Msg)
		}
	}
	log.Printf("cancelled %s", id)
	return nil
}

func cancelAtEnd(ctx context.Context, sc *stripe.Client, id string) {
	if _, err := sc.V1PaymentIntents.Cancel(ctx, id, nil); err != nil {
		var ce *stripe.CardError
		if errors.As(err, &ce) { // want `errors other than \*stripe.CardError go on as if the call succeeded`
			log.Print(ce.DeclineCode)
			return
		}
	}
}

// --- Silent ---

func withElse(w http.ResponseWriter, charge string) {
	_, err := refund.New(&stripe.RefundParams{Charge: stripe.String(charge)})
	if err != nil {
		if se, ok := err.(*stripe.Error); ok { // silent: the else handles the other errors
			http.Error(w, se.Msg, http.StatusPaymentRequired)
			return
		} else {
			http.Error(w, "try again later", http.StatusServiceUnavailable)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

func returnAfter(charge string) error {
	_, err := refund.New(&stripe.RefundParams{Charge: stripe.String(charge)})
	if err != nil {
		if se, ok := err.(*stripe.Error); ok { // silent: the return after the block handles the other errors
			return fmt.Errorf("refund declined: %s", se.Msg)
		}
		return err
	}
	return nil
}

func statementAfter(w http.ResponseWriter, charge string) {
	_, err := refund.New(&stripe.RefundParams{Charge: stripe.String(charge)})
	if err != nil {
		var se *stripe.Error
		if errors.As(err, &se) { // silent: what follows in the block runs for the other errors only
			http.Error(w, se.Msg, http.StatusPaymentRequired)
			return
		}
		http.Error(w, "try again later", http.StatusServiceUnavailable)
	}
}

func returnedAnyway(charge string) (*stripe.Refund, error) {
	r, err := refund.New(&stripe.RefundParams{Charge: stripe.String(charge)})
	if err != nil {
		if se, ok := err.(*stripe.Error); ok { // silent: err is returned after the if
			return nil, fmt.Errorf("refund: %s", se.Msg)
		}
	}
	return r, err
}

type job struct{ lastErr error }

func (j *job) recorded(charge string) {
	_, err := refund.New(&stripe.RefundParams{Charge: stripe.String(charge)})
	if err != nil {
		var se *stripe.Error
		if errors.As(err, &se) { // silent: err is recorded after the if
			log.Print(se.Msg)
			return
		}
	}
	j.lastErr = err
}

func blockGoesOn(w http.ResponseWriter, charge string) {
	_, err := refund.New(&stripe.RefundParams{Charge: stripe.String(charge)})
	if err != nil {
		if se, ok := err.(*stripe.Error); ok { // silent: the block does not leave the path: Stripe errors go on too (not this finding)
			log.Print(se.Msg)
		}
	}
	w.WriteHeader(http.StatusOK)
}

func inLoop(charges []string) {
	for _, c := range charges {
		_, err := refund.New(&stripe.RefundParams{Charge: stripe.String(c)})
		if err != nil {
			if se, ok := err.(*stripe.Error); ok { // silent: the end of a loop body, not the success path of the function
				log.Print(se.Msg)
				continue
			}
		}
	}
}

func notUnderNilCheck(w http.ResponseWriter, charge string) {
	_, err := refund.New(&stripe.RefundParams{Charge: stripe.String(charge)})
	if se, ok := err.(*stripe.Error); ok { // silent: not inside "if err != nil"
		http.Error(w, se.Msg, http.StatusPaymentRequired)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func negated(w http.ResponseWriter, charge string) {
	_, err := refund.New(&stripe.RefundParams{Charge: stripe.String(charge)})
	if err != nil {
		if _, ok := err.(*stripe.Error); !ok { // silent: this block handles the other errors
			http.Error(w, "try again later", http.StatusServiceUnavailable)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

func missingIsFine(charge string) error {
	_, err := refund.New(&stripe.RefundParams{Charge: stripe.String(charge)})
	if err != nil {
		if se, ok := err.(*stripe.Error); ok && se.Code == stripe.ErrorCodeResourceMissing { // silent: a condition beyond the test lets some Stripe errors through too (not this finding)
			return nil
		}
	}
	return nil
}

func innerAssertion(w http.ResponseWriter, charge string) {
	_, err := refund.New(&stripe.RefundParams{Charge: stripe.String(charge)})
	if err != nil {
		if ce, ok := err.(*stripe.CardError); ok { // want `type assertion to \*stripe.CardError never matches the \*stripe.Error the SDK returns: use errors.As`
			http.Error(w, string(ce.DeclineCode), http.StatusPaymentRequired)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

func namedResult(charge string) (r *stripe.Refund, err error) {
	r, err = refund.New(&stripe.RefundParams{Charge: stripe.String(charge)})
	if err != nil {
		if se, ok := err.(*stripe.Error); ok { // silent: the bare return below returns err
			return nil, fmt.Errorf("refund: %s", se.Msg)
		}
	}
	log.Print("refunded")
	return
}

func deferred(charge string) (err error) {
	defer func() {
		if err != nil {
			log.Print(err)
		}
	}()
	_, err = refund.New(&stripe.RefundParams{Charge: stripe.String(charge)})
	if err != nil {
		var se *stripe.Error
		if errors.As(err, &se) { // silent: the deferred function reads err at every return
			return fmt.Errorf("refund: %s", se.Msg)
		}
	}
	return nil
}
