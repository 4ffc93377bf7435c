// Package bad holds malformed //stripeerrlint: directives.
package bad

func f() {
	//stripeerrlint:ignore uncheckederr the reason is given: well-formed
	_ = 1

	//stripeerrlint:ignore // want `//stripeerrlint:ignore directive names no rule \(write //stripeerrlint:ignore RULE REASON\)`
	_ = 2

	//stripeerrlint:ignore uncheckederr // want `//stripeerrlint:ignore directive for uncheckederr gives no reason \(write why after the rule name\)`
	_ = 3

	//stripeerrlint:ignore uncheckederrs typo in the rule name // want `//stripeerrlint:ignore directive names unknown rule "uncheckederrs" \(known: .*\)`
	_ = 4

	//stripeerrlint:ignore errswitch,nosuchrule two rules, one unknown // want `directive names unknown rule "nosuchrule"`
	_ = 5

	//stripeerrlint:disable uncheckederr not a verb we know // want `unknown directive //stripeerrlint:disable \(the only one is //stripeerrlint:ignore\)`
	_ = 6

	// stripeerrlint:ignore with a space is an ordinary comment, not a directive
	_ = 7
}
