package lsp

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/sourcegraph/jsonrpc2"
)

// limits bound what the server holds. They are variables, not constants,
// only so tests can shrink them; nothing else changes them.
var limits = struct {
	// buffer is the largest document the server lints. Decoding the
	// message that carries a buffer holds a few copies of it on top of
	// what linting holds, so the server takes half of what the command
	// line reads (input.MaxTextSize); a complaint is a small fraction of
	// either.
	buffer int
	// message is the largest message read: a buffer at the limit with
	// room for JSON escapes. A larger one is skipped unread.
	message uint64
}{buffer: 4 << 20, message: 17 << 20}

// size prints a limit for a message.
func size(n uint64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d KiB", n>>10)
}

// messageTooLarge is a message skipped for its size.
type messageTooLarge struct{ size uint64 }

func (e *messageTooLarge) Error() string {
	return fmt.Sprintf("a message of %s is larger than the %s the server reads; documents over %s are not linted in the editor (lint them with the command line)",
		size(e.size), size(limits.message), size(uint64(limits.buffer)))
}

// boundedCodec is the LSP framing (headers, a blank line, Content-Length
// bytes of JSON) that refuses to read a message past limits.message: it skips
// its bytes, keeping the stream in step, and reports messageTooLarge. The
// library's codec would read the message whatever its size.
type boundedCodec struct{ jsonrpc2.VSCodeObjectCodec }

func (c boundedCodec) ReadObject(r *bufio.Reader, v any) error {
	var length uint64
	haveLength := false
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return err
		}
		if !strings.HasSuffix(line, "\r\n") {
			return fmt.Errorf("jsonrpc2: line endings must be \\r\\n")
		}
		line = strings.TrimSuffix(line, "\r\n")
		if line == "" {
			break
		}
		if len(line) > 1024 {
			return fmt.Errorf("jsonrpc2: header line longer than 1 KiB")
		}
		name, value, ok := strings.Cut(line, ":")
		if ok && strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			n, err := strconv.ParseUint(strings.TrimSpace(value), 10, 63)
			if err != nil {
				return fmt.Errorf("jsonrpc2: bad Content-Length %q", value)
			}
			length, haveLength = n, true
		}
	}
	if !haveLength || length == 0 {
		return fmt.Errorf("jsonrpc2: no Content-Length header found")
	}
	if length > limits.message {
		if _, err := io.CopyN(io.Discard, r, int64(length)); err != nil {
			return err
		}
		return &messageTooLarge{size: length}
	}
	return json.NewDecoder(io.LimitReader(r, int64(length))).Decode(v)
}
