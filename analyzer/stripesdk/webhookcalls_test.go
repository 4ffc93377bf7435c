package stripesdk

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

func TestEventDecode(t *testing.T) {
	fset := token.NewFileSet()
	check := func(path, src string, imp types.Importer) (*types.Package, *ast.File, *types.Info) {
		f, err := parser.ParseFile(fset, path+".go", src, 0)
		if err != nil {
			t.Fatal(err)
		}
		info := &types.Info{
			Types:      make(map[ast.Expr]types.TypeAndValue),
			Uses:       make(map[*ast.Ident]types.Object),
			Selections: make(map[*ast.SelectorExpr]*types.Selection),
		}
		pkg, err := (&types.Config{Importer: imp}).Check(path, fset, []*ast.File{f}, info)
		if err != nil {
			t.Fatal(err)
		}
		return pkg, f, info
	}
	sdk, _, _ := check("github.com/stripe/stripe-go/v85", `package stripe
type Event struct{ ID string }
type EventNotificationContainer interface{ GetEventNotification() }
func EventNotificationFromJSON(payload []byte, c int) (EventNotificationContainer, error) { return nil, nil }
`, importer.Default())
	gin, _, _ := check("github.com/gin-gonic/gin", `package gin
type Context struct{}
func (c *Context) ShouldBindJSON(obj any) error { return nil }
func (c *Context) BindQuery(obj any) error { return nil }
`, importer.Default())
	_, file, info := check("example.com/user", `package user

import (
	"bytes"
	"encoding/json"

	"github.com/gin-gonic/gin"
	stripe "github.com/stripe/stripe-go/v85"
)

type Mine struct{ ID string }

func f(payload []byte) {
	var ev stripe.Event
	var pev *stripe.Event
	var mine Mine
	json.Unmarshal(payload, &ev)
	json.NewDecoder(bytes.NewReader(payload)).Decode(&pev)
	stripe.EventNotificationFromJSON(payload, 0)
	json.Unmarshal(payload, &mine)
	json.Valid(payload)
	var c *gin.Context
	c.ShouldBindJSON(&ev)
	c.ShouldBindJSON(&mine)
	c.BindQuery(&ev)
}
`, importerFunc(func(path string) (*types.Package, error) {
		switch path {
		case sdk.Path():
			return sdk, nil
		case gin.Path():
			return gin, nil
		}
		return importer.Default().Import(path)
	}))
	want := map[string]string{ // call -> "Type by Name", then " data" and " into" when set; "" for no decode
		"json.Unmarshal(payload, &ev)":                           "stripe.Event by json.Unmarshal data into",
		"json.NewDecoder(bytes.NewReader(payload)).Decode(&pev)": "*stripe.Event by (*json.Decoder).Decode into",
		"json.NewDecoder(bytes.NewReader(payload))":              "",
		"bytes.NewReader(payload)":                               "",
		"stripe.EventNotificationFromJSON(payload, 0)":           "event notification by stripe.EventNotificationFromJSON data",
		"json.Unmarshal(payload, &mine)":                         "", // not an event
		"json.Valid(payload)":                                    "",
		"c.ShouldBindJSON(&ev)":                                  "stripe.Event by (*gin.Context).ShouldBindJSON into",
		"c.ShouldBindJSON(&mine)":                                "", // the request's own JSON
		"c.BindQuery(&ev)":                                       "", // not the body
	}
	seen := 0
	ast.Inspect(file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		key := types.ExprString(call)
		w, ok := want[key]
		if !ok {
			t.Errorf("unexpected call %s", key)
			return true
		}
		seen++
		got := ""
		if d, ok := eventDecode(info, gocode.CalleeFunc(info, call), call); ok {
			got = d.Type + " by " + d.Name
			if d.Data != nil {
				got += " data"
			}
			if d.Into != nil {
				got += " into"
			}
		}
		if got != w {
			t.Errorf("eventDecode(%s) = %q, want %q", key, got, w)
		}
		return true
	})
	if seen != len(want) {
		t.Errorf("checked %d calls, want %d", seen, len(want))
	}
}
