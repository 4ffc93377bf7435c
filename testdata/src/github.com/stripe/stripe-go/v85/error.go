// Package stripe is a stub of github.com/stripe/stripe-go/v85 for analysistest fixtures: only what the fixtures use, with the real declarations.
package stripe

import (
	"encoding/json"
)

// ErrorType is the list of allowed values for the error's type.
type ErrorType string

// List of values that ErrorType can take.
// errorTypes: The beginning of the section generated from our OpenAPI spec
const (
	ErrorTypeAPI            ErrorType = "api_error"
	ErrorTypeCard           ErrorType = "card_error"
	ErrorTypeIdempotency    ErrorType = "idempotency_error"
	ErrorTypeInvalidRequest ErrorType = "invalid_request_error"

	// V2 error types
	ErrorTypeRateLimit               ErrorType = "rate_limit"
	ErrorTypeTemporarySessionExpired ErrorType = "temporary_session_expired"
)

// DeclineCode is the list of reasons provided by card issuers for decline of payment.
type DeclineCode string

// ErrorCode is the list of allowed values for the error's code.
type ErrorCode string

// List of values that ErrorCode can take.
// For descriptions see https://stripe.com/docs/error-codes
// v1ErrorCodes: The beginning of the section generated from our OpenAPI spec
const (
	ErrorCodeAmountTooLarge                     ErrorCode = "amount_too_large"
	ErrorCodeAmountTooSmall                     ErrorCode = "amount_too_small"
	ErrorCodeAPIKeyExpired                      ErrorCode = "api_key_expired"
	ErrorCodeAuthenticationRequired             ErrorCode = "authentication_required"
	ErrorCodeBalanceInsufficient                ErrorCode = "balance_insufficient"
	ErrorCodeCardDeclineRateLimitExceeded       ErrorCode = "card_decline_rate_limit_exceeded"
	ErrorCodeCardDeclined                       ErrorCode = "card_declined"
	ErrorCodeChargeAlreadyCaptured              ErrorCode = "charge_already_captured"
	ErrorCodeChargeAlreadyRefunded              ErrorCode = "charge_already_refunded"
	ErrorCodeChargeDisputed                     ErrorCode = "charge_disputed"
	ErrorCodeChargeExpiredForCapture            ErrorCode = "charge_expired_for_capture"
	ErrorCodeCountryUnsupported                 ErrorCode = "country_unsupported"
	ErrorCodeCouponExpired                      ErrorCode = "coupon_expired"
	ErrorCodeEmailInvalid                       ErrorCode = "email_invalid"
	ErrorCodeExpiredCard                        ErrorCode = "expired_card"
	ErrorCodeIdempotencyKeyInUse                ErrorCode = "idempotency_key_in_use"
	ErrorCodeIncorrectAddress                   ErrorCode = "incorrect_address"
	ErrorCodeIncorrectCVC                       ErrorCode = "incorrect_cvc"
	ErrorCodeIncorrectNumber                    ErrorCode = "incorrect_number"
	ErrorCodeIncorrectZip                       ErrorCode = "incorrect_zip"
	ErrorCodeInvalidCardType                    ErrorCode = "invalid_card_type"
	ErrorCodeInvalidCVC                         ErrorCode = "invalid_cvc"
	ErrorCodeInvalidExpiryMonth                 ErrorCode = "invalid_expiry_month"
	ErrorCodeInvalidExpiryYear                  ErrorCode = "invalid_expiry_year"
	ErrorCodeInvalidNumber                      ErrorCode = "invalid_number"
	ErrorCodeLivemodeMismatch                   ErrorCode = "livemode_mismatch"
	ErrorCodeLockTimeout                        ErrorCode = "lock_timeout"
	ErrorCodeMissing                            ErrorCode = "missing"
	ErrorCodeParameterInvalidEmpty              ErrorCode = "parameter_invalid_empty"
	ErrorCodeParameterInvalidInteger            ErrorCode = "parameter_invalid_integer"
	ErrorCodeParameterMissing                   ErrorCode = "parameter_missing"
	ErrorCodeParameterUnknown                   ErrorCode = "parameter_unknown"
	ErrorCodePaymentIntentAuthenticationFailure ErrorCode = "payment_intent_authentication_failure"
	ErrorCodePaymentIntentPaymentAttemptFailed  ErrorCode = "payment_intent_payment_attempt_failed"
	ErrorCodePaymentIntentUnexpectedState       ErrorCode = "payment_intent_unexpected_state"
	ErrorCodeProcessingError                    ErrorCode = "processing_error"
	ErrorCodeRateLimit                          ErrorCode = "rate_limit"
	ErrorCodeResourceAlreadyExists              ErrorCode = "resource_already_exists"
	ErrorCodeResourceMissing                    ErrorCode = "resource_missing"
	ErrorCodeSecretKeyRequired                  ErrorCode = "secret_key_required"
	ErrorCodeSetupAttemptFailed                 ErrorCode = "setup_attempt_failed"
	ErrorCodeSetupIntentAuthenticationFailure   ErrorCode = "setup_intent_authentication_failure"
	ErrorCodeTestmodeChargesOnly                ErrorCode = "testmode_charges_only"
	ErrorCodeTLSVersionUnsupported              ErrorCode = "tls_version_unsupported"
)

