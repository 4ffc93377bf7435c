// Package stalesubset holds directives judged when only the fake rule
// errswitch (every `_ = "s"`) runs: those naming uncheckederr are not.
package stalesubset

func f(x int) {
	//stripeerrlint:ignore uncheckederr uncheckederr did not run // silent: not judged
	_ = x

	_ = 2 //stripeerrlint:ignore uncheckederr,errswitch errswitch ran // want `^//stripeerrlint:ignore uncheckederr,errswitch suppressed nothing for errswitch \(remove errswitch from it\)$`

	//stripeerrlint:ignore errswitch,uncheckederr errswitch used, uncheckederr not judged // silent
	_ = "s"
}
