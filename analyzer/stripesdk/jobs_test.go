package stripesdk

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

// jobStubs are minimal packages at the job queues' import paths (the
// shapes only; the fixtures' stubs under testdata/src copy the real
// declarations).
var jobStubs = map[string]string{
	"github.com/hibiken/asynq": `package asynq
type Task struct{}
type HandlerFunc func(ctx interface{ Done() <-chan struct{} }, t *Task) error
`,
	"github.com/riverqueue/river": `package river
type JobArgs interface{ Kind() string }
type Job[T JobArgs] struct{ ID int64; Args T }
`,
	"go.temporal.io/sdk/worker": `package worker
type ActivityRegistry interface {
	RegisterActivity(a any)
	RegisterActivityWithOptions(a any, name string)
}
type Worker interface {
	ActivityRegistry
	Start() error
}
`,
	"go.temporal.io/sdk/activity": `package activity
import "context"
type Info struct{ ActivityID string }
func GetInfo(ctx context.Context) Info { return Info{} }
func Version() string { return "" }
`,
}

// stubImporter type-checks jobStubs, and imports everything else from
// export data.
type stubImporter struct {
	fset *token.FileSet
	pkgs map[string]*types.Package
	std  types.Importer
}

func (im *stubImporter) Import(path string) (*types.Package, error) {
	if p, ok := im.pkgs[path]; ok {
		return p, nil
	}
	src, ok := jobStubs[path]
	if !ok {
		return im.std.Import(path)
	}
	f, err := parser.ParseFile(im.fset, path+".go", src, 0)
	if err != nil {
		return nil, err
	}
	p, err := (&types.Config{Importer: im}).Check(path, im.fset, []*ast.File{f}, nil)
	if err != nil {
		return nil, err
	}
	im.pkgs[path] = p
	return p, nil
}

func checkJobSource(t *testing.T, src string) *types.Package {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	im := &stubImporter{fset: fset, pkgs: make(map[string]*types.Package), std: importer.Default()}
	pkg, err := (&types.Config{Importer: im}).Check("p", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return pkg
}

func TestJobHandlerOf(t *testing.T) {
	pkg := checkJobSource(t, `package p

import (
	"context"

	"github.com/hibiken/asynq"
	"github.com/riverqueue/river"
)

type args struct{}

func (args) Kind() string { return "k" }

func asynqHandler(ctx context.Context, t *asynq.Task) error { return nil }
func asynqValue(ctx context.Context, t asynq.Task) error  { return nil }
func asynqNoError(ctx context.Context, t *asynq.Task)     {}
func asynqNoContext(t *asynq.Task) error                  { return nil }
func riverWork(ctx context.Context, job *river.Job[args]) error { return nil }
func riverValue(ctx context.Context, job river.Job[args]) error { return nil }
func plain(ctx context.Context, s string) error                  { return nil }
`)
	want := map[string]JobQueue{
		"asynqHandler": Asynq, "asynqValue": NoQueue, "asynqNoError": NoQueue, "asynqNoContext": NoQueue,
		"riverWork": River, "riverValue": NoQueue, "plain": NoQueue,
	}
	for name, w := range want {
		h, ok := JobHandlerOf(pkg.Scope().Lookup(name).(*types.Func).Signature())
		if got := h.Queue; got != w || ok != (w != NoQueue) {
			t.Errorf("JobHandlerOf(%s) = %v, %v; want %v", name, got, ok, w)
		}
		if ok && h.Job != 1 {
			t.Errorf("JobHandlerOf(%s).Job = %d, want 1", name, h.Job)
		}
	}
}

func TestTemporal(t *testing.T) {
	pkg := checkJobSource(t, `package p

import (
	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/worker"
)

var (
	w worker.Worker
	_ = w.RegisterActivity
	_ = w.RegisterActivityWithOptions
	_ = w.Start
	_ = activity.GetInfo
	_ = activity.Version
)
`)
	var w types.Object = pkg.Scope().Lookup("w")
	method := func(name string) *types.Func {
		obj, _, _ := types.LookupFieldOrMethod(w.Type(), false, nil, name)
		return obj.(*types.Func)
	}
	for name, want := range map[string]bool{"RegisterActivity": true, "RegisterActivityWithOptions": true, "Start": false} {
		if got := RegistersActivities(method(name)); got != want {
			t.Errorf("RegistersActivities(%s) = %v, want %v", name, got, want)
		}
	}
	act := pkg.Imports()[0]
	if act.Path() != "go.temporal.io/sdk/activity" {
		act = pkg.Imports()[1]
	}
	for name, want := range map[string]bool{"GetInfo": true, "Version": false} {
		if got := IsActivityAPI(act.Scope().Lookup(name).(*types.Func)); got != want {
			t.Errorf("IsActivityAPI(%s) = %v, want %v", name, got, want)
		}
	}
	if IsActivityAPI(nil) || RegistersActivities(nil) {
		t.Error("nil is no Temporal function")
	}
}