// List of DeclineCode values.
// For descriptions see https://stripe.com/docs/declines/codes
const (
	DeclineCodeAuthenticationRequired DeclineCode = "authentication_required"
	DeclineCodeCallIssuer             DeclineCode = "call_issuer"
	DeclineCodeCardNotSupported       DeclineCode = "card_not_supported"
	DeclineCodeCardVelocityExceeded   DeclineCode = "card_velocity_exceeded"
	DeclineCodeDoNotHonor             DeclineCode = "do_not_honor"
	DeclineCodeDoNotTryAgain          DeclineCode = "do_not_try_again"
	DeclineCodeExpiredCard            DeclineCode = "expired_card"
	DeclineCodeFraudulent             DeclineCode = "fraudulent"
	DeclineCodeGenericDecline         DeclineCode = "generic_decline"
	DeclineCodeIncorrectCVC           DeclineCode = "incorrect_cvc"
	DeclineCodeInsufficientFunds      DeclineCode = "insufficient_funds"
	DeclineCodeLostCard               DeclineCode = "lost_card"
	DeclineCodeProcessingError        DeclineCode = "processing_error"
	DeclineCodeStolenCard             DeclineCode = "stolen_card"
	DeclineCodeTestModeDecline        DeclineCode = "testmode_decline"
	DeclineCodeTryAgainLater          DeclineCode = "try_again_later"
)

// Error is the response returned when a call is unsuccessful.
// For more details see https://stripe.com/docs/api#errors.
type Error struct {
	APIResource

	ChargeID    string      `json:"charge,omitempty"`
	Code        ErrorCode   `json:"code,omitempty"`
	DeclineCode DeclineCode `json:"decline_code,omitempty"`
	DocURL      string      `json:"doc_url,omitempty"`

	// Err contains an internal error with an additional level of granularity
	// that can be used in some cases to get more detailed information about
	// what went wrong. For example, Err may hold a CardError that indicates
	// exactly what went wrong during charging a card.
	Err error `json:"-"`

	HTTPStatusCode    int               `json:"status,omitempty"`
	Msg               string            `json:"message"`
	DeveloperMsg      string            `json:"developer_message,omitempty"`
	Param             string            `json:"param,omitempty"`
	PaymentIntent     *PaymentIntent    `json:"payment_intent,omitempty"`
	PaymentMethod     *PaymentMethod    `json:"payment_method,omitempty"`
	PaymentMethodType PaymentMethodType `json:"payment_method_type,omitempty"`
	RequestID         string            `json:"request_id,omitempty"`
	RequestLogURL     string            `json:"request_log_url,omitempty"`
	SetupIntent       *SetupIntent      `json:"setup_intent,omitempty"`
	Source            *PaymentSource    `json:"source,omitempty"`
	Type              ErrorType         `json:"type"`

	// OAuth specific Error properties. Named OAuthError because of name conflict.
	OAuthError            string `json:"error,omitempty"`
	OAuthErrorDescription string `json:"error_description,omitempty"`
}

