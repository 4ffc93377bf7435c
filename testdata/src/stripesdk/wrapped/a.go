// Package wrapped exercises stripesdk.ErrorFlow.MayBeWrapped: each probe(x) call is
// reported as "wrapped" when the model says x may be a wrapped error.
package wrapped

import (
	"context"
	"errors"
	"fmt"

	stripe "github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/refund"

	"stripesdk/facts/billing"
)

func probe(error) {}

type holder struct{ err error }

func sources(ctx context.Context, c *billing.Client, param error, h holder, unknown func() error) {
	_, direct := refund.New(nil)
	probe(direct) // not wrapped: the SDK returns its error as is

	_, viaWrapper := c.Charge(ctx, nil)
	probe(viaWrapper) // want "wrapped"

	_, asIs := c.Lookup(ctx, "cus_1")
	probe(asIs) // not wrapped: Lookup returns the SDK's error as is

	probe(billing.Refund(ctx, c, "pi_1")) // want "wrapped"

	probe(fmt.Errorf("charge: %w", direct)) // want "wrapped"
	probe(fmt.Errorf("charge: %v", direct)) // not wrapped: %v makes a new error
	probe(errors.Join(direct, param))       // want "wrapped"

	probe(param)     // not wrapped: a parameter, never assigned
	probe(h.err)     // not wrapped: a field
	probe(unknown()) // not wrapped: a function the model knows nothing about

	copied := viaWrapper
	probe(copied) // want "wrapped"

	var later error
	func() {
		later = fmt.Errorf("in a literal: %w", direct)
	}()
	probe(later) // want "wrapped"

	param2 := param
	param2 = fmt.Errorf("again: %w", param2)
	probe(param2) // want "wrapped"

	var s *stripe.Error
	probe(s) // not wrapped: a *stripe.Error itself

	overwritten := fmt.Errorf("charge: %w", direct)
	overwritten = errors.New("plain")
	probe(overwritten) // not wrapped: the wrapped error was overwritten (the answer follows the flow)

	maybe := param
	if param != nil {
		maybe = fmt.Errorf("on one path: %w", param)
	}
	probe(maybe) // want "wrapped"
}
