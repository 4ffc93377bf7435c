package httpapi

import (
	"encoding/json"
	"errors"
	"log"
	"net/http"

	"github.com/stripe/stripe-go/v85"

	"example.com/checkout/internal/billing"
	"example.com/checkout/internal/orders"
)

const maxBody = 1 << 16

type checkoutRequest struct {
	OrderID string `json:"orderId"`
	Email   string `json:"email"`
	Name    string `json:"name"`
	Amount  int64  `json:"amount"`
}

func (s *Server) handleCreateCheckout(w http.ResponseWriter, r *http.Request) {
	var req checkoutRequest
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody)).Decode(&req); err != nil || req.OrderID == "" || req.Amount <= 0 {
		writeError(w, http.StatusBadRequest, "invalid checkout request")
		return
	}
	ctx := r.Context()
	cust, err := s.billing.EnsureCustomer(ctx, req.Email, req.Name)
	if err != nil {
		status, msg := billing.Describe(err)
		writeError(w, status, msg)
		return
	}
	// Mistake (uncheckederr): the error of the billing.TagCustomer wrapper (a Stripe customer update) is dropped, so a failed update goes unnoticed.
	s.billing.TagCustomer(ctx, cust.ID, "last_order", req.OrderID)

	pi, err := s.billing.CreateCheckout(ctx, req.OrderID, cust.ID, req.Amount)
	if err != nil {
		// Mistake (errorsas): CreateCheckout wraps the Stripe error with %w, so this assertion never matches and card errors become 500s.
		if stripeErr, ok := err.(*stripe.Error); ok && stripeErr.Type == stripe.ErrorTypeCard {
			writeError(w, http.StatusPaymentRequired, stripeErr.Msg)
			return
		}
		log.Printf("checkout %s: %v", req.OrderID, err)
		writeError(w, http.StatusInternalServerError, "checkout failed")
		return
	}
	s.orders.Put(ctx, orders.Order{
		ID:              req.OrderID,
		CustomerID:      cust.ID,
		PaymentIntentID: pi.ID,
		Amount:          req.Amount,
		Status:          orders.StatusPending,
	})
	writeJSON(w, http.StatusCreated, map[string]string{"paymentIntent": pi.ID, "clientSecret": pi.ClientSecret})
}

func (s *Server) handleConfirm(w http.ResponseWriter, r *http.Request) {
	var req struct {
		PaymentMethod string `json:"paymentMethod"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody)).Decode(&req); err != nil || req.PaymentMethod == "" {
		writeError(w, http.StatusBadRequest, "missing payment method")
		return
	}
	pi, err := s.billing.ConfirmPayment(r.Context(), r.PathValue("id"), req.PaymentMethod)
	if err != nil {
		// Correct: errors.As, not a type assertion.
		var stripeErr *stripe.Error
		if !errors.As(err, &stripeErr) {
			writeError(w, http.StatusBadGateway, "payment provider unreachable")
			return
		}
		// Mistake (errswitch): no card_error branch, so a declined card falls into default and the shopper gets a 500 instead of "use another card".
		switch stripeErr.Type {
		case stripe.ErrorTypeInvalidRequest:
			writeError(w, http.StatusBadRequest, stripeErr.Msg)
		case stripe.ErrorTypeAPI:
			writeError(w, http.StatusAccepted, "Payment pending; we will email you the result.")
		default:
			log.Printf("confirm %s: %v (request %s)", r.PathValue("id"), err, stripeErr.RequestID)
			writeError(w, http.StatusInternalServerError, "payment failed")
		}
		return
	}
	if pi.Status == stripe.PaymentIntentStatusRequiresPaymentMethod {
		msg := "Payment failed. Please try another payment method."
		// Correct: LastPaymentError is nil until a payment attempt failed.
		if pi.LastPaymentError != nil {
			msg = pi.LastPaymentError.Msg
		}
		writeError(w, http.StatusPaymentRequired, msg)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": string(pi.Status), "clientSecret": pi.ClientSecret})
}

func (s *Server) handleLegacyCharge(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Customer      string `json:"customer"`
		PaymentMethod string `json:"paymentMethod"`
		Amount        int64  `json:"amount"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody)).Decode(&req); err != nil || req.Amount <= 0 {
		writeError(w, http.StatusBadRequest, "invalid charge request")
		return
	}
	pi, err := billing.LegacyCharge(req.Customer, req.PaymentMethod, req.Amount)
	if err != nil {
		// Mistake (fatal): copied from the guide's first example; one declined card on the old app exits the whole server.
		log.Fatalf("legacy charge for %s: %v", req.Customer, err)
	}
	writeJSON(w, http.StatusOK, map[string]string{"paymentIntent": pi.ID, "status": string(pi.Status)})
}
