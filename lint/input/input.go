// Package input reads the files attorneys lint — plain text, Markdown and
// Word .docx — into a document.Source: the bytes positions refer to, an
// analysis text of the same length, and what the format knows about lines
// (headings, automatic numbering) that the text does not show.
package input

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/complaintlint/complaintlint/lint/document"
)

// MaxFileSize is the largest file read. Larger files are refused with a
// clear error rather than risking memory: a complaint, even with exhibits
// pasted in, is far smaller.
const MaxFileSize = 64 << 20

// Errors a reader returns; callers print them with the file name.
var (
	ErrEmpty    = errors.New("file is empty")
	ErrBinary   = errors.New("file looks binary, not text (NUL bytes); for Word files use .docx")
	ErrTooLarge = fmt.Errorf("file is larger than the %d MiB limit", MaxFileSize>>20)
	// ErrUTF16NoBOM is UTF-16 text without the byte-order mark that says
	// which byte order it uses; rather than guess, ask for UTF-8.
	ErrUTF16NoBOM = errors.New("file looks like UTF-16 text without a byte-order mark; save it as UTF-8")
)

// MaxReadSize is the most bytes worth reading for a file in format ("" picks
// by the extension of path): a .docx holds pictures besides its text; a
// text file past twice MaxTextSize (UTF-16 doubles its size) is refused
// without reading it.
func MaxReadSize(path, format string) int64 {
	if format == "" {
		format = FormatFor(path)
	}
	if format == "docx" {
		return MaxFileSize
	}
	return 2 * MaxTextSize
}

// TooLargeError is the error for a file past MaxReadSize.
func TooLargeError(path, format string) error {
	if MaxReadSize(path, format) == MaxFileSize {
		return ErrTooLarge
	}
	return textTooLarge()
}

// Formats are the names accepted by --input-format.
var Formats = []string{"text", "markdown", "docx"}

// FormatFor chooses a format by file extension; unknown extensions read as
// plain text.
func FormatFor(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return "markdown"
	case ".docx":
		return "docx"
	}
	return "text"
}

// Lintable reports whether a directory walk should pick the file up.
func Lintable(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md", ".markdown", ".docx":
		return true
	}
	return false
}

// Read turns file contents into a Source in the given format ("" picks by
// extension).
func Read(path string, data []byte, format string) (document.Source, error) {
	return ReadContext(context.Background(), path, data, format)
}

// ReadContext is Read that gives up with ctx's error once ctx is done.
func ReadContext(ctx context.Context, path string, data []byte, format string) (document.Source, error) {
	if err := ctx.Err(); err != nil {
		return document.Source{}, err
	}
	if format == "" {
		format = FormatFor(path)
	}
	if len(data) > MaxFileSize {
		return document.Source{}, ErrTooLarge
	}
	switch format {
	case "docx":
		return ReadDocxContext(ctx, path, data, DocxOptions{})
	case "markdown", "md":
		src, err := checkText(data)
		if err != nil {
			return document.Source{}, err
		}
		if err := checkTextLimits(src); err != nil {
			return document.Source{}, err
		}
		return ReadMarkdown(path, src), nil
	case "text", "txt", "plain":
		src, err := checkText(data)
		if err != nil {
			return document.Source{}, err
		}
		if err := checkTextLimits(src); err != nil {
			return document.Source{}, err
		}
		s := document.PlainSource(path, src)
		blankPleadingPaperNumbers(s.Text)
		return s, nil
	}
	return document.Source{}, fmt.Errorf("unknown input format %q (want %s)", format, strings.Join(Formats, ", "))
}

// checkText validates text input: not empty, not binary, valid UTF-8 (or
// UTF-16 with a byte-order mark, which Windows tools still write and which
// is converted).
func checkText(data []byte) ([]byte, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		if len(data) == 0 {
			return nil, ErrEmpty
		}
		return nil, errors.New("file has only white space")
	}
	if u, ok := decodeUTF16(data); ok {
		data = u
	}
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return nil, errors.New("file is a zip archive (a .docx saved under another name?); rename it to .docx or pass --input-format docx")
	}
	if bytes.HasPrefix(data, []byte("%PDF")) {
		return nil, errors.New("file is a PDF; complaintlint reads .docx, Markdown and plain text")
	}
	if bytes.IndexByte(data, 0) >= 0 {
		if looksUTF16(data) {
			return nil, ErrUTF16NoBOM
		}
		return nil, ErrBinary
	}
	if !utf8.Valid(data) {
		off := firstInvalid(data)
		line := 1 + bytes.Count(data[:off], []byte("\n"))
		return nil, fmt.Errorf("file is not valid UTF-8 (first bad byte at line %d, byte offset %d); save it as UTF-8", line, off)
	}
	return loneCRToLF(data), nil
}

// loneCRToLF makes a carriage return that is not followed by a line feed
// (classic Mac OS line endings, or a mix) end its line, as the language
// server does (LSP counts "\n", "\r\n" and a lone "\r" as line ends), so a
// finding has the same line in the terminal and in the editor. The
// replacement keeps every byte offset; the file itself is never written.
func loneCRToLF(data []byte) []byte {
	i := bytes.IndexByte(data, '\r')
	if i < 0 {
		return data
	}
	var out []byte
	for ; i >= 0 && i < len(data); i = nextCR(data, i+1) {
		if i+1 < len(data) && data[i+1] == '\n' {
			continue
		}
		if out == nil {
			out = append([]byte(nil), data...)
		}
		out[i] = '\n'
	}
	if out == nil {
		return data
	}
	return out
}

func nextCR(data []byte, from int) int {
	if from >= len(data) {
		return -1
	}
	j := bytes.IndexByte(data[from:], '\r')
	if j < 0 {
		return -1
	}
	return from + j
}

// looksUTF16 reports text whose NUL bytes sit at every other position, as
// mostly-ASCII UTF-16 does, rather than scattered as in binary files.
func looksUTF16(b []byte) bool {
	b = b[:min(len(b), 1024)]
	if len(b) < 8 {
		return false
	}
	var zeros [2]int
	for i, c := range b {
		if c == 0 {
			zeros[i%2]++
		}
	}
	half := len(b) / 2
	return zeros[0] >= half*9/10 && zeros[1] == 0 || zeros[1] >= half*9/10 && zeros[0] == 0
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// decodeUTF16 converts UTF-16 text with a byte-order mark to UTF-8.
func decodeUTF16(b []byte) ([]byte, bool) {
	if len(b) < 2 {
		return nil, false
	}
	var big bool
	switch {
	case b[0] == 0xFE && b[1] == 0xFF:
		big = true
	case b[0] == 0xFF && b[1] == 0xFE:
		big = false
	default:
		return nil, false
	}
	b = b[2:]
	var out bytes.Buffer
	out.Grow(len(b))
	for i := 0; i+1 < len(b); i += 2 {
		var u uint16
		if big {
			u = uint16(b[i])<<8 | uint16(b[i+1])
		} else {
			u = uint16(b[i+1])<<8 | uint16(b[i])
		}
		r := rune(u)
		if u >= 0xD800 && u < 0xDC00 && i+3 < len(b) {
			var l uint16
			if big {
				l = uint16(b[i+2])<<8 | uint16(b[i+3])
			} else {
				l = uint16(b[i+3])<<8 | uint16(b[i+2])
			}
			if l >= 0xDC00 && l < 0xE000 {
				r = (rune(u)-0xD800)<<10 | (rune(l) - 0xDC00) + 0x10000
				i += 2
			}
		}
		out.WriteRune(r)
	}
	return out.Bytes(), true
}
