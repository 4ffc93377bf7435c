module example.com/v84fixtures

go 1.26.0

require github.com/stripe/stripe-go/v84 v84.1.0
