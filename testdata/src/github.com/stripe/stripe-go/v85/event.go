// Package stripe is a stub of github.com/stripe/stripe-go/v85 for analysistest fixtures: only what the fixtures use, with the real declarations.
package stripe

import (
	"encoding/json"
)

// Description of the event (for example, `invoice.created` or `charge.refunded`).
type EventType string

// List of values that EventType can take
const (
	EventTypeChargeDisputeCreated                 EventType = "charge.dispute.created"
	EventTypeChargeFailed                         EventType = "charge.failed"
	EventTypeChargeRefunded                       EventType = "charge.refunded"
	EventTypeChargeSucceeded                      EventType = "charge.succeeded"
	EventTypeCheckoutSessionAsyncPaymentFailed    EventType = "checkout.session.async_payment_failed"
	EventTypeCheckoutSessionAsyncPaymentSucceeded EventType = "checkout.session.async_payment_succeeded"
	EventTypeCheckoutSessionCompleted             EventType = "checkout.session.completed"
	EventTypeCheckoutSessionExpired               EventType = "checkout.session.expired"
	EventTypeCustomerSubscriptionCreated          EventType = "customer.subscription.created"
	EventTypeCustomerSubscriptionDeleted          EventType = "customer.subscription.deleted"
	EventTypeCustomerSubscriptionUpdated          EventType = "customer.subscription.updated"
	EventTypeInvoiceFinalizationFailed            EventType = "invoice.finalization_failed"
	EventTypeInvoicePaid                          EventType = "invoice.paid"
	EventTypeInvoicePaymentActionRequired         EventType = "invoice.payment_action_required"
	EventTypeInvoicePaymentFailed                 EventType = "invoice.payment_failed"
	EventTypeInvoicePaymentSucceeded              EventType = "invoice.payment_succeeded"
	EventTypePaymentIntentCanceled                EventType = "payment_intent.canceled"
	EventTypePaymentIntentPaymentFailed           EventType = "payment_intent.payment_failed"
	EventTypePaymentIntentProcessing              EventType = "payment_intent.processing"
	EventTypePaymentIntentRequiresAction          EventType = "payment_intent.requires_action"
	EventTypePaymentIntentSucceeded               EventType = "payment_intent.succeeded"
	EventTypePayoutFailed                         EventType = "payout.failed"
	EventTypeRefundFailed                         EventType = "refund.failed"
	EventTypeSetupIntentSetupFailed               EventType = "setup_intent.setup_failed"
	EventTypeSetupIntentSucceeded                 EventType = "setup_intent.succeeded"
)

// Snapshot events allow you to track and react to activity in your Stripe integration. When
// the state of another API resource changes, Stripe creates an `Event` object that contains
// all the relevant information associated with that action, including the affected API
// resource. For example, a successful payment triggers a `charge.succeeded` event, which
// contains the `Charge` in the event's data property. Some actions trigger multiple events.
// For example, if you create a new subscription for a customer, it triggers both a
// `customer.subscription.created` event and a `charge.succeeded` event.
//
// Configure an event destination in your account to listen for events that represent actions
// your integration needs to respond to. Additionally, you can retrieve an individual event or
// a list of events from the API.
//
// [Connect](https://docs.stripe.com/connect) platforms can also receive event notifications
// that occur in their connected accounts. These events include an account attribute that
// identifies the relevant connected account.
//
// You can access events through the [Retrieve Event API](https://docs.stripe.com/api/events#retrieve_event)
// for 30 days.
type Event struct {
	APIResource
	// The connected account that originates the event.
	Account string `json:"account,omitempty"`
	// The Stripe API version used to render `data` when the event was created. The contents of `data` never change, so this value remains static regardless of the API version currently in use. This property is populated only for events created on or after October 31, 2014.
	APIVersion string `json:"api_version"`
	// Authentication context needed to fetch the event or related object.
	Context string `json:"context,omitempty"`
	// Time at which the object was created. Measured in seconds since the Unix epoch.
	Created int64      `json:"created"`
	Data    *EventData `json:"data"`
	// Unique identifier for the object.
	ID string `json:"id"`
	// If the object exists in live mode, the value is `true`. If the object exists in test mode, the value is `false`.
	Livemode bool `json:"livemode"`
	// String representing the object's type. Objects of the same type share the same value.
	Object string `json:"object"`
	// Number of webhooks that haven't been successfully delivered (for example, to return a 20x response) to the URLs you specify.
	PendingWebhooks int64 `json:"pending_webhooks"`
	// Information on the API request that triggers the event.
	Request *EventRequest `json:"request"`
	// Description of the event (for example, `invoice.created` or `charge.refunded`).
	Type EventType `json:"type"`
}

