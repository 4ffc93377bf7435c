package stripesdk

// Job handlers: the code a job queue runs, and runs again when it fails
// (at-least-once delivery), for the rules that treat it specially
// (retrykey's redelivery category). One table of shapes, like handlers.go
// for request handlers:
//
//   - asynq (github.com/hibiken/asynq): func(context.Context, *asynq.Task)
//     error, the signature of asynq.HandlerFunc and of Handler's
//     ProcessTask, which is all a ServeMux runs;
//   - river (github.com/riverqueue/river): func(context.Context,
//     *river.Job[T]) error, a Worker's Work method and river.WorkFunc's
//     argument;
//   - Temporal (go.temporal.io/sdk): activities are any function, so they
//     are recognised by their registration (RegistersActivities) or by
//     their use of the activity package (IsActivityAPI).
//
// Queues are recognised by the import path of their package and the
// identity of their types, never by the name a file gives them.

import (
	"go/types"

	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// A JobQueue is the job queue a job handler is written for.
type JobQueue uint8

// The job queues whose handlers the model recognises.
const (
	NoQueue  JobQueue = iota
	Asynq             // github.com/hibiken/asynq
	River             // github.com/riverqueue/river
	Temporal          // go.temporal.io/sdk activities
)

// Import paths of the job queues' packages.
const (
	asynqPath            = "github.com/hibiken/asynq"
	riverPath            = "github.com/riverqueue/river"
	temporalWorkerPath   = "go.temporal.io/sdk/worker"
	temporalActivityPath = "go.temporal.io/sdk/activity"
)

func (q JobQueue) String() string {
	switch q {
	case Asynq:
		return "asynq"
	case River:
		return "river"
	case Temporal:
		return "temporal"
	}
	return "none"
}

// A JobHandler describes the signature of a job handler.
type JobHandler struct {
	Queue JobQueue
	// Job is the index of the parameter holding the job: the
	// *asynq.Task, the *river.Job[T].
	Job int
}

// JobHandlerOf reports whether sig is the signature of a job handler of a
// queue the model knows by signature (asynq, river), and which.
func JobHandlerOf(sig *types.Signature) (JobHandler, bool) {
	params, results := sig.Params(), sig.Results()
	if params.Len() != 2 || results.Len() != 1 || !gocode.IsError(results.At(0).Type()) || !gocode.IsContext(params.At(0).Type()) {
		return JobHandler{}, false
	}
	switch job := params.At(1).Type(); {
	case isNamed(job, asynqPath, "Task", true):
		return JobHandler{Queue: Asynq, Job: 1}, true
	case isNamed(job, riverPath, "Job", true):
		return JobHandler{Queue: River, Job: 1}, true
	}
	return JobHandler{}, false
}

// RegistersActivities reports whether fn registers Temporal activities
// (its first argument): the RegisterActivity and
// RegisterActivityWithOptions methods of worker.ActivityRegistry, which
// worker.Worker embeds. The argument is an activity function, or a
// pointer to a struct whose exported methods are all activities.
func RegistersActivities(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != temporalWorkerPath {
		return false
	}
	recv := recvNamed(fn)
	return recv != nil && recv.Name() == "ActivityRegistry" &&
		(fn.Name() == "RegisterActivity" || fn.Name() == "RegisterActivityWithOptions")
}

// IsActivityAPI reports whether fn is a function of Temporal's activity
// package that reads the activity of its context (activity.GetInfo,
// GetLogger, RecordHeartbeat, …): only an activity calls them with its own
// context.
func IsActivityAPI(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != temporalActivityPath || fn.Signature().Recv() != nil {
		return false
	}
	params := fn.Signature().Params()
	return params.Len() > 0 && gocode.IsContext(params.At(0).Type())
}
