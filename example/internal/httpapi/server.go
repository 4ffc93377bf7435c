// Package httpapi serves the checkout API the storefront calls.
package httpapi

import (
	"encoding/json"
	"log"
	"net/http"
	"time"

	"example.com/checkout/internal/billing"
	"example.com/checkout/internal/orders"
)

// Server holds the handlers' dependencies.
type Server struct {
	billing        *billing.Service
	orders         *orders.Store
	publishableKey string
}

// New returns a Server. publishableKey is handed to the browser, which
// needs it for Stripe.js.
func New(b *billing.Service, o *orders.Store, publishableKey string) *Server {
	return &Server{billing: b, orders: o, publishableKey: publishableKey}
}

// Routes registers the API on a new mux.
func (s *Server) Routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /config", s.handleConfig)
	mux.HandleFunc("POST /checkout", s.handleCreateCheckout)
	mux.HandleFunc("POST /checkout/{id}/confirm", s.handleConfirm)
	mux.HandleFunc("POST /payments/{id}/refund", s.handleRefund)
	mux.HandleFunc("GET /customers/{id}/payments", s.handleListPayments)
	mux.HandleFunc("GET /payments/{id}/refunds", s.handleListRefunds)
	mux.HandleFunc("POST /legacy/charge", s.handleLegacyCharge)
	mux.HandleFunc("GET /admin/customers.csv", s.handleExportCustomers)
	mux.HandleFunc("GET /admin/signups", s.handleSignups)
	return mux
}

func (s *Server) handleConfig(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"publishableKey": s.publishableKey})
}

func (s *Server) handleExportCustomers(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/csv")
	if err := billing.ExportCustomers(w); err != nil {
		log.Printf("httpapi: export customers: %v", err)
	}
}

func (s *Server) handleSignups(w http.ResponseWriter, _ *http.Request) {
	since := time.Now().AddDate(0, 0, -7).Unix()
	writeJSON(w, http.StatusOK, map[string]int{"lastWeek": billing.CountCustomersSince(since)})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	if err := json.NewEncoder(w).Encode(v); err != nil {
		log.Printf("httpapi: write response: %v", err)
	}
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}
