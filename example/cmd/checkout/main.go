// Command checkout serves the shop's checkout API and its Stripe webhooks.
//
// Configuration comes from the environment: STRIPE_SECRET_KEY,
// STRIPE_PUBLISHABLE_KEY, STRIPE_WEBHOOK_SECRET (required),
// STRIPE_CONNECT_WEBHOOK_SECRET, STRIPE_LEGACY_WEBHOOK_SECRET and ADDR.
package main

import (
	"context"
	"log"
	"net/http"
	"os"

	"github.com/stripe/stripe-go/v85"

	"example.com/checkout/internal/billing"
	"example.com/checkout/internal/httpapi"
	"example.com/checkout/internal/jobs"
	"example.com/checkout/internal/orders"
	"example.com/checkout/internal/webhooks"
)

func main() {
	key := os.Getenv("STRIPE_SECRET_KEY")
	if key == "" {
		// Mistake (secretkey): a test secret key committed as a fallback; anyone who reads the repository can use the account.
		key = "sk_test_51FAKEFAKEq7Rz0123456789abcdWxYz"
		log.Print("STRIPE_SECRET_KEY not set: using the team's test key")
	}
	publishableKey := os.Getenv("STRIPE_PUBLISHABLE_KEY")
	if publishableKey == "" {
		// Correct: publishable keys are public by design (Stripe.js gets them).
		publishableKey = "pk_test_51FAKEexampleKEYabcdefghijklmnopqrstuvwxyz0123456789"
	}
	webhookSecret := os.Getenv("STRIPE_WEBHOOK_SECRET")
	if webhookSecret == "" {
		log.Fatal("STRIPE_WEBHOOK_SECRET is required")
	}
	addr := os.Getenv("ADDR")
	if addr == "" {
		addr = ":8080"
	}

	stripe.Key = key // read by the package-level API in internal/billing/legacy.go
	sc := stripe.NewClient(key)

	// Correct: failing fast in main, at start-up, when the key does not work.
	if _, err := sc.V1Balance.Retrieve(context.Background(), nil); err != nil {
		log.Fatalf("stripe: checking the API key: %v", err)
	}

	store := orders.NewStore()
	svc := billing.NewService(sc, stripe.CurrencyUSD)
	api := httpapi.New(svc, store, publishableKey)

	mux := http.NewServeMux()
	mux.Handle("/api/", http.StripPrefix("/api", api.Routes()))
	mux.Handle("POST /webhooks/stripe", webhooks.NewHandler(webhookSecret, store))
	mux.Handle("POST /webhooks/connect", webhooks.NewConnectHandler(os.Getenv("STRIPE_CONNECT_WEBHOOK_SECRET")))
	mux.Handle("POST /stripe/events", webhooks.NewLegacyHandler(os.Getenv("STRIPE_LEGACY_WEBHOOK_SECRET"), store))

	go jobs.New(svc, store).Nightly(context.Background())

	log.Printf("checkout listening on %s", addr)
	// Correct: a start-up failure that is not Stripe's, in main.
	log.Fatal(http.ListenAndServe(addr, mux))
}
