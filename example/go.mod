module example.com/checkout

go 1.26.0

require github.com/stripe/stripe-go/v85 v85.0.0
