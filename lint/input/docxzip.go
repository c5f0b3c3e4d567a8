package input

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
)

// docxLimits bound what a .docx may cost to read. They are variables, not
// constants, only so tests can shrink them; nothing else changes them.
type docxLimits struct {
	maxInflated int64 // bytes inflated across all parts read
	maxEntries  int   // zip entries
	maxRatio    int64 // inflated:compressed, enforced once a part passes ratioFloor
	ratioFloor  int64
	maxDepth    int // XML element nesting
	maxElements int // XML elements in one part
	maxTag      int // bytes of one XML tag, attributes included
}

var docxLimit = docxLimits{
	maxInflated: 64 << 20,
	maxEntries:  10000,
	maxRatio:    100,
	ratioFloor:  1 << 20,
	maxDepth:    256,
	// A 7 MB complaint saved by Word has about a million elements in
	// word/document.xml; each costs the decoder a few allocations and the
	// annotate layout up to a hundred bytes.
	maxElements: 2_000_000,
	// Word's longest tag is the root's, with its few dozen namespace
	// declarations: a few KiB.
	maxTag: 64 << 10,
}

// Errors for files the .docx reader refuses. Each prints as one line.
var (
	ErrNotZip         = errors.New("not a Word .docx file (not a zip archive)")
	ErrOLE            = errors.New("old binary Word .doc or encrypted/password-protected .docx; save as .docx without a password")
	ErrPDF            = errors.New("file is a PDF, not a Word .docx; complaintlint reads .docx, Markdown and plain text")
	ErrRTF            = errors.New("file is RTF, not a Word .docx; save it as .docx")
	ErrODT            = errors.New("file is an OpenDocument (.odt) file, not a Word .docx; save it as .docx")
	ErrNoDocumentXML  = errors.New("not a Word document: no word/document.xml")
	ErrTooManyEntries = errors.New("zip archive has too many entries for a Word document")
	ErrInflatedSize   = errors.New("inflates past the size limit (zip bomb?)")
	ErrCompression    = errors.New("is compressed far more than any Word document (zip bomb?)")
)

// oleMagic opens every OLE compound file: binary .doc, and the wrapper Word
// puts around an encrypted .docx.
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// docxArchive is an opened .docx with a budget for inflating its parts.
type docxArchive struct {
	files  map[string]*zip.File
	budget int64 // bytes still allowed to inflate
	// ctx stops the parts' XML readers once it is done.
	ctx context.Context
}

// openDocx checks what the bytes are before trusting them to archive/zip,
// then indexes the entries by name.
func openDocx(data []byte) (*docxArchive, error) {
	switch {
	case len(data) == 0:
		return nil, ErrEmpty
	case bytes.HasPrefix(data, oleMagic):
		return nil, ErrOLE
	case bytes.HasPrefix(data, []byte("%PDF")):
		return nil, ErrPDF
	case bytes.HasPrefix(data, []byte(`{\rtf`)):
		return nil, ErrRTF
	case !bytes.HasPrefix(data, []byte("PK")):
		return nil, ErrNotZip
	}
	// archive/zip allocates a File for every central-directory record before
	// we can count them. Each record starts with this signature, so counting
	// it first bounds that allocation (a stray match in compressed data only
	// makes the bound looser).
	if bytes.Count(data, []byte("PK\x01\x02")) > docxLimit.maxEntries {
		return nil, fmt.Errorf("%w (more than %d)", ErrTooManyEntries, docxLimit.maxEntries)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if zr == nil || err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		// Names like "../x" are harmless here: nothing is ever written.
		return nil, fmt.Errorf("%w: %w", ErrNotZip, err)
	}
	if len(zr.File) > docxLimit.maxEntries {
		return nil, fmt.Errorf("%w (%d, limit %d)", ErrTooManyEntries, len(zr.File), docxLimit.maxEntries)
	}
	a := &docxArchive{files: make(map[string]*zip.File, len(zr.File)), budget: docxLimit.maxInflated, ctx: context.Background()}
	for _, f := range zr.File {
		if _, dup := a.files[f.Name]; !dup {
			a.files[f.Name] = f
		}
	}
	return a, nil
}

