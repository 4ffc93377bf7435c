package pkglevel

import (
	"testing"

	"github.com/stripe/stripe-go/v72/webhook"
)

func TestReplay(t *testing.T) {
	_, err := webhook.ConstructEventIgnoringTolerance([]byte("{}"), "t=1,v1=00", "") // silent: _test.go files replay recorded events
	if err == nil {
		t.Fatal("want an error")
	}
}
