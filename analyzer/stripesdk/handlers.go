package stripesdk

// Request handlers: the code that serves requests, for the rules that treat
// it specially (webhooksig checks webhook handlers, fatal forbids exiting
// in them, and so on). One place, so that every rule sees the same shapes
// in every framework:
//
//   - net/http: func(http.ResponseWriter, *http.Request), which covers
//     http.HandlerFunc, ServeHTTP methods and every router built on them
//     (chi, gorilla/mux, the standard ServeMux);
//   - gin: func(*gin.Context);
//   - echo v4: func(echo.Context) error;
//   - fiber v2: func(*fiber.Ctx) error.
//
// Frameworks are recognised by the import path of their package and the
// identity of their types, never by the name a file gives them.

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/stripeerrlint/stripeerrlint/internal/gocode"
)

// A Framework is the web framework a request handler is written for.
type Framework uint8

// The frameworks whose handlers the model recognises.
const (
	NoFramework Framework = iota
	NetHTTP               // net/http, and routers built on http.Handler (chi, gorilla/mux)
	Gin                   // github.com/gin-gonic/gin
	Echo                  // github.com/labstack/echo/v4
	Fiber                 // github.com/gofiber/fiber/v2
)

// Import paths of the frameworks' packages.
const (
	netHTTPPath  = "net/http"
	ginPath      = "github.com/gin-gonic/gin"
	echoPath     = "github.com/labstack/echo/v4"
	fiberPath    = "github.com/gofiber/fiber/v2"
	fasthttpPath = "github.com/valyala/fasthttp"
)

func (f Framework) String() string {
	switch f {
	case NetHTTP:
		return "net/http"
	case Gin:
		return "gin"
	case Echo:
		return "echo"
	case Fiber:
		return "fiber"
	}
	return "none"
}

// A Handler describes the signature of a request handler.
type Handler struct {
	Framework Framework
	// Context is the parameter through which the handler reads the
	// request: the *http.Request of a net/http handler, the *gin.Context,
	// the echo.Context, the *fiber.Ctx.
	Context int
	// Writer is the index of the http.ResponseWriter parameter of a
	// net/http handler, -1 in other frameworks.
	Writer int
	// ReturnsError is set for frameworks whose handlers answer through
	// their error result (echo, fiber): returning nil answers success
	// unless the handler wrote another status.
	ReturnsError bool
}

// HandlerOf reports whether sig is the signature of a request handler of
// one of the frameworks the model knows, and which.
func HandlerOf(sig *types.Signature) (Handler, bool) {
	params, results := sig.Params(), sig.Results()
	switch {
	case params.Len() == 2 && results.Len() == 0 &&
		isNamed(params.At(0).Type(), netHTTPPath, "ResponseWriter", false) &&
		isNamed(params.At(1).Type(), netHTTPPath, "Request", true):
		return Handler{Framework: NetHTTP, Context: 1, Writer: 0}, true
	case params.Len() != 1:
		return Handler{}, false
	case results.Len() == 0 && isNamed(params.At(0).Type(), ginPath, "Context", true):
		return Handler{Framework: Gin, Writer: -1}, true
	case results.Len() == 1 && gocode.IsError(results.At(0).Type()) && isNamed(params.At(0).Type(), echoPath, "Context", false):
		return Handler{Framework: Echo, Writer: -1, ReturnsError: true}, true
	case results.Len() == 1 && gocode.IsError(results.At(0).Type()) && isNamed(params.At(0).Type(), fiberPath, "Ctx", true):
		return Handler{Framework: Fiber, Writer: -1, ReturnsError: true}, true
	}
	return Handler{}, false
}

// IsHandler reports whether sig is the signature of a request handler of
// any framework the model knows (HandlerOf).
func IsHandler(sig *types.Signature) bool {
	_, ok := HandlerOf(sig)
	return ok
}

