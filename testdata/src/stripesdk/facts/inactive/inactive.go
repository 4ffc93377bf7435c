// Package inactive imports neither the SDK nor a package with wrappers:
// the model does no work here, and no facts are exported.
package inactive

import "errors"

func Get(id string) error {
	return errors.New(id)
}
