package gocode

// Near misses: the constant a string was probably meant to be. enumvalue
// reports such a string compared with an enum; errswitch takes a switch
// case holding one for the branch it was meant to be.

import (
	"go/constant"
	"go/types"
	"slices"
	"strings"
)

// ClosestConst returns the string constant of declared whose value is clearly the
// closest to s, or nil. A candidate is a declared value that has every
// word of s (words are separated by '_', '.' and '-'), each possibly
// misspelt by one edit or written together with the next: "card_decline"
// may become "card_declined", "requires_paymentmethod"
// "requires_payment_method", but "payment_intent.failed" never
// "payment_intent.canceled". Among the
// candidates, the clearly closest is the one at the smallest edit
// (Levenshtein) distance d from s, with every other candidate at least two
// edits farther, and with d at most a third of the length of its value (a
// misspelling or a truncation, not another word).
func ClosestConst(declared []*types.Const, s string) *types.Const {
	var best *types.Const
	bestD, secondD := -1, -1
	words := splitWords(s)
	for _, k := range declared {
		v := constant.StringVal(k.Val())
		if !hasWords(v, words) {
			continue
		}
		d := distance(s, v)
		switch {
		case best != nil && constant.StringVal(best.Val()) == v:
			// another name for the same value
		case bestD < 0 || d < bestD:
			secondD = bestD
			best, bestD = k, d
		case secondD < 0 || d < secondD:
			secondD = d
		}
	}
	if best == nil || 3*bestD > len(constant.StringVal(best.Val())) {
		return nil
	}
	if secondD >= 0 && secondD < bestD+2 {
		return nil
	}
	return best
}

// splitWords splits an enum value into its words.
func splitWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == '.' || r == '-' })
}

// hasWords reports whether every word of want is one edit or less from a
// word of the value v, or is a run of v's words written together
// ("paymentmethod" in "requires_payment_method").
func hasWords(v string, want []string) bool {
	have := splitWords(v)
	joined := strings.Join(have, "")
	for _, w := range want {
		if !strings.Contains(joined, w) && !slices.ContainsFunc(have, func(h string) bool { return distance(h, w) <= 1 }) {
			return false
		}
	}
	return true
}

// distance is the Levenshtein distance between a and b, in bytes.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