// EnclosingHandler returns the innermost function (declaration or literal)
// around cur that is a request handler (HandlerOf), and its shape.
func EnclosingHandler(info *types.Info, cur inspector.Cursor) (inspector.Cursor, Handler, bool) {
	for p := range cur.Enclosing((*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		if sig := gocode.FuncSignature(info, p.Node()); sig != nil {
			if h, ok := HandlerOf(sig); ok {
				return p, h, true
			}
		}
	}
	return inspector.Cursor{}, Handler{}, false
}

// ServesRequests reports whether the code at cur runs when a request is
// served: inside a request handler (a literal one too, such as one
// registered in main), or in any function that does not run at start-up
// (gocode.RunsAtStartup: main, init, TestMain), since such a function may
// be called by a handler.
func ServesRequests(fset *token.FileSet, pkg *types.Package, info *types.Info, cur inspector.Cursor) bool {
	for p := range cur.Enclosing((*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		switch n := p.Node().(type) {
		case *ast.FuncLit:
			if sig := gocode.FuncSignature(info, n); sig != nil && IsHandler(sig) {
				return true
			}
		case *ast.FuncDecl:
			return !gocode.RunsAtStartup(fset, pkg, n)
		}
	}
	return true // a literal at package level
}

// IsNetHTTPHandler reports whether sig is that of a net/http handler function:
// func(http.ResponseWriter, *http.Request).
func IsNetHTTPHandler(sig *types.Signature) bool {
	h, ok := HandlerOf(sig)
	return ok && h.Framework == NetHTTP
}

// IsRequestBody reports whether v is the Body field of net/http's Request:
// r.Body in net/http, c.Request.Body in gin, c.Request().Body in echo all
// select it.
func IsRequestBody(v *types.Var) bool {
	return v != nil && v.IsField() && v.Name() == "Body" && v.Pkg() != nil && v.Pkg().Path() == netHTTPPath
}

// ReadsBody reports whether fn returns the raw request body as bytes: gin's
// (*Context).GetRawData, fiber's (*Ctx).Body and BodyRaw, fasthttp's
// (*Request).Body and (*RequestCtx).PostBody (what fiber's c.Request() and
// c.Context() return).
func ReadsBody(fn *types.Func) bool {
	switch recv := recvNamed(fn); {
	case recv == nil:
		return false
	case isTypeName(recv, ginPath, "Context"):
		return fn.Name() == "GetRawData"
	case isTypeName(recv, fiberPath, "Ctx"):
		return fn.Name() == "Body" || fn.Name() == "BodyRaw"
	case isTypeName(recv, fasthttpPath, "Request"):
		return fn.Name() == "Body"
	case isTypeName(recv, fasthttpPath, "RequestCtx"):
		return fn.Name() == "PostBody"
	}
	return false
}

// ginBodyBinders are the methods of gin's *Context that decode the request
// body into their first argument (those that bind the query, the headers,
// the URI or a plain string are not listed).
var ginBodyBinders = map[string]bool{
	"Bind": true, "BindJSON": true, "BindXML": true, "BindYAML": true, "BindTOML": true, "BindWith": true, "MustBindWith": true,
	"ShouldBind": true, "ShouldBindJSON": true, "ShouldBindXML": true, "ShouldBindYAML": true, "ShouldBindTOML": true, "ShouldBindWith": true,
	"ShouldBindBodyWith": true, "ShouldBindBodyWithJSON": true, "ShouldBindBodyWithXML": true, "ShouldBindBodyWithYAML": true, "ShouldBindBodyWithTOML": true,
}

// BindsBody reports whether fn decodes the request body into one of its
// arguments, and which: gin's binders (ShouldBindJSON, BindJSON,
// ShouldBind, Bind, …), echo's Context.Bind and DefaultBinder's Bind and
// BindBody, fiber's (*Ctx).BodyParser.
func BindsBody(fn *types.Func) (arg int, ok bool) {
	switch recv := recvNamed(fn); {
	case recv == nil:
		return 0, false
	case isTypeName(recv, ginPath, "Context"):
		return 0, ginBodyBinders[fn.Name()]
	case isTypeName(recv, echoPath, "Context"):
		return 0, fn.Name() == "Bind"
	case isTypeName(recv, echoPath, "DefaultBinder"):
		switch fn.Name() {
		case "Bind":
			return 0, true
		case "BindBody":
			return 1, true
		}
	case isTypeName(recv, fiberPath, "Ctx"):
		return 0, fn.Name() == "BodyParser"
	}
	return 0, false
}

// ginStatusMethods are the methods of gin's *Context whose first argument
// is the HTTP status of the response.
var ginStatusMethods = map[string]bool{
	"Status": true, "AbortWithStatus": true, "AbortWithStatusJSON": true, "AbortWithStatusPureJSON": true, "AbortWithError": true,
	"JSON": true, "IndentedJSON": true, "SecureJSON": true, "AsciiJSON": true, "PureJSON": true, "JSONP": true,
	"XML": true, "YAML": true, "TOML": true, "ProtoBuf": true, "String": true, "Redirect": true, "Data": true, "DataFromReader": true, "Render": true, "HTML": true,
}

// echoStatusMethods are the methods of echo's Context whose first argument
// is the HTTP status of the response.
var echoStatusMethods = map[string]bool{
	"Render": true, "HTML": true, "HTMLBlob": true, "String": true, "JSON": true, "JSONPretty": true, "JSONBlob": true,
	"JSONP": true, "JSONPBlob": true, "XML": true, "XMLPretty": true, "XMLBlob": true, "Blob": true, "Stream": true,
	"NoContent": true, "Redirect": true,
}

// StatusArg reports whether a call of fn sets the HTTP status of the
// response, and which argument holds it: http.Error (the third),
// ResponseWriter.WriteHeader, gin's c.JSON, c.String, c.Status,
// c.AbortWithStatus…, echo's c.JSON, c.NoContent…, fiber's c.Status and
// c.SendStatus (the first).
func StatusArg(fn *types.Func) (arg int, ok bool) {
	if fn == nil || fn.Pkg() == nil {
		return 0, false
	}
	recv := recvNamed(fn)
	switch {
	case fn.Pkg().Path() == netHTTPPath:
		switch {
		case recv == nil && fn.Name() == "Error":
			return 2, true
		case recv != nil && fn.Name() == "WriteHeader":
			return 0, true
		}
	case recv == nil:
	case isTypeName(recv, ginPath, "Context"):
		return 0, ginStatusMethods[fn.Name()]
	case isTypeName(recv, echoPath, "Context"):
		return 0, echoStatusMethods[fn.Name()]
	case isTypeName(recv, fiberPath, "Ctx"):
		return 0, fn.Name() == "Status" || fn.Name() == "SendStatus"
	}
	return 0, false
}

// WritesStatus reports whether a call of fn sets the HTTP status of the
// response (StatusArg).
func WritesStatus(fn *types.Func) bool {
	_, ok := StatusArg(fn)
	return ok
}

// recvNamed returns the named type of fn's receiver (through a pointer),
// or nil for a function or a nil fn.
func recvNamed(fn *types.Func) *types.TypeName {
	if fn == nil || fn.Signature().Recv() == nil {
		return nil
	}
	if n, ok := types.Unalias(gocode.Deref(fn.Signature().Recv().Type())).(*types.Named); ok {
		return n.Obj()
	}
	return nil
}

// isTypeName reports whether tn is the type name declared in the package
// with path pkgPath.
func isTypeName(tn *types.TypeName, pkgPath, name string) bool {
	return tn.Pkg() != nil && tn.Pkg().Path() == pkgPath && tn.Name() == name
}

// isNamed reports whether t is the type pkgPath.name, or a pointer to it
// when pointer is set (and only then).
func isNamed(t types.Type, pkgPath, name string, pointer bool) bool {
	p, isPointer := types.Unalias(t).(*types.Pointer)
	if isPointer != pointer {
		return false
	}
	if isPointer {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && isTypeName(n.Obj(), pkgPath, name)
}
