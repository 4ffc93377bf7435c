// Package river is a stub of github.com/riverqueue/river v0.51.2 for the
// fixtures: the declarations they use, copied from the real package.
package river

import (
	"context"

	"github.com/riverqueue/river/rivertype"
)

// Job represents a single unit of work, holding both the arguments and
// information for a job with args of type T.
type Job[T JobArgs] struct {
	*rivertype.JobRow

	// Args are the arguments for the job.
	Args T
}

// JobArgs is an interface that represents the arguments for a job of type T.
type JobArgs interface {
	// Kind is a string that uniquely identifies the type of job.
	Kind() string
}

// Worker is an interface that can perform a job with args of type T.
type Worker[T JobArgs] interface {
	// Work performs the job and returns an error if the job failed.
	Work(ctx context.Context, job *Job[T]) error
}

// WorkerDefaults is an empty struct that can be embedded in your worker
// struct to make it fulfill the Worker interface with default values.
type WorkerDefaults[T JobArgs] struct{}

// Workers is a list of available job workers.
type Workers struct {
	workersMap map[string]any
}

// NewWorkers initializes a new registry of available job workers.
func NewWorkers() *Workers {
	return &Workers{workersMap: make(map[string]any)}
}

// AddWorker registers a Worker on the provided Workers bundle.
func AddWorker[T JobArgs](workers *Workers, worker Worker[T]) {
	workers.workersMap[(*new(T)).Kind()] = worker
}

// WorkFunc wraps a function to implement the Worker interface.
func WorkFunc[T JobArgs](f func(context.Context, *Job[T]) error) Worker[T] {
	return nil
}
