// Package unsetsecret exercises the unsetsecret category (off by
// default, -webhooksig.unsetsecret).
package unsetsecret

import (
	"log"
	"os"
	"strings"

	"github.com/stripe/stripe-go/v85/webhook"
)

var endpointSecret = os.Getenv("STRIPE_WEBHOOK_SECRET")

var checkedSecret = os.Getenv("STRIPE_WEBHOOK_SECRET_CHECKED")

func init() {
	if checkedSecret == "" {
		log.Fatal("STRIPE_WEBHOOK_SECRET_CHECKED is not set")
	}
}

type config struct {
	WebhookSecret string
	OtherSecret   string
}

func load() config {
	return config{WebhookSecret: os.Getenv("STRIPE_WEBHOOK_SECRET"), OtherSecret: os.Getenv("OTHER")}
}

func mustEnv(name string) string {
	v := os.Getenv(name)
	if v == "" {
		log.Fatalf("%s is not set", name)
	}
	return v
}

func verify(payload []byte, header string) {
	if webhook.ValidatePayload(payload, header, os.Getenv("STRIPE_WEBHOOK_SECRET")) != nil { // want `signing secret passed to webhook.ValidatePayload comes from os.Getenv and may be empty: refuse to run when it is empty`
		return
	}
	if webhook.ValidatePayload(payload, header, endpointSecret) != nil { // want `signing secret passed to webhook.ValidatePayload comes from os.Getenv and may be empty`
		return
	}
	if webhook.ValidatePayload(payload, header, checkedSecret) != nil { // silent: compared with "" in init
		return
	}
	if webhook.ValidatePayload(payload, header, mustEnv("STRIPE_WEBHOOK_SECRET")) != nil { // silent: the helper refuses an empty value
		return
	}

	local, ok := os.LookupEnv("STRIPE_WEBHOOK_SECRET")
	if !ok {
		return
	}
	if webhook.ValidatePayload(payload, header, local) != nil { // want `signing secret passed to webhook.ValidatePayload comes from os.LookupEnv and may be empty`
		return
	}

	trimmed := os.Getenv("STRIPE_WEBHOOK_SECRET")
	if len(strings.TrimSpace(trimmed)) == 0 {
		return
	}
	if webhook.ValidatePayload(payload, header, trimmed) != nil { // silent: its length is checked
		return
	}

	cfg := load()
	if webhook.ValidatePayload(payload, header, cfg.WebhookSecret) != nil { // want `signing secret passed to webhook.ValidatePayload comes from os.Getenv and may be empty`
		return
	}
	if cfg.OtherSecret != "" {
		if webhook.ValidatePayload(payload, header, cfg.OtherSecret) != nil { // silent: compared with ""
			return
		}
	}
}
