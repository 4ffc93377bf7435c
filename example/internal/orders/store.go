// Package orders keeps the state of checkout orders; this in-memory store
// stands in for the Postgres table of the real service.
package orders

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// Status is the payment state of an order.
type Status string

const (
	StatusPending       Status = "pending"
	StatusPaid          Status = "paid"
	StatusFailed        Status = "failed"
	StatusRefunded      Status = "refunded"
	StatusRefundPending Status = "refund_pending" // retried by the nightly job
)

// Order is one checkout.
type Order struct {
	ID, CustomerID, PaymentIntentID string
	Amount                          int64
	Status                          Status
	FailureReason                   string
	CreatedAt                       time.Time
}

// Store is a concurrency-safe order table.
type Store struct {
	mu     sync.Mutex
	orders map[string]Order
}

// NewStore returns an empty store.
func NewStore() *Store { return &Store{orders: make(map[string]Order)} }

// Put inserts or replaces an order.
func (s *Store) Put(_ context.Context, o Order) {
	s.mu.Lock()
	defer s.mu.Unlock()
	o.CreatedAt = time.Now()
	s.orders[o.ID] = o
}

// SetStatus records the outcome of a payment.
func (s *Store) SetStatus(_ context.Context, id string, st Status, reason string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	o, ok := s.orders[id]
	if !ok {
		return fmt.Errorf("orders: unknown order %q", id)
	}
	o.Status, o.FailureReason = st, reason
	s.orders[id] = o
	return nil
}

// ByStatus returns the orders in a given state.
func (s *Store) ByStatus(_ context.Context, st Status) []Order {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Order
	for _, o := range s.orders {
		if o.Status == st {
			out = append(out, o)
		}
	}
	return out
}
