// Command genapitable writes apitable.go for package stripesdk: the table of
// the Stripe Go SDK's functions and methods that call the Stripe API, with
// their HTTP method and the SDK majors that have them.
//
// For each SDK major in the range given by -majors it asks the go command for
// the newest release of github.com/stripe/stripe-go/vNN, downloads it into the
// module cache, parses every non-test Go file of the module (syntax only, no
// type checking) and records each exported function or method whose body,
// including nested function literals such as the List closures, calls
//
//	X.F.Call(method, ...)  X.F.CallRaw(method, ...)
//	X.F.CallStreaming(method, ...)  X.F.CallMultipart(method, ...)
//
// where F is a struct field of type Backend (B in almost every client; also
// BUploads, BMeterEvents, PDFBackend and stripe.Client's backend) and method is
// http.MethodGet, http.MethodPost, http.MethodDelete or the equivalent string
// literal.
//
// Usage (from analyzer/stripesdk, via go generate):
//
//	go run ./internal/genapitable -o apitable.go [-majors 72-85]
//
// Warnings (conflicting methods, skipped calls) and a summary go to stderr.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/build"
	"go/format"
	"go/parser"
	"go/token"
	"io"
	"io/fs"
	"log"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// firstMajor is the SDK major of bit 0 of apiEntry.Majors.
const firstMajor = 72

// apiKey and apiEntry mirror the types of package stripesdk.
type apiKey struct {
	Pkg  string // package path below the module root; "" for the root package
	Recv string // "" for functions and resource packages' Client methods; otherwise the receiver type name
	Name string
}

type apiEntry struct {
	Method string
	Majors uint64
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("genapitable: ")
	out := flag.String("o", "apitable.go", "output `file`")
	majorsFlag := flag.String("majors", "72-85", "`range` of SDK majors to read, e.g. 72-85 or 85")
	verbose := flag.Bool("v", false, "also print notes (skipped calls with a non-constant method, unexported API functions)")
	flag.Parse()
	if flag.NArg() != 0 {
		flag.Usage()
		os.Exit(2)
	}
	lo, hi, err := parseMajors(*majorsFlag)
	if err != nil {
		log.Fatal(err)
	}
	if err := run(*out, lo, hi, *verbose); err != nil {
		log.Fatal(err)
	}
}

// sdkMajor is what was read of one SDK major.
type sdkMajor struct {
	Major   int
	Version string            // "" if the major was never released
	APIs    map[apiKey]string // API functions and their HTTP method
}

func run(out string, lo, hi int, verbose bool) error {
	// Run the go command outside any module, so that it cannot touch
	// this repository's go.mod or go.sum.
	tmp, err := os.MkdirTemp("", "genapitable")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	var (
		majors     []sdkMajor
		changelogs [][]byte // CHANGELOG.md of the majors read so far (newer ones)
	)
	// Newest first: an older major missing from the proxy's version list
	// can then be found in a newer major's CHANGELOG.md.
	for major := hi; major >= lo; major-- {
		path := modulePath(major)
		version, err := newestRelease(tmp, path)
		if err != nil {
			v, ok := releaseFromChangelogs(changelogs, major)
			switch {
			case ok:
				warnf("%s: %v; using %s, the newest release in a newer major's CHANGELOG.md", path, err, v)
				version = v
			case len(changelogs) > 0:
				warnf("%s: %v; no %d.x.y release in the CHANGELOG.md of a newer major: skipping it, it was never released", path, err, major)
				majors = append(majors, sdkMajor{Major: major})
				continue
			default:
				return err
			}
		}
		if v, ok := releaseFromChangelogs(changelogs, major); ok && v != version {
			warnf("%s: the proxy's newest release is %s, but a newer major's CHANGELOG.md names %s; using %s", path, version, v, version)
		}
		dir, err := download(tmp, path, version)
		if err != nil {
			return err
		}
		if b, err := os.ReadFile(filepath.Join(dir, "CHANGELOG.md")); err == nil {
			changelogs = append(changelogs, b)
		}
		fset := token.NewFileSet()
		pkgs, err := loadModule(fset, dir)
		if err != nil {
			return err
		}
		res := extract(fset, pkgs)
		for _, w := range res.Warnings {
			warnf("%s@%s: %s", path, version, w)
		}
		if verbose {
			for _, n := range res.Notes {
				fmt.Fprintf(os.Stderr, "note: %s@%s: %s\n", path, version, n)
			}
		}
		majors = append(majors, sdkMajor{Major: major, Version: version, APIs: res.APIs})
		fmt.Fprintf(os.Stderr, "read %s@%s: %d packages, %d API functions\n", path, version, len(pkgs), len(res.APIs))
	}
	slices.Reverse(majors)

	table, warnings := merge(majors)
	for _, w := range warnings {
		warnf("%s", w)
	}
	src, err := render(table, majors)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, src, 0o666); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s: %d entries, %d bytes\n", out, len(table), len(src))
	summarize(os.Stderr, majors)
	return nil
}

