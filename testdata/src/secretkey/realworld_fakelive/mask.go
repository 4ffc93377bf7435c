// Package fakelive reproduces a false positive seen on a real service
// (docs/real-world.md): a masking helper's test uses a live-looking key
// whose secret part is evidently made up (a short run of sequential
// letters and digits, far shorter than any key Stripe issues).
package fakelive

// Mask hides all but the last four characters of a key.
func Mask(key string) string {
	if len(key) <= 4 {
		return key
	}
	masked := make([]byte, len(key)-4)
	for i := range masked {
		masked[i] = '*'
	}
	return string(masked) + key[len(key)-4:]
}
