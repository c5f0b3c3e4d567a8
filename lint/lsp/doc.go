// Package lsp is complaintlint's language server: findings appear in the
// editor as the attorney types.
//
// It speaks LSP 3.17 over standard input and output. Framing and dispatch
// are github.com/sourcegraph/jsonrpc2's; the protocol types are the small
// subset in protocol.go.
//
// The flow for one buffer: didOpen and didChange update the text on the
// library's read goroutine (so changes apply in order), then a debounce
// timer starts a lint goroutine, at most one per document. A lint works on
// a snapshot; its result is published only if the document has not changed
// or closed meanwhile, so an editor never shows findings for text it no
// longer has. Hover and code actions answer from the latest result when it
// matches the text, and otherwise lint the text as it is now.
//
// Positions: findings carry byte spans; the server converts them to the
// position encoding negotiated at initialize (UTF-16 by default, UTF-8 or
// UTF-32 when the client prefers them), and converts the client's change
// ranges back the same way.
package lsp
