package errorsas

import (
	"bytes"
	"encoding/gob"
	"reflect"
	"testing"
)

// TestAssertsParamGob checks that the fact survives the gob encoding the
// drivers use to pass facts between packages.
func TestAssertsParamGob(t *testing.T) {
	in := &assertsParam{Index: 1, Name: "err", Type: "*stripe.Error", At: "classify.go:19:12"}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(in); err != nil {
		t.Fatal(err)
	}
	out := new(assertsParam)
	if err := gob.NewDecoder(&buf).Decode(out); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(in, out) {
		t.Errorf("round trip: got %+v, want %+v", out, in)
	}
	if got, want := out.String(), "asserts err to *stripe.Error at classify.go:19:12"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}
