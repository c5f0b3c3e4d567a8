//go:build js && wasm

// Command complaintlint-wasm is complaintlint compiled to WebAssembly for a
// browser. It lints what it is handed and never touches a network or a
// file system: the page (web/) gives it a file's bytes and gets back the
// documents the command line would write. Only the engine is built in;
// git, the directory walk, the hook installer and the language server live
// in cmd/complaintlint and are not part of this program, and neither is
// the HTML report: the page lays the complaint out from the JSON document
// and the source text.
//
// It defines globalThis.complaintlint:
//
//	lint(bytes, name, options)             Promise of the --format json document (a string)
//	reports(bytes, name, options, formats) Promise of {format: document} for json and sarif, and
//	                                       source: the text their byte spans index (a Uint8Array)
//	annotate(docxBytes, options)           Promise of the reviewed .docx (a Uint8Array)
//	checkSize(name, size)                  the command line's error for a file of that size, or ""
//	maxFileSize, version
//
// options hold the command line's lint flags by their camel-case names:
// circuit, state, minSeverity, enable, disable, maxFindings, inputFormat
// and, for annotate, name. A promise is rejected with the one-line error
// the command line prints for the same file.
package main

import (
	"runtime/debug"
	"syscall/js"

	"github.com/complaintlint/complaintlint/lint/browser"
	"github.com/complaintlint/complaintlint/lint/driver"
)

// version is set by the build (-ldflags -X main.version=...).
var version string

func main() {
	debug.SetMemoryLimit(driver.MemoryLimit) // the command line's limit
	if version != "" {
		browser.Version = version
	}
	api := js.Global().Get("Object").New()
	api.Set("lint", js.FuncOf(jsLint))
	api.Set("reports", js.FuncOf(jsReports))
	api.Set("annotate", js.FuncOf(jsAnnotate))
	api.Set("checkSize", js.FuncOf(jsCheckSize))
	api.Set("maxFileSize", browser.MaxFileSize)
	api.Set("version", browser.Version)
	js.Global().Set("complaintlint", api)
	// Signal the loader, then serve calls for the life of the page.
	if ready := js.Global().Get("complaintlintReady"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {}
}