func warnf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "warning: "+format+"\n", args...)
}

func modulePath(major int) string {
	return fmt.Sprintf("github.com/stripe/stripe-go/v%d", major)
}

// parseMajors parses "72-85" or "85".
func parseMajors(s string) (lo, hi int, err error) {
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		b = a
	}
	lo, err1 := strconv.Atoi(strings.TrimSpace(a))
	hi, err2 := strconv.Atoi(strings.TrimSpace(b))
	if err1 != nil || err2 != nil {
		return 0, 0, fmt.Errorf("-majors %q: want N or N-M", s)
	}
	if lo > hi || lo < firstMajor || hi >= firstMajor+64 {
		return 0, 0, fmt.Errorf("-majors %q: want %d <= N <= M < %d", s, firstMajor, firstMajor+64)
	}
	return lo, hi, nil
}

// goCmd runs the go command in dir and returns its standard output.
func goCmd(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GO111MODULE=on", "GOFLAGS=-mod=mod", "GOWORK=off")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.Join(strings.Fields(stderr.String()), " ")
		return nil, fmt.Errorf("go %s: %v: %s", strings.Join(args, " "), err, msg)
	}
	return out, nil
}

// newestRelease asks the go command for the versions of module path and
// returns the newest release (non-prerelease) version.
func newestRelease(dir, path string) (string, error) {
	out, err := goCmd(dir, "list", "-m", "-versions", "-json", path)
	if err != nil {
		return "", err
	}
	var m struct{ Versions []string }
	if err := json.Unmarshal(out, &m); err != nil {
		return "", fmt.Errorf("go list -m -versions %s: %v", path, err)
	}
	if v, ok := newestReleaseOf(m.Versions); ok {
		return v, nil
	}
	return "", fmt.Errorf("go list -m -versions %s: no release version", path)
}

// newestReleaseOf returns the last version of versions (in the go command's
// semver order) that is not a prerelease.
func newestReleaseOf(versions []string) (string, bool) {
	for _, v := range slices.Backward(versions) {
		if !strings.Contains(v, "-") && !strings.Contains(v, "+") {
			return v, true
		}
	}
	return "", false
}

// releaseFromChangelogs returns the newest release of major named by a
// "## N.x.y" heading in one of the changelogs (newest release first, as in
// the SDK's CHANGELOG.md).
func releaseFromChangelogs(changelogs [][]byte, major int) (string, bool) {
	re := regexp.MustCompile(`(?m)^## (` + strconv.Itoa(major) + `\.\d+\.\d+)\s`)
	for _, cl := range changelogs {
		if m := re.FindSubmatch(cl); m != nil {
			return "v" + string(m[1]), true
		}
	}
	return "", false
}

// download runs go mod download and returns the module's directory.
func download(dir, path, version string) (string, error) {
	out, err := goCmd(dir, "mod", "download", "-json", path+"@"+version)
	if err != nil {
		return "", err
	}
	var m struct{ Dir, Error string }
	if err := json.Unmarshal(out, &m); err != nil {
		return "", fmt.Errorf("go mod download %s@%s: %v", path, version, err)
	}
	if m.Error != "" || m.Dir == "" {
		return "", fmt.Errorf("go mod download %s@%s: %s", path, version, m.Error)
	}
	return m.Dir, nil
}

// sourcePackage is one package of the SDK module.
type sourcePackage struct {
	Path  string // below the module root: "" for the root package
	Files []*ast.File
}

