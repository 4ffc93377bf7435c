package stripesdk

import (
	"go/types"
	"testing"
)

func TestCarriesRequest(t *testing.T) {
	pkg := func(path, name string) *types.Package { return types.NewPackage(path, name) }
	named := func(p *types.Package, name string, under types.Type) *types.Named {
		return types.NewNamed(types.NewTypeName(0, p, name, nil), under, nil)
	}
	byteSlice := types.NewSlice(types.Typ[types.Byte])
	httpReq := named(pkg("net/http", "http"), "Request", types.NewStruct(nil, nil))
	gin := named(pkg("github.com/gin-gonic/gin", "gin"), "Context", types.NewStruct(nil, nil))
	raw := named(pkg("encoding/json", "json"), "RawMessage", byteSlice)
	reader := types.NewInterfaceType([]*types.Func{types.NewFunc(0, nil, "Read", types.NewSignatureType(nil, nil, nil,
		types.NewTuple(types.NewVar(0, nil, "p", byteSlice)),
		types.NewTuple(types.NewVar(0, nil, "n", types.Typ[types.Int]), types.NewVar(0, nil, "err", types.Universe.Lookup("error").Type())), false))}, nil)
	reader.Complete()
	db := named(pkg("database/sql", "sql"), "DB", types.NewStruct(nil, nil))
	for _, c := range []struct {
		t    types.Type
		want bool
	}{
		{types.NewPointer(httpReq), true},
		{httpReq, false},
		{types.NewPointer(gin), true},
		{byteSlice, true},
		{raw, true},
		{reader, true},
		{types.Typ[types.String], false},
		{types.NewPointer(db), false},
	} {
		if got := CarriesRequest(c.t); got != c.want {
			t.Errorf("CarriesRequest(%v) = %v, want %v", c.t, got, c.want)
		}
	}
}
