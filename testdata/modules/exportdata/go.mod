// Fixtures of analyzer/suite's TestUnitcheckerMatchesChecker for what the
// type checker knows of the SDK's root package in a package that does not
// import it: under go vet (unitchecker), only what the export data of the
// packages it imports mentions; under the standalone driver, the whole
// package when another package of the load imports it.
module example.com/exportdatafixtures

go 1.26.0

require github.com/stripe/stripe-go/v72 v72.122.0
