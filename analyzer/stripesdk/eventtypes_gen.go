package stripesdk

// eventtypes.go is generated from the SDK source of the releases the
// real-SDK fixture modules pin (needs the module cache or the proxy).
//go:generate go run ./internal/geneventtypes -o eventtypes.go
