// Package fixes holds the shapes for which nilresult offers no fix, and
// some for which it does.
package fixes

import (
	"fmt"
	"log"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/paymentintent"
)

// Fixed: the check moves above the first read, past several statements.
func moved(p *stripe.PaymentIntentParams) (map[string]string, error) {
	pi, err := paymentintent.New(p)
	out := map[string]string{}
	out["id"] = pi.ID // want `pi.ID read before the error of paymentintent.New is checked: check err first`
	out["secret"] = pi.ClientSecret
	if err != nil {
		// The call failed.
		return nil, fmt.Errorf("create: %w", err)
	}
	return out, nil
}

// No fix: the check uses a name the statements it would jump over declare.
func usesDeclared(p *stripe.PaymentIntentParams) (string, error) {
	pi, err := paymentintent.New(p)
	id := pi.ID // want `pi.ID read before the error of paymentintent.New is checked: check err first`
	if err != nil {
		return id, err
	}
	return id, nil
}

// No fix: the check uses a variable the statements it would jump over assign.
func usesAssigned(p *stripe.PaymentIntentParams) (string, error) {
	msg := ""
	pi, err := paymentintent.New(p)
	msg = pi.ID // want `pi.ID read before the error of paymentintent.New is checked: check err first`
	if err != nil {
		return msg, err
	}
	return msg, nil
}

// No fix: a defer would no longer be registered on failure.
func deferred(p *stripe.PaymentIntentParams) error {
	pi, err := paymentintent.New(p)
	defer log.Print(pi.ID) // want `pi.ID read before the error of paymentintent.New is checked: check err first`
	if err != nil {
		return err
	}
	return nil
}

// No fix: the check has an else.
func withElse(p *stripe.PaymentIntentParams) error {
	pi, err := paymentintent.New(p)
	log.Print(pi.ID) // want `pi.ID read before the error of paymentintent.New is checked: check err first`
	if err != nil {
		return err
	} else {
		log.Print("ok")
	}
	return nil
}

// No fix: the check does not leave.
func noReturn(p *stripe.PaymentIntentParams) {
	pi, err := paymentintent.New(p)
	log.Print(pi.ID) // want `pi.ID read before the error of paymentintent.New is checked: check err first`
	if err != nil {
		log.Print(err)
	}
}

// No fix: the error is used before the check.
func usedBefore(p *stripe.PaymentIntentParams) error {
	pi, err := paymentintent.New(p)
	log.Print(pi.ID, err) // want `pi.ID read before the error of paymentintent.New is checked: check err first`
	if err != nil {
		return err
	}
	return nil
}

// No fix: the check is in another block.
func otherBlock(p *stripe.PaymentIntentParams, verbose bool) error {
	pi, err := paymentintent.New(p)
	log.Print(pi.ID) // want `pi.ID read before the error of paymentintent.New is checked: check err first`
	if verbose {
		if err != nil {
			return err
		}
	}
	return nil
}

// Fixed: the read is nested in a statement of the call's block, which
// the check moves above.
func readInBlock(p *stripe.PaymentIntentParams, verbose bool) error {
	pi, err := paymentintent.New(p)
	if verbose {
		log.Print(pi.ID) // want `pi.ID read before the error of paymentintent.New is checked: check err first`
	}
	if err != nil {
		return err
	}
	return nil
}

// No fix: a comment follows the check on its last line.
func trailingComment(p *stripe.PaymentIntentParams) error {
	pi, err := paymentintent.New(p)
	log.Print(pi.ID) // want `pi.ID read before the error of paymentintent.New is checked: check err first`
	if err != nil {
		return err
	} // done
	return nil
}

// No fix: the check holds a goto.
func withGoto(p *stripe.PaymentIntentParams, strict bool) error {
	pi, err := paymentintent.New(p)
	log.Print(pi.ID) // want `pi.ID read before the error of paymentintent.New is checked: check err first`
	if err != nil {
		if strict {
			goto fail
		}
		return nil
	}
	return nil
fail:
	return err
}
