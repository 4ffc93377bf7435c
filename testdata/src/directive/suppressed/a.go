// Package suppressed holds findings of a fake rule named uncheckederr
// (every "_ = N"), some suppressed by directives.
package suppressed

func f() {
	//stripeerrlint:ignore uncheckederr the refund job retries it
	_ = 1 // silent: suppressed by the directive on the line above

	_ = 2 //stripeerrlint:ignore errswitch,uncheckederr checked by the caller // silent: suppressed on its own line

	//stripeerrlint:ignore errswitch another rule's directive
	_ = 3 // want "assignment of 3"

	//stripeerrlint:ignore uncheckederr two lines above: too far away

	_ = 4 // want "assignment of 4"
}
