package pkglevel

import (
	"time"

	"github.com/stripe/stripe-go/v72/webhook"
)

func replayProtection(payload []byte, header string) {
	_, _ = webhook.ConstructEventIgnoringTolerance(payload, header, endpointSecret)                       // want `webhook.ConstructEventIgnoringTolerance accepts replayed events: use webhook.ConstructEvent`
	_ = webhook.ValidatePayloadIgnoringTolerance(payload, header, endpointSecret)                         // want `webhook.ValidatePayloadIgnoringTolerance accepts replayed events: use webhook.ValidatePayload` `signature verification error of webhook.ValidatePayloadIgnoringTolerance is assigned to _: return it when it fails`
	_, _ = webhook.ConstructEventWithTolerance(payload, header, endpointSecret, 2*time.Hour)              // want `tolerance of 2h0m0s for webhook.ConstructEventWithTolerance accepts old replayed events: keep it at most 1h0m0s`
	_, _ = webhook.ConstructEventWithTolerance(payload, header, endpointSecret, time.Hour)                // silent: one hour is the limit
	_, _ = webhook.ConstructEventWithTolerance(payload, header, endpointSecret, webhook.DefaultTolerance) // silent: the default
	_ = webhook.ValidatePayloadWithTolerance(payload, header, endpointSecret, 24*time.Hour)               // want `tolerance of 24h0m0s for webhook.ValidatePayloadWithTolerance` `signature verification error of webhook.ValidatePayloadWithTolerance is assigned to _: return it when it fails`
	_, _ = webhook.ConstructEvent(payload, header, "")                                                    // want `empty webhook signing secret passed to webhook.ConstructEvent: pass the endpoint's whsec_ secret`
	_ = webhook.ValidatePayload(payload, header, "whsec_")                                                // want `empty webhook signing secret passed to webhook.ValidatePayload` `signature verification error of webhook.ValidatePayload is assigned to _: return it when it fails`
	_ = webhook.ValidatePayload(payload, header, placeholderSecret)                                       // want `empty webhook signing secret passed to webhook.ValidatePayload` `signature verification error of webhook.ValidatePayload is assigned to _: return it when it fails`
	_ = webhook.ValidatePayload(payload, header, endpointSecret)                                          // want `signature verification error of webhook.ValidatePayload is assigned to _: return it when it fails`
	_, _ = webhook.ConstructEvent(payload, header, "whsec_FAKEFAKEFAKEFAKE0123456789abcdef")              // silent here: a real-looking secret is secretkey's business
}

const placeholderSecret = "whsec_..."
