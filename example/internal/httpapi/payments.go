package httpapi

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/stripe/stripe-go/v85"

	"example.com/checkout/internal/billing"
)

func (s *Server) handleRefund(w http.ResponseWriter, r *http.Request) {
	var req struct {
		RequestID string `json:"requestId"`
		Amount    int64  `json:"amount"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody)).Decode(&req); err != nil || req.RequestID == "" {
		writeError(w, http.StatusBadRequest, "invalid refund request")
		return
	}
	ctx := r.Context()
	// Mistake (uncheckederr): err is overwritten by the Refund call before it is read; when the lookup fails, pi is empty and a partial refund becomes a full one.
	pi, err := s.billing.Client().V1PaymentIntents.Retrieve(ctx, r.PathValue("id"), nil)
	amount := req.Amount
	// Mistake (nilresult): pi.AmountReceived is read before the error of the lookup is checked; the same bug seen from the result.
	if amount > pi.AmountReceived {
		amount = pi.AmountReceived
	}
	re, err := s.billing.Refund(ctx, req.RequestID, r.PathValue("id"), amount)
	if err != nil {
		var stripeErr *stripe.Error
		// Mistake (enumvalue): the Type value is "invalid_request_error", so this is never true and double refunds get a generic 400 instead of 409.
		if errors.As(err, &stripeErr) && stripeErr.Type == "invalid_request" && stripeErr.Code == stripe.ErrorCodeChargeAlreadyRefunded {
			writeError(w, http.StatusConflict, "this payment was already refunded")
			return
		}
		status, msg := billing.Describe(err)
		writeError(w, status, msg)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"refund": re.ID, "amount": re.Amount, "status": re.Status})
}

type paymentView struct {
	ID     string `json:"id"`
	Amount int64  `json:"amount"`
	Status string `json:"status"`
}

func (s *Server) handleListPayments(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	customerID := r.PathValue("id")
	// Mistake (uncheckederr): the error is assigned to _, so an unknown or deleted customer is served with an empty email instead of a 404.
	cust, _ := s.billing.Client().V1Customers.Retrieve(ctx, customerID, nil)
	payments, err := s.billing.PaymentsForCustomer(ctx, customerID)
	if err != nil {
		status, msg := billing.Describe(err)
		writeError(w, status, msg)
		return
	}
	var total int64
	views := make([]paymentView, 0, len(payments))
	for _, pi := range payments {
		// Correct: "succeeded" is a declared PaymentIntentStatus value.
		if pi.Status == "succeeded" {
			total += pi.AmountReceived
		}
		views = append(views, paymentView{ID: pi.ID, Amount: pi.Amount, Status: string(pi.Status)})
	}
	writeJSON(w, http.StatusOK, map[string]any{"email": cust.Email, "payments": views, "totalPaid": total})
}

func (s *Server) handleListRefunds(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	params := &stripe.RefundListParams{PaymentIntent: stripe.String(r.PathValue("id"))}
	views := []paymentView{}
	// Mistake (uncheckederr): ranging over All with one variable drops the error of each pair; a failed page yields a nil refund and the handler panics.
	for re := range s.billing.Client().V1Refunds.List(ctx, params).All(ctx) {
		views = append(views, paymentView{ID: re.ID, Amount: re.Amount, Status: string(re.Status)})
	}
	writeJSON(w, http.StatusOK, views)
}
