package stripesdk

// apitable.go is generated from the SDK source of every major (needs the module proxy).
//go:generate go run ./internal/genapitable -o apitable.go
