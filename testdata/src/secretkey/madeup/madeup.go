// Package madeup holds keys whose random part is evidently made up
// (sequential or repeated characters, placeholder words): silent
// everywhere, live or not, in test files or not. Keys with six or more
// characters outside such runs are reported (FAKEFAKE and a counting run).
package madeup

const (
	seq       = "sk_live_abcdefgh1234"                               // silent: two sequential runs
	seqMixed  = "sk_live_bcdefghi5678"                               // silent: the real-world shape (docs/real-world.md)
	desc      = "rk_live_zyxwvuts9876543210"                         // silent: runs counting down
	repeated  = "sk_live_aaaa1111bbbb2222"                           // silent: repeated characters
	xes       = "sk_live_xxxxxx123456"                               // silent: xxx and a counting run
	alphabet  = "whsec_abcdefghijklmnopqrstuvwxyz012345"             // silent: the alphabet and a counting run
	fewLeft   = "sk_live_Q7abcdefgh1234Zp"                           // silent: four characters outside runs
	dummy     = "sk_live_dummy9Tq2Lk8Wr3"                            // silent: a placeholder word
	sample    = "rk_live_SampleKey4Hq9Zx"                            // silent: a placeholder word
	keyHere   = "sk_live_KeyHere7Gm2Pq5"                             // silent: a placeholder word
	sixLeft   = "sk_live_Q7Wabcdefgh1234Zpk"                         // want `live secret key sk_live_…4Zpk in source code`
	fakeRuns  = "sk_live_FAKEFAKEabcdefgh1234Ab"                     // want `live secret key sk_live_…34Ab in source code`
	testRuns  = "sk_test_FAKEFAKE0123456789Qr"                       // want `test secret key sk_test_…89Qr in source code`
	whsecRuns = "whsec_FAKEFAKE0123456789abcdefABCDEF45"             // want `webhook signing secret whsec_…EF45 in source code`
	docs      = "the key looks like sk_live_ and 99 more characters" // silent: a prefix with nothing random after it
)

var _ = []string{seq, seqMixed, desc, repeated, xes, alphabet, fewLeft, dummy, sample, keyHere, sixLeft, fakeRuns, testRuns, whsecRuns, docs}
