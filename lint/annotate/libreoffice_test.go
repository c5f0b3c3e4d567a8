package annotate

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint/driver"
	"github.com/complaintlint/complaintlint/lint/input"
	"github.com/complaintlint/complaintlint/lint/linttest"
)

// soffice converts a file with LibreOffice into dir.
func soffice(t *testing.T, path, to, dir string) []byte {
	t.Helper()
	return linttest.ConvertWithLibreOffice(t, path, to, dir)
}

// odtContent is what LibreOffice made of a document: the text of each
// paragraph with annotations left out, and each annotation's own text and
// the text it spans.
type odtContent struct {
	paras       []string
	annotations []odtAnnotation
}

type odtAnnotation struct {
	name, body, covers string
	ranged             bool
}

const (
	nsOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
	nsText   = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
)

func readODT(t *testing.T, odt []byte) odtContent {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(odt), int64(len(odt)))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := zr.Open("content.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	var c odtContent
	d := xml.NewDecoder(rc)
	var (
		para     *strings.Builder
		depth    int // paragraphs open (a frame may nest one)
		inNote   int // inside an annotation's own body
		open     = map[string]*odtAnnotation{}
		current  *odtAnnotation
		bodyText strings.Builder
	)
	write := func(s string) {
		if inNote > 0 {
			bodyText.WriteString(s)
			return
		}
		if para != nil {
			para.WriteString(s)
		}
		for _, a := range open {
			a.covers += s
		}
	}
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			switch {
			case tk.Name.Space == nsOffice && tk.Name.Local == "annotation":
				inNote++
				current = &odtAnnotation{}
				for _, a := range tk.Attr {
					if a.Name.Local == "name" {
						current.name = a.Value
					}
				}
				bodyText.Reset()
			case tk.Name.Space == nsOffice && tk.Name.Local == "annotation-end":
				for _, a := range tk.Attr {
					if a.Name.Local == "name" {
						if an, ok := open[a.Value]; ok {
							an.ranged = true
							c.annotations = append(c.annotations, *an)
							delete(open, a.Value)
						}
					}
				}
			case inNote > 0 && tk.Name.Space == nsText && tk.Name.Local == "p" && bodyText.Len() > 0:
				bodyText.WriteString("\n")
			case inNote == 0 && tk.Name.Space == nsText && (tk.Name.Local == "p" || tk.Name.Local == "h"):
				if depth == 0 {
					para = &strings.Builder{}
					if len(c.paras) > 0 {
						for _, a := range open {
							a.covers += "\n"
						}
					}
				}
				depth++
			case tk.Name.Space == nsText && tk.Name.Local == "tab":
				write("\t")
			case tk.Name.Space == nsText && tk.Name.Local == "line-break":
				write(" ")
			case tk.Name.Space == nsText && tk.Name.Local == "s":
				n := 1
				for _, a := range tk.Attr {
					if a.Name.Local == "c" {
						n = len(strings.Repeat(" ", atoi(a.Value)))
					}
				}
				write(strings.Repeat(" ", n))
			}
		case xml.EndElement:
			switch {
			case tk.Name.Space == nsOffice && tk.Name.Local == "annotation":
				inNote--
				current.body = bodyText.String()
				if current.name != "" {
					open[current.name] = current
				} else {
					c.annotations = append(c.annotations, *current)
				}
			case inNote == 0 && tk.Name.Space == nsText && (tk.Name.Local == "p" || tk.Name.Local == "h"):
				depth--
				if depth == 0 && para != nil {
					c.paras = append(c.paras, para.String())
					para = nil
				}
			}
		case xml.CharData:
			write(string(tk))
		}
	}
	for _, a := range open {
		c.annotations = append(c.annotations, *a)
	}
	return c
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 1
		}
		n = n*10 + int(r-'0')
	}
	return n
}

