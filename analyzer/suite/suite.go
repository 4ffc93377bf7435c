// Package suite holds the stripeerrlint suite: the one list of every
// rule, used by the command, the golangci-lint plugin, the gopls build and
// the nogo documentation.
//
// The shared model of the Stripe SDK that rules ask questions of lives in
// analyzer/stripesdk; suppression directives in analyzer/directive.
package suite

import (
	"golang.org/x/tools/go/analysis"

	"github.com/stripeerrlint/stripeerrlint/analyzer/directive"
	"github.com/stripeerrlint/stripeerrlint/rules/charges"
	"github.com/stripeerrlint/stripeerrlint/rules/enumvalue"
	"github.com/stripeerrlint/stripeerrlint/rules/errorsas"
	"github.com/stripeerrlint/stripeerrlint/rules/errswitch"
	"github.com/stripeerrlint/stripeerrlint/rules/eventdata"
	"github.com/stripeerrlint/stripeerrlint/rules/fatal"
	"github.com/stripeerrlint/stripeerrlint/rules/globalkey"
	"github.com/stripeerrlint/stripeerrlint/rules/nilerror"
	"github.com/stripeerrlint/stripeerrlint/rules/nilresult"
	"github.com/stripeerrlint/stripeerrlint/rules/retrykey"
	"github.com/stripeerrlint/stripeerrlint/rules/secretkey"
	"github.com/stripeerrlint/stripeerrlint/rules/uncheckederr"
	"github.com/stripeerrlint/stripeerrlint/rules/unexpanded"
	"github.com/stripeerrlint/stripeerrlint/rules/webhooksig"
)

// Analyzers returns the analyzers of stripeerrlint in a stable order: every rule,
// then the analyzer that checks //stripeerrlint:ignore directives. It returns
// a new slice on every call; the analyzers themselves are shared.
func Analyzers() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		charges.Analyzer,
		enumvalue.Analyzer,
		errorsas.Analyzer,
		errswitch.Analyzer,
		eventdata.Analyzer,
		fatal.Analyzer,
		globalkey.Analyzer,
		nilerror.Analyzer,
		nilresult.Analyzer,
		retrykey.Analyzer,
		secretkey.Analyzer,
		uncheckederr.Analyzer,
		unexpanded.Analyzer,
		webhooksig.Analyzer,
		directive.Analyzer,
	}
}
