module example.com/stubcheck

go 1.26.0

require (
	github.com/stripe/stripe-go/v72 v72.122.0
	github.com/stripe/stripe-go/v85 v85.0.0
)
