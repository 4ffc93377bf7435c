package temporal

import (
	"context"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/customer"
	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/worker"
)

// Customers is a service of another layer, behind an interface.
type Customers interface {
	Create(email string) (*stripe.Customer, error)
}

// Port registers its unexported methods by method value.
type Port struct {
	customers Customers
}

func (p *Port) Register(r worker.ActivityRegistry) {
	r.RegisterActivityWithOptions(p.createCustomer, activity.RegisterOptions{Name: "CreateCustomer"})
	r.RegisterActivityWithOptions(p.createThroughInterface, activity.RegisterOptions{Name: "CreateThroughInterface"})
}

func (p *Port) createCustomer(ctx context.Context, email string) (*stripe.Customer, error) {
	return customer.New(&stripe.CustomerParams{Email: stripe.String(email)}) // want `customer.New in a temporal activity has no stable idempotency key: activities are retried, set one from activity.GetInfo`
}

// createThroughInterface creates a customer through an interface method:
// the implementation is not known here (a limit of the analysis).
func (p *Port) createThroughInterface(ctx context.Context, email string) (*stripe.Customer, error) {
	return p.customers.Create(email) // silent: an interface method is not followed
}
