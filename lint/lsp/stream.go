package lsp

import (
	"encoding/json"
	"errors"
	"io"

	"github.com/sourcegraph/jsonrpc2"
)

// stdio joins the two halves of a stdio transport into the ReadWriteCloser
// the JSON-RPC library wants; Close closes whichever halves can be closed,
// which is what unblocks a reader in tests built on io.Pipe.
type stdio struct {
	io.Reader
	io.Writer
}

func (s stdio) Close() error {
	var errs []error
	if c, ok := s.Reader.(io.Closer); ok {
		errs = append(errs, c.Close())
	}
	if c, ok := s.Writer.(io.Closer); ok {
		errs = append(errs, c.Close())
	}
	return errors.Join(errs...)
}

// tolerantStream wraps the library's Content-Length framed stream. The
// library closes the connection on any message it cannot decode; JSON-RPC
// instead wants a well-framed message that is not valid JSON answered with
// a parse error, and one that is JSON but not a request or response
// answered with an invalid-request error, with the connection kept. The
// framing itself stays the library's: a broken header still ends the
// connection, which the server then treats as the client going away.
type tolerantStream struct {
	jsonrpc2.ObjectStream
	logf func(format string, args ...any)
}

// errorReply is a JSON-RPC error response whose id is null, which the
// library's Response type cannot express.
type errorReply struct {
	JSONRPC string         `json:"jsonrpc"`
	ID      *int           `json:"id"`
	Error   jsonrpc2.Error `json:"error"`
}

func (s tolerantStream) ReadObject(v any) error {
	for {
		var raw json.RawMessage
		err := s.ObjectStream.ReadObject(&raw)
		var syntax *json.SyntaxError
		var typeErr *json.UnmarshalTypeError
		var tooLarge *messageTooLarge
		switch {
		case errors.As(err, &tooLarge):
			// Most likely a didOpen or didChange of a huge buffer: say so
			// where the attorney looks, and go on with the next message.
			s.logf("skipped a message: %v", err)
			s.tell(messageError, "complaintlint: "+err.Error())
			continue
		case errors.As(err, &syntax) || errors.As(err, &typeErr):
			s.logf("ignoring a message that is not JSON: %v", err)
			s.reject(jsonrpc2.CodeParseError, "parse error: "+err.Error())
			continue
		case err != nil:
			return err
		}
		if err := json.Unmarshal(raw, v); err != nil {
			s.logf("ignoring a message that is not a JSON-RPC request or response: %v", err)
			s.reject(jsonrpc2.CodeInvalidRequest, "invalid request: "+err.Error())
			continue
		}
		return nil
	}
}

// tell shows a message to the user outside of any request.
func (s tolerantStream) tell(typ int, msg string) {
	n := struct {
		JSONRPC string            `json:"jsonrpc"`
		Method  string            `json:"method"`
		Params  ShowMessageParams `json:"params"`
	}{"2.0", "window/showMessage", ShowMessageParams{Type: typ, Message: msg}}
	if err := s.WriteObject(n); err != nil {
		s.logf("cannot send a message: %v", err)
	}
}

func (s tolerantStream) reject(code int64, msg string) {
	if err := s.WriteObject(errorReply{JSONRPC: "2.0", Error: jsonrpc2.Error{Code: code, Message: msg}}); err != nil {
		s.logf("cannot send error response: %v", err)
	}
}