// loadModule parses the non-test Go files, built for linux/amd64, of every
// non-main package of the module in root (not descending into nested modules,
// testdata, vendor, or directories starting with . or _).
func loadModule(fset *token.FileSet, root string) ([]sourcePackage, error) {
	ctxt := build.Default
	ctxt.GOOS, ctxt.GOARCH, ctxt.CgoEnabled = "linux", "amd64", false
	byDir := map[string][]*ast.File{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path == root {
				return nil
			}
			if name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		dir := filepath.Dir(path)
		if ok, err := ctxt.MatchFile(dir, name); err != nil || !ok {
			return err
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		if f.Name.Name == "main" {
			return nil
		}
		rel, err := filepath.Rel(root, dir)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if rel == "." {
			rel = ""
		}
		byDir[rel] = append(byDir[rel], f)
		return nil
	})
	if err != nil {
		return nil, err
	}
	var pkgs []sourcePackage
	for _, p := range slices.Sorted(maps.Keys(byDir)) {
		pkgs = append(pkgs, sourcePackage{Path: p, Files: byDir[p]})
	}
	return pkgs, nil
}

// extraction is what extract finds in one SDK major.
type extraction struct {
	APIs     map[apiKey]string // API functions and their HTTP method
	Warnings []string          // conflicting methods, unexpected HTTP methods
	Notes    []string          // backend calls not recorded
}

// callNames are the Backend methods that send a request.
var callNames = map[string]bool{"Call": true, "CallRaw": true, "CallStreaming": true, "CallMultipart": true}

// httpMethods maps the net/http method constants to their values.
var httpMethods = map[string]string{
	"MethodGet": "GET", "MethodHead": "HEAD", "MethodPost": "POST", "MethodPut": "PUT",
	"MethodPatch": "PATCH", "MethodDelete": "DELETE", "MethodConnect": "CONNECT",
	"MethodOptions": "OPTIONS", "MethodTrace": "TRACE",
}

// extract finds the API functions of the packages of one SDK module.
//
// A function or method is an API function if its body calls the API
// itself. In a package other than the root, a package-level function that
// forwards to a method of the package's Client (getC().G(...)) under another
// name is an API function too, with G's HTTP method; under the same name it
// shares G's key anyway.
func extract(fset *token.FileSet, pkgs []sourcePackage) extraction {
	res := extraction{APIs: map[apiKey]string{}}
	fields := backendFields(pkgs)
	where := map[apiKey]string{} // a position of the function recorded for each key
	record := func(key apiKey, method, pos, fname string) {
		if prev, ok := res.APIs[key]; ok && prev != method {
			res.Warnings = append(res.Warnings, fmt.Sprintf("%s: %s uses %s, but %s (same key) uses %s; keeping %s", pos, fname, method, where[key], prev, prev))
			return
		}
		res.APIs[key] = method
		where[key] = pos
	}
	for _, pkg := range pkgs {
		type forwarder struct {
			fd     *ast.FuncDecl
			target string // the Client method it calls
		}
		var forwarders []forwarder
		ctors := clientConstructors(pkg)
		for _, f := range pkg.Files {
			httpName := importName(f, "net/http")
			for _, decl := range f.Decls {
				fd, ok := decl.(*ast.FuncDecl)
				if !ok || fd.Body == nil {
					continue
				}
				fname := funcName(pkg.Path, fd)
				var methods []string // distinct, in source order
				ast.Inspect(fd.Body, func(n ast.Node) bool {
					call, ok := n.(*ast.CallExpr)
					if !ok || !isBackendCall(call, fields) {
						return true
					}
					m := methodOf(call.Args[0], httpName)
					switch m {
					case "":
						res.Notes = append(res.Notes, fmt.Sprintf("%s: %s: backend call with a non-constant method, not recorded", fset.Position(call.Pos()), fname))
					case "GET", "POST", "DELETE":
						if !slices.Contains(methods, m) {
							methods = append(methods, m)
						}
					default:
						res.Warnings = append(res.Warnings, fmt.Sprintf("%s: %s: backend call with method %s, not recorded", fset.Position(call.Pos()), fname, m))
					}
					return true
				})
				pos := fset.Position(fd.Pos()).String()
				switch {
				case len(methods) == 0:
					if target := forwardTarget(fd, ctors); target != "" && target != fd.Name.Name && pkg.Path != "" && fd.Name.IsExported() {
						forwarders = append(forwarders, forwarder{fd, target})
					}
				case !fd.Name.IsExported():
					res.Notes = append(res.Notes, fmt.Sprintf("%s: %s: unexported, not recorded", pos, fname))
				default:
					if len(methods) > 1 {
						res.Warnings = append(res.Warnings, fmt.Sprintf("%s: %s calls the API with methods %s; recording %s", pos, fname, strings.Join(methods, " and "), methods[0]))
					}
					record(keyOf(pkg.Path, fd), methods[0], pos, fname)
				}
			}
		}
		for _, fw := range forwarders {
			method, ok := res.APIs[apiKey{Pkg: pkg.Path, Name: fw.target}]
			if !ok {
				continue
			}
			pos := fset.Position(fw.fd.Pos()).String()
			fname := funcName(pkg.Path, fw.fd)
			res.Notes = append(res.Notes, fmt.Sprintf("%s: %s forwards to (Client).%s: recorded as %s", pos, fname, fw.target, method))
			record(keyOf(pkg.Path, fw.fd), method, pos, fname)
		}
	}
	return res
}

