// Package worker is a stub of go.temporal.io/sdk/worker v1.51.0 for the
// fixtures: the declarations they use, copied from the real package.
package worker

import "go.temporal.io/sdk/activity"

type (
	// Worker hosts workflow and activity implementations.
	// Use worker.New(...) to create an instance.
	Worker interface {
		Registry

		// Start the worker in a non-blocking fashion.
		Start() error
	}

	// Registry exposes registration functions to consumers.
	Registry interface {
		ActivityRegistry
	}

	// ActivityRegistry exposes activity registration functions to consumers.
	ActivityRegistry interface {
		// RegisterActivity - register an activity function or a pointer to a structure with the worker.
		RegisterActivity(a any)

		// RegisterActivityWithOptions registers the activity function or struct pointer with options.
		RegisterActivityWithOptions(a any, options activity.RegisterOptions)
	}
)