// missingDocumentError explains why an archive without word/document.xml
// is not a Word document, naming the likely real format when it is known.
func (a *docxArchive) missingDocumentError() error {
	if f, ok := a.files["mimetype"]; ok && f.UncompressedSize64 < 200 {
		if rc, err := a.open("mimetype"); err == nil {
			b, _ := io.ReadAll(io.LimitReader(rc, 200))
			_ = rc.Close()
			if bytes.HasPrefix(b, []byte("application/vnd.oasis.opendocument")) {
				return ErrODT
			}
		}
	}
	return ErrNoDocumentXML
}

// has reports whether the archive holds the part.
func (a *docxArchive) has(name string) bool {
	_, ok := a.files[name]
	return ok
}

// open returns a reader for a part that refuses to inflate past the
// archive's budget or past the ratio limit. The declared sizes are checked
// first for a clear, cheap refusal; the same limits are then enforced on the
// bytes actually inflated, because headers are written by whoever made the
// file.
func (a *docxArchive) open(name string) (io.ReadCloser, error) {
	f, ok := a.files[name]
	if !ok {
		return nil, fmt.Errorf("%s: %w", name, io.ErrUnexpectedEOF)
	}
	if f.UncompressedSize64 > uint64(a.budget) {
		return nil, fmt.Errorf("%s: %w: %s declared, %s left of the %s limit", name, ErrInflatedSize,
			byteSize(int64(min(f.UncompressedSize64, 1<<62))), byteSize(a.budget), byteSize(docxLimit.maxInflated))
	}
	if ratioExceeded(int64(f.UncompressedSize64), int64(f.CompressedSize64)) {
		return nil, fmt.Errorf("%s: %w: %d:1", name, ErrCompression, int64(f.UncompressedSize64)/max(int64(f.CompressedSize64), 1))
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &partReader{rc: rc, lim: io.LimitReader(rc, a.budget+1), name: name, compressed: int64(f.CompressedSize64), budget: &a.budget}, nil
}

// checkElements counts the elements of a part large enough to hold more
// than the limit before the part is parsed (countElements). The count
// inflates the part on its own, under the same size and ratio limits but
// without spending the budget the parse will spend.
func (a *docxArchive) checkElements(name string) error {
	f, ok := a.files[name]
	if !ok || !mayHoldTooManyElements(f.UncompressedSize64) {
		return nil
	}
	counting := &docxArchive{files: a.files, budget: a.budget, ctx: a.ctx}
	rc, err := counting.open(name)
	if err != nil {
		return err
	}
	defer func() { _ = rc.Close() }() // read-only: a close error loses nothing
	var le *LimitError
	if _, err := countElements(name, rc); err != nil && !errors.As(err, &le) {
		return fmt.Errorf("%s: %w", name, err)
	} else if err != nil {
		return err
	}
	return nil
}

// byteSize prints a size for an error message.
func byteSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

func ratioExceeded(inflated, compressed int64) bool {
	return inflated > docxLimit.ratioFloor && inflated > docxLimit.maxRatio*max(compressed, 1)
}

// partReader counts inflated bytes against the archive budget (through an
// io.LimitReader one byte past it, so crossing it is seen) and against the
// entry's compression ratio.
type partReader struct {
	rc         io.Closer
	lim        io.Reader
	name       string
	compressed int64
	n          int64
	budget     *int64
}

func (p *partReader) Read(b []byte) (int, error) {
	n, err := p.lim.Read(b)
	p.n += int64(n)
	*p.budget -= int64(n)
	if *p.budget < 0 {
		return 0, fmt.Errorf("%w: limit %s", ErrInflatedSize, byteSize(docxLimit.maxInflated))
	}
	if ratioExceeded(p.n, p.compressed) {
		return 0, fmt.Errorf("%w: over %d:1", ErrCompression, docxLimit.maxRatio)
	}
	return n, err
}

func (p *partReader) Close() error { return p.rc.Close() }
