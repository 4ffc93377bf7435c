// Package stale holds //stripeerrlint:ignore directives, used and stale,
// for two fake rules: uncheckederr (every "_ = N") and errswitch (every
// `_ = "s"`). No rule named fatal runs.
package stale

func f(x int) {
	//stripeerrlint:ignore uncheckederr the refund job retries it // silent: suppresses the finding below
	_ = 1

	//stripeerrlint:ignore uncheckederr the call moved away // want `^//stripeerrlint:ignore uncheckederr suppressed nothing \(remove it\)$`
	_ = x

	_ = 2 //stripeerrlint:ignore uncheckederr,errswitch one of two used // want `^//stripeerrlint:ignore uncheckederr,errswitch suppressed nothing for errswitch \(remove errswitch from it\)$`

	//stripeerrlint:ignore errswitch,uncheckederr neither used // want `^//stripeerrlint:ignore errswitch,uncheckederr suppressed nothing \(remove it\)$`
	_ = x

	//stripeerrlint:ignore errswitch a finding on its own line // silent: used
	_ = "s"

	//stripeerrlint:ignore fatal fatal did not run // silent: a rule that did not run is not judged
	_ = x

	//stripeerrlint:ignore errswitch,fatal errswitch used, fatal did not run // silent
	_ = "t"

	//stripeerrlint:ignore uncheckederr the directive on the line above // silent: used
	_, _ = 3, x

	//stripeerrlint:ignore errswitch names the wrong rule // want `^//stripeerrlint:ignore errswitch suppressed nothing \(remove it\)$`
	_ = x //stripeerrlint:ignore uncheckederr on the line, nothing to suppress // want `^//stripeerrlint:ignore uncheckederr suppressed nothing \(remove it\)$`

	_ = 5 // reported by the rule (not checked here: only the stale analyzer's findings are)
}
