package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"strings"
)

// jsonStream writes one JSON document a member at a time, laid out byte
// for byte as json.Encoder (HTML left unescaped, and indented by two
// spaces when indent is set) lays out the whole document value. The
// machine reports write through it so that the report of a large complaint
// (thousands of counts, each with its element chart) is never held whole
// in memory: only the member being written is. A write error is kept and
// returned by finish; everything after it is skipped.
type jsonStream struct {
	w      *bufio.Writer
	indent bool
	// empty says, for each open object or array, innermost last, whether
	// no member has been written to it yet.
	empty []bool
	buf   bytes.Buffer
	err   error
}

func newJSONStream(w io.Writer, indent bool) *jsonStream {
	return &jsonStream{w: bufio.NewWriter(w), indent: indent}
}

func (s *jsonStream) write(b []byte) {
	if s.err == nil {
		_, s.err = s.w.Write(b)
	}
}

func (s *jsonStream) writeString(str string) {
	if s.err == nil {
		_, s.err = s.w.WriteString(str)
	}
}

// newline starts a line at the indentation of depth open containers.
func (s *jsonStream) newline(depth int) {
	if s.indent {
		s.writeString("\n" + strings.Repeat("  ", depth))
	}
}

// member separates a new member from the one before it, if any, and puts
// it on a line of its own.
func (s *jsonStream) member() {
	last := len(s.empty) - 1
	if !s.empty[last] {
		s.writeString(",")
	}
	s.empty[last] = false
	s.newline(len(s.empty))
}

func (s *jsonStream) open(delim string) {
	s.writeString(delim)
	s.empty = append(s.empty, true)
}

// close ends the innermost container; an empty one stays on its line
// ("[]"), as the encoder writes it.
func (s *jsonStream) close(delim string) {
	last := len(s.empty) - 1
	wasEmpty := s.empty[last]
	s.empty = s.empty[:last]
	if !wasEmpty {
		s.newline(len(s.empty))
	}
	s.writeString(delim)
}

func (s *jsonStream) beginObject() { s.open("{") }
func (s *jsonStream) endObject()   { s.close("}") }
func (s *jsonStream) beginArray()  { s.open("[") }
func (s *jsonStream) endArray()    { s.close("]") }

// key starts an object member; its value is written next, by value or by
// beginning a container.
func (s *jsonStream) key(name string) {
	s.member()
	s.encode(name)
	if s.indent {
		s.writeString(": ")
	} else {
		s.writeString(":")
	}
}

// field writes an object member whole.
func (s *jsonStream) field(name string, v any) {
	s.key(name)
	s.encode(v)
}

// item starts an array element, to be written by value or by beginning a
// container.
func (s *jsonStream) item() { s.member() }

// element writes an array element whole.
func (s *jsonStream) element(v any) {
	s.member()
	s.encode(v)
}

// encode writes one value, its inner lines indented to the current depth.
func (s *jsonStream) encode(v any) {
	if s.err != nil {
		return
	}
	s.buf.Reset()
	enc := json.NewEncoder(&s.buf)
	// Messages quote the pleading ("§ 1030(g)", "<Exhibit A>"); keep them
	// readable rather than \u003c-escaped.
	enc.SetEscapeHTML(false)
	if s.indent {
		enc.SetIndent(strings.Repeat("  ", len(s.empty)), "  ")
	}
	if s.err = enc.Encode(v); s.err != nil {
		return
	}
	s.write(bytes.TrimSuffix(s.buf.Bytes(), []byte("\n")))
}

// flush writes out what is buffered, returning any error so far.
func (s *jsonStream) flush() error {
	if s.err == nil {
		s.err = s.w.Flush()
	}
	return s.err
}

// finish ends the document with the newline the encoder ends one with and
// flushes it.
func (s *jsonStream) finish() error {
	s.writeString("\n")
	if s.err != nil {
		return s.err
	}
	return s.w.Flush()
}
