package handlers // want package:"stripeWrappers"

// Handlers fixture: calls wrappers of another package: a package that
// declares wrappers exports the package fact, and a wrapper of a wrapper
// is a wrapper.

import (
	"context"
	"fmt"

	"stripesdk/facts/billing"
)

func forward(ctx context.Context, c *billing.Client, id string) error { // want forward:`stripeWrapper\(billing.Refund POST wraps\)`
	return billing.Refund(ctx, c, id)
}

func named(ctx context.Context, c *billing.Client, id string) (err error) { // want named:`stripeWrapper\(\(\*billing.Client\).Lookup GET\)`
	_, err = c.Lookup(ctx, id)
	return
}

func later(ctx context.Context, c *billing.Client, id string) error { // want later:`stripeWrapper\(handlers.laterStill GET wraps\)`
	return laterStill(ctx, c, id) // declared below: the fixpoint finds it
}

func laterStill(ctx context.Context, c *billing.Client, id string) error { // want laterStill:`stripeWrapper\(\(\*billing.Client\).Lookup GET wraps\)`
	_, err := c.Lookup(ctx, id)
	return fmt.Errorf("lookup %s: %w", id, err)
}

// early is a wrapper from its first return on; that its other return wraps
// is known only once wrapsBelow, declared below, is: facts are computed
// again until none changes.
func early(ctx context.Context, c *billing.Client, id string) error { // want early:`stripeWrapper\(\(\*billing.Client\).Lookup GET wraps\)`
	if id == "" {
		_, err := c.Lookup(ctx, id)
		return err
	}
	return wrapsBelow(ctx, c, id)
}

func wrapsBelow(ctx context.Context, c *billing.Client, id string) error { // want wrapsBelow:`stripeWrapper\(\(\*billing.Client\).Lookup GET wraps\)`
	_, err := c.Lookup(ctx, id)
	if err != nil {
		err = fmt.Errorf("lookup %s: %w", id, err) // the same variable, wrapped in place
	}
	return err
}

// asIs hands a non-wrapping wrapper's error on through a variable: no wraps.
func asIs(ctx context.Context, c *billing.Client, id string) error { // want asIs:`stripeWrapper\(\(\*billing.Client\).Lookup GET\)`
	_, err := c.Lookup(ctx, id)
	e := err
	return e
}

func notAWrapper(id string) error {
	return fmt.Errorf("bad id %q", id)
}
