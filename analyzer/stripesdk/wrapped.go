package stripesdk

import (
	"go/types"
)

// wrappingResult returns the index of the error result of fn when fn is a
// wrapper whose error may be wrapped (Wrapper.Wraps), or -1.
func (m *Model) wrappingResult(fn *types.Func) int {
	if fn == nil {
		return -1
	}
	c, ok := m.ClassifyFunc(fn)
	if !ok || c.Kind != KindWrapper || !m.wraps(c.Func) {
		return -1
	}
	return c.ErrResult
}

// wraps reports whether fn is a wrapper whose error may be wrapped.
func (m *Model) wraps(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	w := m.wrapperFact(fn.Origin())
	return w != nil && w.Wraps
}
