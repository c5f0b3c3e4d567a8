package input

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math/rand/v2"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint/document"
)

// refused checks that a hostile file is refused with a one-line error
// (matching want when want is not nil) and a zero Source.
func refused(t *testing.T, data []byte, want error) error {
	t.Helper()
	s, err := ReadDocx("hostile.docx", data)
	if err == nil {
		t.Fatalf("accepted: %q", s.Src)
	}
	if want != nil && !errors.Is(err, want) {
		t.Errorf("error %q is not %q", err, want)
	}
	if testing.Verbose() {
		t.Logf("%s", err)
	}
	if strings.ContainsAny(err.Error(), "\r\n") {
		t.Errorf("error is not one line: %q", err)
	}
	if !reflect.DeepEqual(s, document.Source{}) {
		t.Errorf("error came with a non-zero Source: %+v", s)
	}
	return err
}

func nested(n int) string {
	return strings.Repeat("<w:sdt>", n) + strings.Repeat("</w:sdt>", n)
}

// rawEntry stores data under a header the test controls, so the header
// can lie about the sizes.
func rawEntry(t *testing.T, name string, data []byte, declared uint64) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Store, CRC32: crc32.ChecksumIEEE(data),
		CompressedSize64: uint64(len(data)), UncompressedSize64: declared})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(data)
	zw.Close()
	return buf.Bytes()
}

