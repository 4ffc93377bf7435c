package stripesdk

// What a webhook event carries: which type the object of an event type is
// (eventObjectName, generated from the SDK), and which expressions
// are an event's raw object and which calls decode it.

import (
	"go/ast"
	"go/constant"
	"go/types"

	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// EventObject returns the type, declared in sdk (the root package of an
// SDK major), of the object that a v1 event of type eventType carries in
// event.Data.Raw; nil when the table does not know the event type (it
// leaves out the ambiguous ones) or sdk declares no such struct type.
func EventObject(sdk *types.Package, eventType string) *types.TypeName {
	name, ok := eventObjectName(eventType)
	if !ok || !isSDKRoot(sdk) {
		return nil
	}
	tn, _ := sdk.Scope().Lookup(name).(*types.TypeName)
	if tn == nil || tn.IsAlias() {
		return nil
	}
	if _, ok := tn.Type().Underlying().(*types.Struct); !ok {
		return nil
	}
	return tn
}

// EventTypeValue returns the event type that x, a value compared with an
// event's Type, spells: a constant string, such as an EventType constant
// of the SDK or a literal.
func EventTypeValue(info *types.Info, x ast.Expr) (string, bool) {
	tv, ok := info.Types[x]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// EventTypeOf returns the variable holding the event whose Type field x
// reads (ev for ev.Type or string(ev.Type), ev a v1 stripe.Event or a
// pointer to one), or nil.
func EventTypeOf(info *types.Info, x ast.Expr) *types.Var {
	if op, _, ok := gocode.Conversion(info, x); ok {
		x = op
	}
	sel, ok := ast.Unparen(x).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Type" || !IsSDKNamed(info.TypeOf(sel.X), "Event") {
		return nil
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := info.Uses[id].(*types.Var)
	return v
}

// EventData describes an expression that is the raw object of an event.
type EventData struct {
	SDK *types.Package // the SDK root package that declares the event
	// Event is the variable holding the v1 event (ev of ev.Data.Raw); nil
	// when the event is not in sight (data.Raw) and for thin events.
	Event *types.Var
	Thin  bool // the data of a v2 event (*ev.Data of a stripe.V2CoreRawEvent)
}

// EventDataOf reports whether x is the raw object of a webhook event: the
// Raw field of a v1 event's stripe.EventData (ev.Data.Raw), or the Data of
// a v2 stripe.V2CoreRawEvent (*ev.Data), possibly converted ([]byte(...)).
func EventDataOf(info *types.Info, x ast.Expr) (EventData, bool) {
	if op, _, ok := gocode.Conversion(info, x); ok {
		x = op
	}
	x = ast.Unparen(x)
	thin := false
	if star, ok := x.(*ast.StarExpr); ok {
		x, thin = ast.Unparen(star.X), true
	}
	sel, ok := x.(*ast.SelectorExpr)
	if !ok {
		return EventData{}, false
	}
	field, _ := info.Uses[sel.Sel].(*types.Var)
	if field == nil || !field.IsField() || !isSDKRoot(field.Pkg()) {
		return EventData{}, false
	}
	owner := info.TypeOf(sel.X)
	d := EventData{SDK: field.Pkg(), Thin: thin}
	switch {
	case !thin && field.Name() == "Raw" && IsSDKNamed(owner, "EventData"):
		if inner, ok := ast.Unparen(sel.X).(*ast.SelectorExpr); ok && inner.Sel.Name == "Data" && IsSDKNamed(info.TypeOf(inner.X), "Event") {
			if id, ok := ast.Unparen(inner.X).(*ast.Ident); ok {
				d.Event, _ = info.Uses[id].(*types.Var)
			}
		}
		return d, true
	case thin && field.Name() == "Data" && IsSDKNamed(owner, "V2CoreRawEvent"):
		return d, true
	}
	return EventData{}, false
}

// EventDataDecode describes a call that decodes the raw object of an event.
type EventDataDecode struct {
	Func *types.Func // json.Unmarshal or (*json.Decoder).Decode
	Data EventData
	Into ast.Expr // the pointer decoded into
}

// EventDataDecodeOf reports whether call decodes the raw object of an
// event: json.Unmarshal(ev.Data.Raw, &x), or
// json.NewDecoder(bytes.NewReader(ev.Data.Raw)).Decode(&x) (also
// bytes.NewBuffer). The SDK declares no helper that decodes event data
// (v72 to v85): EventData.UnmarshalJSON fills Object, a map, from Raw.
func EventDataDecodeOf(info *types.Info, call *ast.CallExpr) (EventDataDecode, bool) {
	fn := gocode.CalleeFunc(info, call)
	if fn == nil || fn.Pkg() == nil {
		return EventDataDecode{}, false
	}
	into := jsonDecodeTarget(fn, call)
	if into == nil {
		return EventDataDecode{}, false
	}
	data := ast.Expr(nil)
	if fn.Signature().Recv() == nil {
		data = call.Args[0]
	} else {
		data = decoderSource(info, call)
	}
	if data == nil {
		return EventDataDecode{}, false
	}
	d, ok := EventDataOf(info, data)
	if !ok {
		return EventDataDecode{}, false
	}
	return EventDataDecode{Func: fn, Data: d, Into: into}, true
}

// decoderSource returns b of json.NewDecoder(bytes.NewReader(b)).Decode(...)
// (or bytes.NewBuffer), or nil.
func decoderSource(info *types.Info, call *ast.CallExpr) ast.Expr {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	newDec, ok := ast.Unparen(sel.X).(*ast.CallExpr)
	if !ok || !isFunc(gocode.CalleeFunc(info, newDec), "encoding/json", "NewDecoder") || len(newDec.Args) != 1 {
		return nil
	}
	reader, ok := ast.Unparen(newDec.Args[0]).(*ast.CallExpr)
	if !ok || len(reader.Args) != 1 {
		return nil
	}
	fn := gocode.CalleeFunc(info, reader)
	if !isFunc(fn, "bytes", "NewReader") && !isFunc(fn, "bytes", "NewBuffer") {
		return nil
	}
	return reader.Args[0]
}

// isFunc reports whether fn is the package-level function path.name.
func isFunc(fn *types.Func, path, name string) bool {
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == path && fn.Name() == name && fn.Signature().Recv() == nil
}
