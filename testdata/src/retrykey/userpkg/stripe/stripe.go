// Package stripe is the user's own package that happens to share the SDK
// root package's name: messages name its functions by their path.
package stripe

// Do calls fn until it succeeds, at most three times.
func Do(fn func() error) error { // want Do:"retryHelper\\(0\\)"
	var err error
	for range 3 {
		if err = fn(); err == nil {
			return nil
		}
	}
	return err
}