func TestReadDocxHostile(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(rnd.Uint32())
	}
	randomPK := append([]byte("PK\x03\x04"), random...)
	good := docx(t, para("", "Text."), "", "")
	manyEntries := func() []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for i := 0; i <= docxLimit.maxEntries; i++ {
			zw.CreateHeader(&zip.FileHeader{Name: fmt.Sprint(i), Method: zip.Store})
		}
		w, _ := zw.Create("word/document.xml")
		io.WriteString(w, docXML(para("", "x")))
		zw.Close()
		return buf.Bytes()
	}
	unknownMethod := func() []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, _ := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: 99, CompressedSize64: 4, UncompressedSize64: 4})
		w.Write([]byte("abcd"))
		zw.Close()
		return buf.Bytes()
	}

	tests := []struct {
		name string
		data []byte
		want error // nil: any error
		msg  string
	}{
		{"empty file", nil, ErrEmpty, ""},
		{"OLE compound file (binary .doc or encrypted .docx)", append(append([]byte{}, oleMagic...), random...), ErrOLE,
			"old binary Word .doc or encrypted/password-protected .docx; save as .docx without a password"},
		{"PDF", []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj"), ErrPDF, ""},
		{"RTF", []byte(`{\rtf1\ansi Complaint}`), ErrRTF, ""},
		{"random bytes", random, ErrNotZip, ""},
		{"random bytes after a zip signature", randomPK, ErrNotZip, ""},
		{"truncated zip", good[:len(good)/2], ErrNotZip, ""},
		{"no word/document.xml", zipParts(t, "word/styles.xml", stylesXML(""), "[Content_Types].xml", contentTypes), ErrNoDocumentXML,
			"not a Word document: no word/document.xml"},
		{"OpenDocument text", zipParts(t, "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>"), ErrODT, ""},
		{"DTD", zipParts(t, "word/document.xml", `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol">]>`+docXML(para("", "&lol;"))[len(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`):]), ErrXMLDTD, ""},
		{"DTD in styles.xml", zipParts(t, "word/document.xml", docXML(para("", "x")), "word/styles.xml", `<!DOCTYPE x SYSTEM "http://example.com/x.dtd"><x/>`), ErrXMLDTD, ""},
		{"deep nesting", docx(t, para("", "x")+nested(300), "", ""), ErrXMLTooDeep, ""},
		{"deep nesting in numbering.xml", docx(t, para("", "x"), "", nested(300)), ErrXMLTooDeep, ""},
		{"deep nesting inside a skipped element", docx(t, `<w:p><w:r><w:drawing>`+nested(300)+`</w:drawing></w:r></w:p>`, "", ""), ErrXMLTooDeep, ""},
		{"deep nesting inside mc:Choice", docx(t, `<w:p><mc:AlternateContent><mc:Choice>`+nested(300)+`</mc:Choice></mc:AlternateContent></w:p>`, "", ""), ErrXMLTooDeep, ""},
		{"too many entries", manyEntries(), ErrTooManyEntries, ""},
		{"malformed XML", zipParts(t, "word/document.xml", `<w:document `+wNS+`><w:body><w:p><w:r>`), nil, ""},
		{"undefined entity", zipParts(t, "word/document.xml", docXML(para("", "a&nbsp;b"))), nil, ""},
		{"header understates the inflated size", rawEntry(t, "word/document.xml", []byte(docXML(para("", "Long enough text."))), 10), nil, ""},
		{"unknown compression method", unknownMethod(), nil, ""},
		{"no text at all", docx(t, `<w:p/><w:p><w:r><w:t xml:space="preserve">  </w:t></w:r></w:p>`, "", ""), ErrNoText, ""},
		{"no paragraphs", docx(t, "", "", ""), ErrNoText, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := refused(t, tc.data, tc.want)
			if tc.msg != "" && err.Error() != tc.msg {
				t.Errorf("message %q, want %q", err, tc.msg)
			}
		})
	}
}

func TestReadDocxInsecureNamesAreHarmless(t *testing.T) {
	data := zipParts(t, "../../etc/evil.xml", "x", "/abs.xml", "y", "word/document.xml", docXML(para("", "Read anyway.")))
	s := readOK(t, data, DocxOptions{})
	if string(s.Src) != "Read anyway." {
		t.Errorf("Src = %q", s.Src)
	}
}

// bomb returns a zip whose document.xml inflates to about size bytes: a
// run of "a" inside a w:t. Deflating 200 MiB takes most of a minute under
// the race detector, so the stream is assembled instead: a deflate block
// flushed after a window full of "a" decodes to the same bytes wherever the
// window is again full of "a", so one compressed MiB is repeated. The
// CRC-32 is computed over the real inflated bytes, so the entry is valid
// (TestBombIsAValidZip reads one to the end).
func bomb(t *testing.T, size int) []byte {
	t.Helper()
	head := []byte(`<w:document ` + wNS + `><w:body><w:p><w:r><w:t>`)
	tail := []byte(`</w:t></w:r></w:p></w:body></w:document>`)
	chunk := bytes.Repeat([]byte("a"), 1<<20)
	var z bytes.Buffer
	fw, err := flate.NewWriter(&z, flate.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	step := func(p []byte) []byte {
		z.Reset()
		fw.Write(p)
		fw.Flush()
		return append([]byte(nil), z.Bytes()...)
	}
	first := step(append(append([]byte(nil), head...), chunk...))
	middle := step(chunk)
	z.Reset()
	fw.Write(tail)
	fw.Close()
	last := z.Bytes()

	repeats := max((size-len(head)-len(tail)+1<<20-1)>>20-1, 0) // whole MiB, rounding up
	crc := crc32.Update(crc32.ChecksumIEEE(head), crc32.IEEETable, chunk)
	for range repeats {
		crc = crc32.Update(crc, crc32.IEEETable, chunk)
	}
	crc = crc32.Update(crc, crc32.IEEETable, tail)
	compressed := len(first) + repeats*len(middle) + len(last)
	inflated := len(head) + (1+repeats)<<20 + len(tail)

	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate, CRC32: crc,
		CompressedSize64: uint64(compressed), UncompressedSize64: uint64(inflated)})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(first)
	for range repeats {
		w.Write(middle)
	}
	w.Write(last)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestBombIsAValidZip(t *testing.T) {
	data := bomb(t, 4<<20)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := zr.File[0].Open()
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	// archive/zip checks the size and CRC-32 at the end of the entry.
	n, err := io.Copy(io.Discard, rc)
	if err != nil || uint64(n) != zr.File[0].UncompressedSize64 {
		t.Fatalf("inflated %d bytes, err %v; header says %d", n, err, zr.File[0].UncompressedSize64)
	}
}

func TestReadDocxZipBomb(t *testing.T) {
	tests := []struct {
		name string
		size int
		want error
	}{
		{"200 MiB entry, over the inflated-size limit", 200 << 20, ErrInflatedSize},
		{"40 MiB entry, under the size limit but compressed 1000:1", 40 << 20, ErrCompression},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data := bomb(t, tc.size)
			t.Logf("%d MiB inflate from %d KiB", tc.size>>20, len(data)>>10)
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			refused(t, data, tc.want)
			runtime.ReadMemStats(&after)
			// Refusing must not inflate the part; allow generous slack for
			// the zip directory and decoder buffers.
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 16<<20 {
				t.Errorf("reading the bomb allocated %d MiB", alloc>>20)
			}
		})
	}
}

// TestPartReaderLimits checks the limits enforced on the bytes actually
// inflated, which guard against headers that lie. archive/zip already
// refuses an entry that inflates past its declared size, so no real zip can
// reach these checks with the header checks passing; the reader is tested
// on its own.
func TestPartReaderLimits(t *testing.T) {
	tests := []struct {
		name       string
		budget     int64
		compressed int64
		want       error
		maxRead    int64
	}{
		{"archive budget", 3 << 20, 1 << 30, ErrInflatedSize, 3<<20 + 64<<10},
		{"compression ratio", 64 << 20, 1000, ErrCompression, docxLimit.ratioFloor + 64<<10},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			budget := tc.budget
			p := &partReader{rc: io.NopCloser(nil), lim: io.LimitReader(repeatByte(0), budget+1), name: "x", compressed: tc.compressed, budget: &budget}
			n, err := io.Copy(io.Discard, p)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if n > tc.maxRead {
				t.Errorf("read %d bytes before refusing, want at most %d", n, tc.maxRead)
			}
		})
	}
}

// TestLimitErrorsSurfaceThroughXML checks that a limit tripped while the
// XML decoder is reading is reported as that limit, not as broken XML.
func TestLimitErrorsSurfaceThroughXML(t *testing.T) {
	budget := int64(1 << 20)
	text := io.MultiReader(strings.NewReader("<w:t>"), repeatByte('x'))
	p := &partReader{rc: io.NopCloser(nil), lim: io.LimitReader(text, budget+1), name: "word/document.xml", compressed: 1 << 30, budget: &budget}
	_, err := readBody(newXMLReader(context.Background(), "word/document.xml", p), false)
	if !errors.Is(err, ErrInflatedSize) || !strings.HasPrefix(err.Error(), "word/document.xml: ") {
		t.Errorf("err = %v, want the part named and ErrInflatedSize", err)
	}
}

// repeatByte is an endless stream of one byte.
type repeatByte byte

func (r repeatByte) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = byte(r)
	}
	return len(b), nil
}

// TestReadDocxBudgetSpansParts shrinks the limits (cheaper than building
// 64 MiB of parts) to show the inflated-size budget is shared by all the
// parts read, not granted to each.
func TestReadDocxBudgetSpansParts(t *testing.T) {
	saved := docxLimit
	t.Cleanup(func() { docxLimit = saved })
	docxLimit.maxInflated = 64 << 10
	filler := strings.Repeat(`<w:style w:type="paragraph" w:styleId="S"><w:name w:val="s"/></w:style>`, 400) // ~28 KiB
	fillerNum := strings.Repeat(`<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`, 500)              // ~27 KiB
	small := docx(t, para("", "Fits."), filler, "")
	if _, err := ReadDocx("small.docx", small); err != nil {
		t.Fatalf("one filler part within budget: %v", err)
	}
	body := strings.Repeat(para("", "Allegation text."), 300) // ~18 KiB
	refused(t, docx(t, body, filler, fillerNum), ErrInflatedSize)
}
