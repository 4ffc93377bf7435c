package handlers // want package:"stripeWrappers"

// Handlers fixture: calls wrappers of another package: a package that
// declares wrappers exports the package fact, and a wrapper of a wrapper
// is a wrapper.

import (
	"context"
	"fmt"

	"stripesdk/facts/billing"
)

func forward(ctx context.Context, c *billing.Client, id string) error { // want forward:`stripeWrapper\(billing.Refund POST\)`
	return billing.Refund(ctx, c, id)
}

func named(ctx context.Context, c *billing.Client, id string) (err error) { // want named:`stripeWrapper\(\(\*billing.Client\).Lookup GET\)`
	_, err = c.Lookup(ctx, id)
	return
}

func later(ctx context.Context, c *billing.Client, id string) error { // want later:`stripeWrapper\(handlers.laterStill GET\)`
	return laterStill(ctx, c, id) // declared below: the fixpoint finds it
}

func laterStill(ctx context.Context, c *billing.Client, id string) error { // want laterStill:`stripeWrapper\(\(\*billing.Client\).Lookup GET\)`
	_, err := c.Lookup(ctx, id)
	return fmt.Errorf("lookup %s: %w", id, err)
}

func notAWrapper(id string) error {
	return fmt.Errorf("bad id %q", id)
}
