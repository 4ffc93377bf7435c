// Package stripe is a stub of github.com/stripe/stripe-go/v85 for analysistest fixtures: only what the fixtures use, with the real declarations.
package stripe

// Client is the Stripe client. It contains all the different services available.
type Client struct {
	// V1Charges is the service used to invoke /v1/charges APIs.
	V1Charges *v1ChargeService

	// V1Customers is the service used to invoke /v1/customers APIs.
	V1Customers *v1CustomerService

	// V1Events is the service used to invoke /v1/events APIs.
	V1Events *v1EventService

	// V1Invoices is the service used to invoke /v1/invoices APIs.
	V1Invoices *v1InvoiceService

	// V1PaymentIntents is the service used to invoke /v1/payment_intents APIs.
	V1PaymentIntents *v1PaymentIntentService

	// V1Payouts is the service used to invoke /v1/payouts APIs.
	V1Payouts *v1PayoutService

	// V1Refunds is the service used to invoke /v1/refunds APIs.
	V1Refunds *v1RefundService

	// V1SetupIntents is the service used to invoke /v1/setup_intents APIs.
	V1SetupIntents *v1SetupIntentService

	// V1Subscriptions is the service used to invoke /v1/subscriptions APIs.
	V1Subscriptions *v1SubscriptionService

	// V2CoreEvents is the service used to invoke /v2/core/events APIs.
	V2CoreEvents *v2CoreEventService
}

// NewClient creates a new Stripe [Client] with the given API key.
func NewClient(key string, opts ...ClientOption) *Client {
	return nil
}

type clientConfig struct {
	backends *Backends
	usage    []string
	key      string
}

// ClientOption allows for functional options to be passed to the NewClient constructor.
type ClientOption func(*clientConfig)

// WithBackends allows for setting a custom [*Backends] struct when creating a new client.
// This is useful for testing or when you want to use a different backend constructed
// from [NewBackendsWithConfig].
func WithBackends(backends *Backends) ClientOption {
	return func(c *clientConfig) {
		c.backends = backends
	}
}

// ParseEventNotification parses a Stripe event from the payload and verifies its signature.
// It returns a union of all possible event notification types that implement EventNotificationContainer.
func (c *Client) ParseEventNotification(payload []byte, header string, secret string, opts ...WebhookOption) (EventNotificationContainer, error) {
	return nil, nil
}

// ConstructEvent initializes an Event object from a JSON webhook payload, validating
// the Stripe-Signature header using the specified signing secret. Returns an error
// if the body or Stripe-Signature header provided are unreadable, if the
// signature doesn't match, or if the timestamp for the signature is older than
// WebhookDefaultTolerance.
//
// NOTE: Stripe will only send Webhook signing headers after you have retrieved
// your signing secret from the Stripe dashboard:
// https://dashboard.stripe.com/webhooks
//
// This will return an error if the event API version does not match the
// APIVersion constant.
func (c *Client) ConstructEvent(payload []byte, header string, secret string, opts ...WebhookOption) (Event, error) {
	return ConstructEvent(payload, header, secret, opts...)
}
