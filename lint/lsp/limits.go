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

// MaxBuffer is the largest document the server lints. Decoding the message
// that carries a buffer holds a few copies of it on top of what linting
// holds, so the server takes half of what the command line reads
// (input.MaxTextSize); a complaint is a small fraction of either.
const MaxBuffer = 4 << 20

// maxMessage is the largest message read: a buffer at the limit with room
// for JSON escapes. A larger one is skipped unread.
const maxMessage = 4*MaxBuffer + 1<<20

// messageTooLarge is a message skipped for its size.
type messageTooLarge struct{ size uint64 }

func (e *messageTooLarge) Error() string {
	return fmt.Sprintf("a message of %d MiB is larger than the %d MiB the server reads; documents over %d MiB are not linted in the editor (lint them with the command line)",
		e.size>>20, maxMessage>>20, MaxBuffer>>20)
}

// boundedCodec is the LSP framing (headers, a blank line, Content-Length
// bytes of JSON) that refuses to read a message past maxMessage: it skips
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
	if length > maxMessage {
		if _, err := io.CopyN(io.Discard, r, int64(length)); err != nil {
			return err
		}
		return &messageTooLarge{size: length}
	}
	return json.NewDecoder(io.LimitReader(r, int64(length))).Decode(v)
}
