module example.com/v72fixtures

go 1.26.0

require github.com/stripe/stripe-go/v72 v72.122.0