// clientConstructors returns the names of pkg's package-level functions
// that return just a Client or *Client (getC).
func clientConstructors(pkg sourcePackage) map[string]bool {
	ctors := map[string]bool{}
	for _, f := range pkg.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Recv != nil || fd.Type.Results == nil || len(fd.Type.Results.List) != 1 || len(fd.Type.Results.List[0].Names) > 1 {
				continue
			}
			t := fd.Type.Results.List[0].Type
			if star, ok := t.(*ast.StarExpr); ok {
				t = star.X
			}
			if id, ok := t.(*ast.Ident); ok && id.Name == "Client" {
				ctors[fd.Name.Name] = true
			}
		}
	}
	return ctors
}

// forwardTarget returns G if fd is a package-level function whose body
// calls ctor().G(...) for a Client constructor ctor, or "".
func forwardTarget(fd *ast.FuncDecl, ctors map[string]bool) string {
	if fd.Recv != nil {
		return ""
	}
	target := ""
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || target != "" {
			return target == ""
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		inner, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok {
			return true
		}
		if id, ok := ast.Unparen(inner.Fun).(*ast.Ident); ok && ctors[id.Name] {
			target = sel.Sel.Name
		}
		return true
	})
	return target
}

// backendFields returns the names of the struct fields of type Backend
// (stripe.Backend outside the root package) declared anywhere in pkgs.
func backendFields(pkgs []sourcePackage) map[string]bool {
	fields := map[string]bool{}
	for _, pkg := range pkgs {
		for _, f := range pkg.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				st, ok := n.(*ast.StructType)
				if !ok {
					return true
				}
				for _, fld := range st.Fields.List {
					if isBackendType(fld.Type) {
						for _, name := range fld.Names {
							fields[name.Name] = true
						}
					}
				}
				return true
			})
		}
	}
	return fields
}

func isBackendType(t ast.Expr) bool {
	switch t := t.(type) {
	case *ast.Ident:
		return t.Name == "Backend"
	case *ast.SelectorExpr:
		_, ok := t.X.(*ast.Ident)
		return ok && t.Sel.Name == "Backend"
	}
	return false
}

// isBackendCall reports whether call is X.F.Call*(args) with F a Backend
// field and at least one argument.
func isBackendCall(call *ast.CallExpr, fields map[string]bool) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || !callNames[sel.Sel.Name] || len(call.Args) == 0 {
		return false
	}
	field, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
	return ok && fields[field.Sel.Name]
}

// methodOf returns the HTTP method that e (http.MethodXxx or a string
// literal) denotes, or "" if e is neither.
func methodOf(e ast.Expr, httpName string) string {
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if x, ok := e.X.(*ast.Ident); ok && httpName != "" && x.Name == httpName {
			return httpMethods[e.Sel.Name]
		}
	case *ast.BasicLit:
		if e.Kind == token.STRING {
			if s, err := strconv.Unquote(e.Value); err == nil && s != "" && strings.ToUpper(s) == s {
				return s
			}
		}
	}
	return ""
}

// importName returns the name under which f imports path, or "".
func importName(f *ast.File, path string) string {
	for _, imp := range f.Imports {
		if p, err := strconv.Unquote(imp.Path.Value); err == nil && p == path {
			if imp.Name != nil {
				return imp.Name.Name
			}
			return path[strings.LastIndex(path, "/")+1:]
		}
	}
	return ""
}

// recvTypeName returns the name of fd's receiver type, or "" for a function.
func recvTypeName(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return ""
	}
	t := fd.Recv.List[0].Type
	for {
		switch tt := t.(type) {
		case *ast.StarExpr:
			t = tt.X
		case *ast.ParenExpr:
			t = tt.X
		case *ast.IndexExpr:
			t = tt.X
		case *ast.IndexListExpr:
			t = tt.X
		case *ast.Ident:
			return tt.Name
		default:
			return ""
		}
	}
}

