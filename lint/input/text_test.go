package input

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/complaintlint/complaintlint/lint/document"
)

// utf16Bytes encodes s as UTF-16 with a byte-order mark.
func utf16Bytes(s string, bigEndian bool) []byte {
	units := utf16.Encode([]rune("\uFEFF" + s))
	out := make([]byte, 0, 2*len(units))
	for _, u := range units {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

func TestReadText(t *testing.T) {
	complaint := "COUNT I — Fraud\r\n1. Plaintiff’s “claim” 𝄞 § 5.\r\n"
	tests := []struct {
		name     string
		data     []byte
		wantSrc  string // "" means the data itself
		wantText string
		// an allegation number the structure parser must find, and the
		// 1-based line and code-point column of a phrase
		allegation   int
		phrase       string
		line, column int
	}{
		{
			name: "CRLF line endings", data: []byte("1. Plaintiff sues.\r\n2. Defendant pays.\r\n"),
			wantText: "1. Plaintiff sues. \n2. Defendant pays. \n", allegation: 2, phrase: "Defendant", line: 2, column: 4,
		},
		{
			name: "byte-order mark", data: []byte("\xEF\xBB\xBF1. Plaintiff sues.\n"),
			wantText: "   1. Plaintiff sues.\n", allegation: 1, phrase: "1.", line: 1, column: 1,
		},
		{
			name: "tab after the number", data: []byte("1.\tPlaintiff sues.\n"),
			wantText: "1. Plaintiff sues.\n", allegation: 1, phrase: "Plaintiff", line: 1, column: 4,
		},
		{
			name: "form feeds between pleading pages", data: []byte("1. End of page one.\n\f2. Page two.\n"),
			wantText: "1. End of page one.\n 2. Page two.\n", allegation: 2, phrase: "Page two", line: 2, column: 5,
		},
		{
			name: "no-break and narrow spaces", data: []byte("1. Under 17\u00a0U.S.C.\u202f§ 501.\n"),
			wantText: "1. Under 17  U.S.C.   § 501.\n", allegation: 1, phrase: "§", line: 1, column: 20,
		},
		{
			name: "UTF-16 little endian", data: utf16Bytes(complaint, false), wantSrc: complaint,
			wantText: "COUNT I — Fraud \n1. Plaintiff’s “claim” 𝄞 § 5. \n", allegation: 1, phrase: "§", line: 2, column: 26,
		},
		{
			name: "UTF-16 big endian", data: utf16Bytes(complaint, true), wantSrc: complaint,
			wantText: "COUNT I — Fraud \n1. Plaintiff’s “claim” 𝄞 § 5. \n", allegation: 1, phrase: "𝄞", line: 2, column: 24,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Read("complaint.txt", tc.data, "")
			if err != nil {
				t.Fatal(err)
			}
			want := tc.wantSrc
			if want == "" {
				want = string(tc.data)
			}
			if string(s.Src) != want {
				t.Errorf("Src = %q, want %q", s.Src, want)
			}
			if string(s.Text) != tc.wantText {
				t.Errorf("Text = %q, want %q", s.Text, tc.wantText)
			}
			d := document.Build(s)
			if _, ok := d.AllegationByNumber(tc.allegation); !ok {
				t.Errorf("allegation %d not found:\n%s", tc.allegation, d)
			}
			off := strings.Index(string(s.Src), tc.phrase)
			if p := d.Lines.Position(off); p.Line != tc.line || p.Column != tc.column {
				t.Errorf("%q at %d:%d, want %d:%d", tc.phrase, p.Line, p.Column, tc.line, tc.column)
			}
		})
	}
}

func TestReadTextRefused(t *testing.T) {
	tests := []struct {
		name, format string
		data         []byte
		want         error  // nil: match msg instead
		msg          string // a part of the message
	}{
		{"empty", "text", nil, ErrEmpty, ""},
		{"only white space", "text", []byte(" \r\n\t\n"), nil, "only white space"},
		{"NUL bytes", "text", []byte("abc\x00\x01\x02def\x00\x00\x00\xff\xfe\x00"), ErrBinary, ""},
		{"UTF-16 without a byte-order mark", "text", []byte("C\x00O\x00U\x00N\x00T\x00 \x00I\x00\n\x00"), ErrUTF16NoBOM, ""},
		{"invalid UTF-8", "text", []byte("line one\nline two \xff\xfe here\n"), nil, "line 2, byte offset 18"},
		{"zip renamed to .txt", "text", []byte("PK\x03\x04rest"), nil, "zip archive"},
		{"PDF renamed to .md", "markdown", []byte("%PDF-1.4"), nil, "PDF"},
		{"unknown format", "rtf", []byte("text"), nil, `unknown input format "rtf"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Read("f", tc.data, tc.format)
			if err == nil {
				t.Fatalf("accepted: %q", s.Src)
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Errorf("error %q, want %q", err, tc.want)
			}
			if tc.msg != "" && !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("error %q lacks %q", err, tc.msg)
			}
			if !reflect.DeepEqual(s, document.Source{}) {
				t.Errorf("error came with a non-zero Source")
			}
		})
	}
}

func TestReadTooLarge(t *testing.T) {
	for _, format := range Formats {
		if _, err := Read("big", make([]byte, MaxFileSize+1), format); !errors.Is(err, ErrTooLarge) {
			t.Errorf("%s: err = %v, want ErrTooLarge", format, err)
		}
	}
}

func TestReadDispatch(t *testing.T) {
	docxData := docx(t, para("", "From Word."), "", "")
	tests := []struct {
		path, format string
		data         []byte
		want         document.Format
	}{
		{"a.txt", "", []byte("x"), document.FormatText},
		{"a.MD", "", []byte("# x"), document.FormatMarkdown},
		{"a.markdown", "", []byte("# x"), document.FormatMarkdown},
		{"a.docx", "", docxData, document.FormatDocx},
		{"a.pleading", "", []byte("x"), document.FormatText},
		{"stdin", "md", []byte("# x"), document.FormatMarkdown},
		{"a.txt", "docx", docxData, document.FormatDocx},
	}
	for _, tc := range tests {
		s, err := Read(tc.path, tc.data, tc.format)
		if err != nil || s.Format != tc.want || s.Path != tc.path {
			t.Errorf("Read(%q, %q): format %v path %q err %v, want %v", tc.path, tc.format, s.Format, s.Path, err, tc.want)
		}
	}
	for name, want := range map[string]bool{"a.txt": true, "b.MD": true, "c.docx": true, "d.doc": false, "e.pdf": false, "f": false} {
		if Lintable(name) != want {
			t.Errorf("Lintable(%q) = %v", name, !want)
		}
	}
}