type EventData struct {
	// Object is a raw mapping of the API resource contained in the event.
	// Although marked with json:"-", it's still populated independently by
	// a custom UnmarshalJSON implementation.
	// Object containing the API resource relevant to the event. For example, an `invoice.created` event will have a full [invoice object](https://api.stripe.com#invoice_object) as the value of the object key.
	Object map[string]interface{} `json:"-"`
	// Object containing the names of the updated attributes and their values prior to the event (only included in events of type `*.updated`). If an array attribute has any updated elements, this object contains the entire array. In Stripe API versions 2017-04-06 or earlier, an updated array attribute in this object includes only the updated array elements.
	PreviousAttributes map[string]interface{} `json:"previous_attributes,omitempty"`
	Raw                json.RawMessage        `json:"object"`
}

// Information on the API request that triggers the event.
type EventRequest struct {
	// ID is the request ID of the request that created an event, if the event
	// was created by a request.
	// ID of the API request that caused the event. If null, the event was automatic (e.g., Stripe's automatic subscription handling). Request logs are available in the [dashboard](https://dashboard.stripe.com/logs), but currently not in the API.
	ID string `json:"id"`

	// IdempotencyKey is the idempotency key of the request that created an
	// event, if the event was created by a request and if an idempotency key
	// was specified for that request.
	// The idempotency key transmitted during the request, if any. *Note: This property is populated only for events on or after May 23, 2017*.
	IdempotencyKey string `json:"idempotency_key"`
}

// EventList is a list of Events as retrieved from a list endpoint.
type EventList struct {
	APIResource
	ListMeta
	Data []*Event `json:"data"`
}

// Retrieves the details of an event if it was created in the last 30 days. Supply the unique identifier of the event, which you might have received in a webhook.
type EventParams struct {
	Params `form:"*"`
	// Specifies which fields in the response should be expanded.
	Expand []*string `form:"expand" json:"expand,omitempty"`
}

// Retrieves the details of an event if it was created in the last 30 days. Supply the unique identifier of the event, which you might have received in a webhook.
type EventRetrieveParams struct {
	Params `form:"*"`
	// Specifies which fields in the response should be expanded.
	Expand []*string `form:"expand" json:"expand,omitempty"`
}

// List events, going back up to 30 days. Each event data is rendered according to Stripe API version at its creation time, specified in [event object](https://docs.stripe.com/api/events/object) api_version attribute (not according to your current Stripe API version or Stripe-Version header).
type EventListParams struct {
	ListParams `form:"*"`
	// Only return events that were created during the given date interval.
	Created *int64 `form:"created" json:"created,omitempty"`
	// Only return events that were created during the given date interval.
	CreatedRange *RangeQueryParams `form:"created" json:"-"`
	// Filter events by whether all webhooks were successfully delivered. If false, events which are still pending or have failed all delivery attempts to a webhook endpoint will be returned.
	DeliverySuccess *bool `form:"delivery_success" json:"delivery_success,omitempty"`
	// Specifies which fields in the response should be expanded.
	Expand []*string `form:"expand" json:"expand,omitempty"`
	// A string containing a specific event name, or group of events using * as a wildcard. The list will be filtered to include only events with a matching event property.
	Type *string `form:"type" json:"type,omitempty"`
	// An array of up to 20 strings containing specific event names. The list will be filtered to include only events with a matching event property. You may pass either `type` or `types`, but not both.
	Types []*string `form:"types" json:"types,omitempty"`
}

// AddExpand appends a new field to expand.
func (p *EventParams) AddExpand(f string) {
	p.Expand = append(p.Expand, &f)
}

// AddExpand appends a new field to expand.
func (p *EventRetrieveParams) AddExpand(f string) {
	p.Expand = append(p.Expand, &f)
}

// AddExpand appends a new field to expand.
func (p *EventListParams) AddExpand(f string) {
	p.Expand = append(p.Expand, &f)
}

// UnmarshalJSON handles deserialization of the EventData.
// This custom unmarshaling exists so that we can keep both the map and raw data.
func (e *EventData) UnmarshalJSON(data []byte) error {
	type eventdata EventData
	var ee eventdata
	err := json.Unmarshal(data, &ee)
	if err != nil {
		return err
	}

	*e = EventData(ee)
	return json.Unmarshal(e.Raw, &e.Object)
}

// GetObjectValue returns the value from the e.Data.Object bag based on the keys hierarchy.
func (e *Event) GetObjectValue(keys ...string) string {
	return ""
}

// GetPreviousValue returns the value from the e.Data.Prev bag based on the keys hierarchy.
func (e *Event) GetPreviousValue(keys ...string) string {
	return ""
}
