package gocode

import (
	"go/constant"
	"go/token"
	"go/types"
	"testing"
)

func consts(values ...string) []*types.Const {
	pkg := types.NewPackage("example.com/enum", "enum")
	var out []*types.Const
	for i, v := range values {
		out = append(out, types.NewConst(token.NoPos, pkg, "K"+string(rune('A'+i)), types.Typ[types.String], constant.MakeString(v)))
	}
	return out
}

func TestClosestConst(t *testing.T) {
	errorTypes := consts("api_error", "card_error", "idempotency_error", "invalid_request_error", "rate_limit", "temporary_session_expired")
	events := consts("payment_intent.canceled", "payment_intent.created", "payment_intent.payment_failed", "payment_intent.succeeded", "invoice.payment_failed", "invoice.paid")
	codes := consts("card_declined", "card_decline_rate_limit_exceeded", "expired_card", "incorrect_cvc", "invalid_cvc")
	for _, tc := range []struct {
		declared []*types.Const
		s, want  string // want "" for no suggestion
	}{
		{errorTypes, "invalid_request", "invalid_request_error"}, // 6 edits of 21, runner-up 11
		{errorTypes, "card", ""},                                 // 6 edits of 10: too far
		{errorTypes, "card_eror", "card_error"},                  // api_error is 4 edits away, but lacks "card"
		{errorTypes, "api_eror", "api_error"},
		{codes, "card_decline", "card_declined"},
		{codes, "incorect_cvc", "incorrect_cvc"},
		{codes, "xcvc", ""},                                                // invalid_cvc and incorrect_cvc are far
		{events, "payment_intent.failed", "payment_intent.payment_failed"}, // canceled and created are closer, but lack "failed"
		{events, "invoice.paid_failed", ""},                                // no value has both "paid" and "failed"
		{events, "payment_intent.cancelled", "payment_intent.canceled"},
		{events, "charge.failed", ""},
		{consts("a", "b"), "c", ""}, // a tie
		{consts("requires_payment_method", "requires_action"), "requires_paymentmethod", "requires_payment_method"},
	} {
		got := ""
		if k := ClosestConst(tc.declared, tc.s); k != nil {
			got = constant.StringVal(k.Val())
		}
		if got != tc.want {
			t.Errorf("ClosestConst(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
}

func TestDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"abc", "", 3}, {"", "ab", 2}, {"kitten", "sitting", 3}, {"card_decline", "card_declined", 1},
	} {
		if got := distance(tc.a, tc.b); got != tc.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}
