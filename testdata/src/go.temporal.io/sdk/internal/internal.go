// Package internal is a stub of go.temporal.io/sdk/internal v1.51.0 for
// the fixtures: the declarations they use, copied from the real package.
package internal

type (
	// ActivityInfo contains information about a currently executing activity.
	ActivityInfo struct {
		// Execution details of the workflow that started this activity.
		WorkflowExecution WorkflowExecution
		// ActivityID is the ID of the activity.
		ActivityID string
		// Attempt starts from 1 and increased by 1 for every retry if retry policy is specified.
		Attempt int32
	}

	// WorkflowExecution details.
	WorkflowExecution struct {
		// ID is the identifier of the workflow execution.
		ID string
		// RunID is the run identifier of the workflow execution.
		RunID string
	}

	// RegisterActivityOptions consists of options for registering an activity.
	RegisterActivityOptions struct {
		Name string
	}
)