// Error serializes the error object to JSON and returns it as a string.
func (e *Error) Error() string {
	ret, _ := json.Marshal(e)
	return string(ret)
}

// Unwrap returns the wrapped typed error.
func (e *Error) Unwrap() error {
	return e.Err
}

// APIError is a catch all for any errors not covered by other types (and
// should be extremely uncommon).
type APIError struct {
	stripeErr *Error
}

// Error serializes the error object to JSON and returns it as a string.
func (e *APIError) Error() string {
	return e.stripeErr.Error()
}

// CardError are the most common type of error you should expect to handle.
// They result when the user enters a card that can't be charged for some
// reason.
type CardError struct {
	stripeErr *Error
	// DeclineCode is a code indicating a card issuer's reason for declining a
	// card (if they provided one).
	DeclineCode DeclineCode `json:"decline_code,omitempty"`
}

// Error serializes the error object to JSON and returns it as a string.
func (e *CardError) Error() string {
	return e.stripeErr.Error()
}

// InvalidRequestError is an error that occurs when a request contains invalid
// parameters.
type InvalidRequestError struct {
	stripeErr *Error
}

// Error serializes the error object to JSON and returns it as a string.
func (e *InvalidRequestError) Error() string {
	return e.stripeErr.Error()
}

// IdempotencyError occurs when an Idempotency-Key is re-used on a request
// that does not match the first request's API endpoint and parameters.
type IdempotencyError struct {
	stripeErr *Error
}

// Error serializes the error object to JSON and returns it as a string.
func (e *IdempotencyError) Error() string {
	return e.stripeErr.Error()
}

// RateLimitError is the Go struct corresponding to the error type "rate_limit".
// Account cannot exceed a configured concurrency rate limit on updates.
type RateLimitError struct {
	APIResource
	Code        string    `json:"code"`
	DocURL      *string   `json:"doc_url,omitempty"`
	Message     string    `json:"message"`
	Type        ErrorType `json:"type"`
	UserMessage *string   `json:"user_message,omitempty"`
}

// Error serializes the error object to JSON and returns it as a string.
func (e *RateLimitError) Error() string {
	ret, _ := json.Marshal(e)
	return string(ret)
}

// TemporarySessionExpiredError is the Go struct corresponding to the error type "temporary_session_expired".
// The temporary session token has expired.
type TemporarySessionExpiredError struct {
	APIResource
	Code        string    `json:"code"`
	DocURL      *string   `json:"doc_url,omitempty"`
	Message     string    `json:"message"`
	Type        ErrorType `json:"type"`
	UserMessage *string   `json:"user_message,omitempty"`
}

// Error serializes the error object to JSON and returns it as a string.
func (e *TemporarySessionExpiredError) Error() string {
	ret, _ := json.Marshal(e)
	return string(ret)
}

// V2RawError is a catch-all for any errors not covered by other types
type V2RawError struct {
	Code        string     `json:"code"`
	Type        *ErrorType `json:"type,omitempty"`
	Message     string     `json:"message"`
	UserMessage *string    `json:"user_message,omitempty"`
	// HTTPStatusCode is the HTTP status code of the response returned by Stripe.
	HTTPStatusCode int `json:"status,omitempty"`
	// RequestID is the ID of the request, as returned by Stripe.
	RequestID string `json:"request_id,omitempty"`
}

func (e *V2RawError) Error() string {
	ret, _ := json.Marshal(e)
	return string(ret)
}
