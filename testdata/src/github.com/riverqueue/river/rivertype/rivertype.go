// Package rivertype is a stub of github.com/riverqueue/river/rivertype
// v0.51.2 for the fixtures: the declarations they use, copied from the
// real package.
package rivertype

// JobRow contains the properties of a job that are persisted to the
// database.
type JobRow struct {
	// ID of the job. Generated as part of a Postgres sequence and generally
	// ascending in nature, but there may be gaps in it as transactions roll
	// back.
	ID int64

	// Attempt is the attempt number of the job. Jobs are inserted at 0, the
	// number is incremented to 1 the first time work its worked, and may
	// increment further if it errors.
	Attempt int

	// Kind uniquely identifies the type of job and instructs which worker
	// should work it.
	Kind string
}
