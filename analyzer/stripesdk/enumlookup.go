package stripesdk

import (
	"go/constant"
	"go/types"
	"strings"
	"unicode"
)

// Enums answers, for one pass, which values the SDK declares for an enum
// type (see EnumTypeName), reading as little of the SDK as it can.
//
// The root package of a recent major declares thousands of names. Walking
// its scope (EnumConstants) sorts them all and, for a package from export
// data, decodes every object with its type: tens of milliseconds, paid by
// every pass that meets an enum, and under go vet (a process per package)
// by every package. Most comparisons need much less: a declared constant
// (case stripe.EventTypeCustomerCreated) is a declared value by
// definition, and a literal that spells a declared value is usually found
// by the name the SDK's generator gives its constant. Enums answers those
// from the few objects involved, and walks the scope, once per package
// per pass, only for the rest (a value that is not declared, where a rule
// reports and looks for the closest declared one). The answers are those
// of EnumConstants in every case.
type Enums struct {
	index map[*types.Package]map[*types.TypeName][]*types.Const
}

// NewEnums returns an empty Enums for one pass.
func NewEnums() *Enums {
	return &Enums{index: make(map[*types.Package]map[*types.TypeName][]*types.Const)}
}

// Constants returns the constants that tn's package declares with type
// tn, as EnumConstants(tn.Pkg())[tn] does; the package index is built on
// first use and kept.
func (e *Enums) Constants(tn *types.TypeName) []*types.Const {
	if tn == nil || tn.Pkg() == nil {
		return nil
	}
	idx, ok := e.index[tn.Pkg()]
	if !ok {
		idx = EnumConstants(tn.Pkg())
		e.index[tn.Pkg()] = idx
	}
	return idx[tn]
}

// IsDeclared reports whether c is one of the constants tn's package
// declares with type tn (so its value is a declared value of tn), without
// walking the package.
func (e *Enums) IsDeclared(tn *types.TypeName, c *types.Const) bool {
	if tn == nil || c == nil || tn.Pkg() == nil || c.Pkg() != tn.Pkg() || c.Parent() != tn.Pkg().Scope() {
		return false
	}
	named, ok := types.Unalias(c.Type()).(*types.Named)
	return ok && named.Obj() == tn
}

// HasValue reports whether tn's package declares a constant of type tn
// with the string value s. It first looks up the names the SDK gives such
// a constant (the type's name then the value's words: ErrorCodeCardDeclined
// for "card_declined", CurrencyUSD for "usd") and walks the package only
// when they miss.
func (e *Enums) HasValue(tn *types.TypeName, s string) bool {
	if tn == nil || tn.Pkg() == nil {
		return false
	}
	for _, name := range constNames(tn.Name(), s) {
		if c, ok := tn.Pkg().Scope().Lookup(name).(*types.Const); ok && e.IsDeclared(tn, c) && hasString(c, s) {
			return true
		}
	}
	for _, c := range e.Constants(tn) {
		if hasString(c, s) {
			return true
		}
	}
	return false
}

func hasString(c *types.Const, s string) bool {
	v := c.Val()
	return v != nil && v.Kind() == constant.String && constant.StringVal(v) == s
}

// constNames returns the likely names of the constant of type typeName
// with value s: typeName followed by the words of s, each capitalised
// (PaymentIntentStatusRequiresAction), or, for the short ones, in upper
// case (CurrencyUSD).
func constNames(typeName, s string) []string {
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) == 0 {
		return nil
	}
	var title, upper strings.Builder
	title.WriteString(typeName)
	upper.WriteString(typeName)
	short := false
	for _, w := range words {
		r := []rune(w)
		title.WriteString(string(unicode.ToUpper(r[0])) + string(r[1:]))
		if len(r) <= 3 {
			short = true
			upper.WriteString(strings.ToUpper(w))
		} else {
			upper.WriteString(string(unicode.ToUpper(r[0])) + string(r[1:]))
		}
	}
	if short {
		return []string{title.String(), upper.String()}
	}
	return []string{title.String()}
}