// TestLibreOffice annotates real .docx files with the linter's own
// findings and has LibreOffice read the copies: one annotation per
// finding, holding its message and covering its words, and the document's
// text as LibreOffice reads the original.
func TestLibreOffice(t *testing.T) {
	dir := t.TempDir()
	fodtDocx := soffice(t, filepath.Join("..", "..", "testdata", "docx", "complaint.fodt"), "docx", dir)
	txt, err := os.ReadFile(filepath.Join("..", "..", "testdata", "complaints", "liveperson-fac.txt"))
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string][]byte{
		"complaint":  fodtDocx,
		"liveperson": docxFromText(t, string(txt)),
	}
	for name, data := range docs {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			src, err := input.ReadDocx(name+".docx", data)
			if err != nil {
				t.Fatal(err)
			}
			res := driver.LintSource(src, driver.Options{Checks: checks.All})
			var cs []Comment
			var want []string
			for _, f := range res.Findings {
				if f.Suppressed != nil {
					continue
				}
				cs = append(cs, Comment{Start: f.Span.Start, End: f.Span.End, Text: f.Message + "\nauthority: " + f.Authority + "\nfix: " + f.Fix})
				want = append(want, f.Message)
			}
			if len(cs) < 3 {
				t.Fatalf("only %d findings; the test needs a document with several", len(cs))
			}
			out, _, err := Docx(data, cs, opts)
			if err != nil {
				t.Fatal(err)
			}
			checkCopy(t, data, out)
			orig, reviewed := filepath.Join(dir, "original.docx"), filepath.Join(dir, "reviewed.docx")
			if err := os.WriteFile(orig, data, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(reviewed, out, 0o644); err != nil {
				t.Fatal(err)
			}
			before := readODT(t, soffice(t, orig, "odt", filepath.Join(dir, "a")))
			after := readODT(t, soffice(t, reviewed, "odt", filepath.Join(dir, "b")))

			if strings.Join(after.paras, "\n") != strings.Join(before.paras, "\n") {
				t.Errorf("LibreOffice reads different text:\n%q\n%q", before.paras, after.paras)
			}
			if len(before.annotations) != 0 {
				t.Errorf("the original has %d annotations", len(before.annotations))
			}
			if len(after.annotations) != len(cs) {
				t.Fatalf("%d annotations, want %d (one per finding)", len(after.annotations), len(cs))
			}
			// Annotations come in document order; match each finding to one
			// that holds its message and covers its words.
			used := make([]bool, len(after.annotations))
			for i, c := range cs {
				words := norm(string(src.Src[c.Start:c.End]))
				found := false
				for k, a := range after.annotations {
					if used[k] || !strings.Contains(a.body, want[i]) || !strings.Contains(a.body, "fix: ") {
						continue
					}
					if !a.ranged || norm(a.covers) != words {
						continue
					}
					used[k], found = true, true
					break
				}
				if !found {
					t.Errorf("no annotation with %q covering %q; annotations:\n%+v", want[i], words, after.annotations)
				}
			}
		})
	}
}

// norm collapses white space, which LibreOffice writes as it likes.
func norm(s string) string { return strings.Join(strings.Fields(s), " ") }

// docxFromText makes a .docx with one paragraph per line of text, each
// line in several runs with alternating formatting and its characters
// escaped as Word escapes them, so anchoring has runs to split.
func docxFromText(t *testing.T, text string) []byte {
	var body strings.Builder
	for _, line := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		body.WriteString("<w:p>")
		words := strings.SplitAfter(line, " ")
		for i := 0; i < len(words); i += 3 {
			chunk := strings.Join(words[i:min(i+3, len(words))], "")
			props := ""
			if i%2 == 1 {
				props = "<w:rPr><w:i/></w:rPr>"
			}
			body.WriteString(`<w:r>` + props + `<w:t xml:space="preserve">` + escape(chunk) + `</w:t></w:r>`)
		}
		body.WriteString("</w:p>")
	}
	return fullDocx(t, body.String())
}
