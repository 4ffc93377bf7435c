// Package literals runs enumvalue with -literals: literals that spell a
// declared value are reported too, and replaced by the constant.
package literals

import (
	"log"

	sdk "github.com/stripe/stripe-go/v85"
)

func classify(se *sdk.Error) {
	if se.Code == "card_declined" { // want `"card_declined" is the value of stripe.ErrorCodeCardDeclined \(compare with the constant\)`
		log.Print(se.DeclineCode)
	}
	if se.Type == sdk.ErrorTypeCard { // silent: already the constant
		log.Print("card")
	}
	if string(se.Type) == "card_error" { // silent: through a conversion to string, the constant would need one too
		log.Print("card")
	}
	if se.Code == "" { // silent: the empty string means "no code"
		log.Print("no code")
	}
}