// keyOf returns the table key of fd, declared in the package at pkgPath.
// The methods of a resource package's Client share the key of the
// package-level function of the same name.
func keyOf(pkgPath string, fd *ast.FuncDecl) apiKey {
	recv := recvTypeName(fd)
	if recv == "Client" && pkgPath != "" {
		recv = ""
	}
	return apiKey{Pkg: pkgPath, Recv: recv, Name: fd.Name.Name}
}

// funcName names fd for messages: "paymentintent.New", "stripe.(v1PaymentIntentService).Create".
func funcName(pkgPath string, fd *ast.FuncDecl) string {
	pkg := pkgPath
	if pkg == "" {
		pkg = "stripe"
	}
	if recv := recvTypeName(fd); recv != "" {
		return fmt.Sprintf("%s.(%s).%s", pkg, recv, fd.Name.Name)
	}
	return pkg + "." + fd.Name.Name
}

// merge builds the table from the majors' API functions. A key whose method
// differs between majors gets the method of the newest major, with a warning.
func merge(majors []sdkMajor) (map[apiKey]apiEntry, []string) {
	table := map[apiKey]apiEntry{}
	history := map[apiKey][]string{} // "vNN:METHOD" for each major that has the key, ascending
	for _, m := range slices.SortedFunc(slices.Values(majors), func(a, b sdkMajor) int { return a.Major - b.Major }) {
		for k, method := range m.APIs {
			e := table[k]
			e.Majors |= 1 << (m.Major - firstMajor)
			e.Method = method // majors ascending: the newest major wins
			table[k] = e
			history[k] = append(history[k], fmt.Sprintf("v%d:%s", m.Major, method))
		}
	}
	var warnings []string
	for _, k := range sortedKeys(table) {
		suffix := ":" + table[k].Method
		if !slices.ContainsFunc(history[k], func(h string) bool { return !strings.HasSuffix(h, suffix) }) {
			continue
		}
		warnings = append(warnings, fmt.Sprintf("%s: HTTP method differs between majors (%s); recording %s", keyString(k), compactHistory(history[k]), table[k].Method))
	}
	return table, warnings
}

// compactHistory turns "v72:GET v73:GET v74:POST" into "GET in v72-v73, POST in v74".
func compactHistory(hist []string) string {
	var parts []string
	for i := 0; i < len(hist); {
		first, method, _ := strings.Cut(hist[i], ":")
		j := i
		for j+1 < len(hist) && strings.HasSuffix(hist[j+1], ":"+method) {
			j++
		}
		last, _, _ := strings.Cut(hist[j], ":")
		if first == last {
			parts = append(parts, method+" in "+first)
		} else {
			parts = append(parts, method+" in "+first+"-"+last)
		}
		i = j + 1
	}
	return strings.Join(parts, ", ")
}

func sortedKeys(table map[apiKey]apiEntry) []apiKey {
	return slices.SortedFunc(maps.Keys(table), compareKeys)
}

func compareKeys(a, b apiKey) int {
	if c := strings.Compare(a.Pkg, b.Pkg); c != 0 {
		return c
	}
	if c := strings.Compare(a.Recv, b.Recv); c != 0 {
		return c
	}
	return strings.Compare(a.Name, b.Name)
}

// keyString names k for messages: "paymentintent.New", "stripe.(v1PaymentIntentService).Create".
func keyString(k apiKey) string {
	pkg := k.Pkg
	if pkg == "" {
		pkg = "stripe"
	}
	if k.Recv != "" {
		return fmt.Sprintf("%s.(%s).%s", pkg, k.Recv, k.Name)
	}
	return pkg + "." + k.Name
}

