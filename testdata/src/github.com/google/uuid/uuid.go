// Package uuid is a stub of github.com/google/uuid (v1.6.0) for
// analysistest fixtures: only what the fixtures use, with the real
// declarations.
package uuid

// A UUID is a 128 bit (16 byte) Universal Unique IDentifier as defined in RFC
// 4122.
type UUID [16]byte

// String returns the string form of uuid, xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
// , or "" if uuid is invalid.
func (uuid UUID) String() string { return "" }

// New creates a new random UUID or panics.  New is equivalent to
// the expression
//
//	uuid.Must(uuid.NewRandom())
func New() UUID { return UUID{} }

// NewString creates a new random UUID and returns it as a string or panics.
// NewString is equivalent to the expression
//
//	uuid.New().String()
func NewString() string { return "" }

// NewSHA1 returns a new SHA1 (Version 5) UUID based on the
// supplied name space and data.  It is the same as calling:
//
//	NewHash(sha1.New(), space, data, 5)
func NewSHA1(space UUID, data []byte) UUID { return UUID{} }
