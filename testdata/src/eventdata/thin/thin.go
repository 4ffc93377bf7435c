// Package thin exercises eventdata on the data of v2 (thin) events,
// decoded by hand from a stripe.V2CoreRawEvent.
package thin

import (
	"encoding/json"

	stripe "github.com/stripe/stripe-go/v85"
)

type meterError struct {
	Reason string `json:"reason"`
}

func dropped(ev *stripe.V2CoreRawEvent) (string, error) {
	var d meterError
	json.Unmarshal(*ev.Data, &d) // want `error decoding event data is not checked`
	return d.Reason, nil
}

func checked(ev *stripe.V2CoreRawEvent) (string, error) {
	var d meterError
	if err := json.Unmarshal(*ev.Data, &d); err != nil {
		return "", err
	}
	return d.Reason, nil
}
