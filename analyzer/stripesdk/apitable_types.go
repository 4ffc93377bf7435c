package stripesdk

// apiKey names an SDK function or method independently of the SDK major.
type apiKey struct {
	Pkg  string // package path below the module root: "" for the root package stripe, "paymentintent", "issuing/card"
	Recv string // "" for package-level functions AND for methods of a resource package's Client type; otherwise the receiver's type name (v82+ services: "v1PaymentIntentService")
	Name string
}

// apiEntry is what the table knows of an API function.
type apiEntry struct {
	Method string // "GET", "POST" or "DELETE"
	Majors uint64 // bit (major-72) is set for each SDK major that has it
}

// Majors the generated table covers: every major from firstTabledMajor to
// lastTabledMajor. A function of such a major that is not in the table is
// not an API call; a later major falls back on the table of the newest one,
// then on method-name conventions (see lookupAPI).
const (
	firstTabledMajor = 72
	lastTabledMajor  = 85
)

// lookupAPI returns the HTTP method of the API function key of SDK major
// major, and whether it is an API function at all.
func lookupAPI(major int, key apiKey) (method string, ok bool) {
	e, ok := apiTable[key]
	switch {
	case major < firstTabledMajor:
		// Before v72: trust the table's oldest knowledge of the name.
		return e.Method, ok
	case major <= lastTabledMajor:
		if !ok || e.Majors&(1<<(major-firstTabledMajor)) == 0 {
			return "", false
		}
		return e.Method, true
	default:
		// A major newer than the table: names the SDK kept keep their
		// method; new ones are not API calls we know of.
		return e.Method, ok
	}
}