// render returns the gofmt'ed source of apitable.go.
func render(table map[apiKey]apiEntry, majors []sdkMajor) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("// Code generated by genapitable; DO NOT EDIT.\n\npackage stripesdk\n\n")
	b.WriteString(`// apiTable lists the functions and methods of the Stripe Go SDK that call the
// Stripe API, with their HTTP method and the SDK majors that have them: those
// whose body calls a Backend's Call, CallRaw, CallStreaming or CallMultipart
// with a constant method, and package-level functions that forward to such a
// Client method. Functions that reach the API only through another SDK method
// or a stored closure (the v83+ event notifications' FetchEvent, the events'
// FetchRelatedObject) are not listed.
// Bit (major-72) of Majors is set for each major that has the function.
`)
	b.WriteString("//\n// Read from github.com/stripe/stripe-go/vNN at:\n//\n")
	var missing []string
	for _, m := range majors {
		if m.Version == "" {
			missing = append(missing, fmt.Sprintf("v%d", m.Major))
			continue
		}
		fmt.Fprintf(&b, "//   - %s\n", m.Version)
	}
	if len(missing) > 0 {
		fmt.Fprintf(&b, "//\n// Never released (no bit set): %s.\n", strings.Join(missing, ", "))
	}
	b.WriteString("var apiTable = map[apiKey]apiEntry{\n")
	var prev apiKey
	// A blank line between (Pkg, Recv) groups keeps gofmt from aligning
	// the values of all entries to the longest key.
	for i, k := range sortedKeys(table) {
		if i > 0 && (k.Pkg != prev.Pkg || k.Recv != prev.Recv) {
			b.WriteString("\n")
		}
		prev = k
		e := table[k]
		fmt.Fprintf(&b, "\t{Pkg: %q, Recv: %q, Name: %q}: {Method: %q, Majors: %#x},\n", k.Pkg, k.Recv, k.Name, e.Method, e.Majors)
	}
	b.WriteString("}\n")
	src, err := format.Source(b.Bytes())
	if err != nil {
		return nil, fmt.Errorf("formatting output: %v", err)
	}
	return src, nil
}

// summarize prints, per major, the number of entries by HTTP method, and the
// method names (ignoring package and receiver) that have more than one HTTP
// method within a major.
func summarize(w io.Writer, majors []sdkMajor) {
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	fmt.Fprintln(bw, "summary: API functions per major")
	fmt.Fprintf(bw, "  %-6s %-10s %6s %6s %6s %6s\n", "major", "version", "GET", "POST", "DELETE", "total")
	// name -> "GET/POST" style signature -> majors
	type conflict struct {
		majors  []int
		example map[string]string // method -> an example key
	}
	conflicts := map[string]map[string]*conflict{}
	for _, m := range majors {
		if m.Version == "" {
			fmt.Fprintf(bw, "  v%-5d %-10s %6s %6s %6s %6s\n", m.Major, "(none)", "-", "-", "-", "-")
			continue
		}
		count := map[string]int{}
		byName := map[string]map[string]apiKey{} // name -> method -> first key
		for _, k := range slices.SortedFunc(maps.Keys(m.APIs), compareKeys) {
			method := m.APIs[k]
			count[method]++
			if byName[k.Name] == nil {
				byName[k.Name] = map[string]apiKey{}
			}
			if _, ok := byName[k.Name][method]; !ok {
				byName[k.Name][method] = k
			}
		}
		fmt.Fprintf(bw, "  v%-5d %-10s %6d %6d %6d %6d\n", m.Major, m.Version, count["GET"], count["POST"], count["DELETE"], len(m.APIs))
		for name, ms := range byName {
			if len(ms) < 2 {
				continue
			}
			sig := strings.Join(slices.Sorted(maps.Keys(ms)), "/")
			if conflicts[name] == nil {
				conflicts[name] = map[string]*conflict{}
			}
			c := conflicts[name][sig]
			if c == nil {
				c = &conflict{example: map[string]string{}}
				conflicts[name][sig] = c
			}
			c.majors = append(c.majors, m.Major)
			for method, k := range ms {
				c.example[method] = keyString(k)
			}
		}
	}
	if len(conflicts) == 0 {
		fmt.Fprintln(bw, "summary: no method name has different HTTP methods within a major")
		return
	}
	fmt.Fprintln(bw, "summary: method names with different HTTP methods within a major (newest example of each):")
	for _, name := range slices.Sorted(maps.Keys(conflicts)) {
		for _, sig := range slices.Sorted(maps.Keys(conflicts[name])) {
			c := conflicts[name][sig]
			var ex []string
			for _, method := range slices.Sorted(maps.Keys(c.example)) {
				ex = append(ex, method+" "+c.example[method])
			}
			fmt.Fprintf(bw, "  %s: %s in %s (%s)\n", name, sig, majorRanges(c.majors), strings.Join(ex, "; "))
		}
	}
}

// majorRanges formats ascending majors as "v72-v76, v78-v85".
func majorRanges(ms []int) string {
	var parts []string
	for i := 0; i < len(ms); {
		j := i
		for j+1 < len(ms) && ms[j+1] == ms[j]+1 {
			j++
		}
		if i == j {
			parts = append(parts, fmt.Sprintf("v%d", ms[i]))
		} else {
			parts = append(parts, fmt.Sprintf("v%d-v%d", ms[i], ms[j]))
		}
		i = j + 1
	}
	return strings.Join(parts, ", ")
}
