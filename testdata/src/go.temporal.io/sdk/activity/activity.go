// Package activity is a stub of go.temporal.io/sdk/activity v1.51.0 for
// the fixtures: the declarations they use, copied from the real package.
package activity

import (
	"context"

	"go.temporal.io/sdk/internal"
)

type (
	// Info contains information about a currently executing activity.
	Info = internal.ActivityInfo

	// RegisterOptions consists of options for registering an activity.
	RegisterOptions = internal.RegisterActivityOptions
)

// GetInfo returns information about the currently executing activity.
func GetInfo(ctx context.Context) Info {
	return Info{}
}

// RecordHeartbeat sends a heartbeat for the currently executing activity.
func RecordHeartbeat(ctx context.Context, details ...any) {}
