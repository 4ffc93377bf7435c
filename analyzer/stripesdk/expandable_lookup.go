package stripesdk

import "go/types"

// expandable.go is generated from the SDK source of the majors in the module cache.
//go:generate go run ./internal/genexpandable -o expandable.go

// expandKey names a field of a struct type of an SDK root package,
// independently of the major.
type expandKey struct {
	Type  string // the struct type declaring the field: "PaymentIntent", "InvoiceParentSubscriptionDetails"
	Field string
}

// expandEntry is what the table knows of an expandable field.
type expandEntry struct {
	JSON   string // the field's JSON name: the element of an expand path ("customer")
	Majors uint64 // bit (major-72) is set for each SDK major read that has it
}

// ExpandableField reports whether field, declared by the struct type owner
// of an SDK root package, holds only the id of another object unless the
// request expanded it (PaymentIntent.Customer, Invoice.Subscription,
// Charge.PaymentIntent; not SubscriptionItem.Price, always sent in full),
// and returns its JSON name, the element of an expand path. A major the
// table was not read from has the fields expandable in every major read.
func ExpandableField(owner *types.TypeName, field *types.Var) (json string, ok bool) {
	if owner == nil || field == nil || !field.IsField() || !isSDKRoot(owner.Pkg()) || field.Pkg() != owner.Pkg() {
		return "", false
	}
	st, isStruct := owner.Type().Underlying().(*types.Struct)
	if !isStruct || !declares(st, field) {
		return "", false
	}
	e, ok := expandableTable[expandKey{Type: owner.Name(), Field: field.Name()}]
	if !ok || !inMajor(e.Majors, owner.Pkg()) {
		return "", false
	}
	return e.JSON, true
}

// ExpandableSelection is ExpandableField for the field sel selects (a
// field of an embedded struct is found in the type that declares it).
func ExpandableSelection(sel *types.Selection) (json string, ok bool) {
	if sel == nil || sel.Kind() != types.FieldVal {
		return "", false
	}
	field, _ := sel.Obj().(*types.Var)
	return ExpandableField(fieldOwner(sel), field)
}

// declares reports whether field is one of st's fields.
func declares(st *types.Struct, field *types.Var) bool {
	for f := range st.Fields() {
		if f == field {
			return true
		}
	}
	return false
}

// copyKey names a field of a referenced object by its path from a struct
// type of an SDK root package: Invoice, "customer.email".
type copyKey struct {
	Type string
	Path string
}

// copyEntry is the field of the type that holds the copy.
type copyEntry struct {
	Field  string // CustomerEmail
	Majors uint64 // bit (major-72) is set for each SDK major read that has it
}

// CopiedField returns the field of the struct type owner, of an SDK root
// package, that the SDK documents as a copy of the field at path of a
// referenced object (Invoice.CustomerEmail for "customer.email": "this
// field will equal `customer.email`"), or nil. A major the table was not
// read from has the copies of every major read.
func CopiedField(owner *types.TypeName, path string) *types.Var {
	if owner == nil || !isSDKRoot(owner.Pkg()) {
		return nil
	}
	e, ok := copiedFields[copyKey{Type: owner.Name(), Path: path}]
	if !ok || !inMajor(e.Majors, owner.Pkg()) {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(owner.Type(), true, owner.Pkg(), e.Field)
	f, _ := obj.(*types.Var)
	if f == nil || !f.IsField() {
		return nil
	}
	return f
}

// inMajor reports whether majors, a table's bits, include the major of
// pkg; for a major the tables were not read from, whether they include
// every major read.
func inMajor(majors uint64, pkg *types.Package) bool {
	major, _, _ := ParseImportPath(pkg.Path())
	if bit := major - 72; bit >= 0 && bit < 64 && expandableMajors&(1<<bit) != 0 {
		return majors&(1<<bit) != 0
	}
	return majors&expandableMajors == expandableMajors
}
