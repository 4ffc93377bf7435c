// Command startup exercises fatal's exemptions: main and init may stop on
// failure, handler literals in main may not.
package main

import (
	"log"
	"net/http"

	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/customer"
)

func init() {
	stripe.Key = "sk_test_x"
	if _, err := customer.Get("cus_config", nil); err != nil {
		log.Fatal(err) // silent: init runs once, at start-up
	}
}

func main() {
	if _, err := customer.Get("cus_check", nil); err != nil {
		log.Fatal(err) // silent: a start-up check in main
	}
	http.HandleFunc("/customer", func(w http.ResponseWriter, r *http.Request) {
		c, err := customer.Get(r.FormValue("id"), nil)
		if err != nil {
			log.Fatal(err) // want `log.Fatal on the error of customer.Get stops the service: return the error`
		}
		w.Write([]byte(c.ID))
	})
	go func() {
		if _, err := customer.Get("cus_warm", nil); err != nil {
			log.Fatal(err) // silent: a start-up literal in main that is not a handler
		}
	}()
	log.Fatal(http.ListenAndServe(":8080", nil)) // silent: not Stripe's error, and in main
}
