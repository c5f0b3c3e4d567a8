package annotate

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/complaintlint/complaintlint/lint/input"
)

// Fixtures are written by hand so each test shows the XML it exercises.

const wDecl = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

const typesXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`

const pkgRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`

const docRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.com/" TargetMode="External"/></Relationships>`

const stylesXML = `<?xml version="1.0" encoding="UTF-8"?><w:styles ` + wDecl + `><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`

func docXML(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n<w:document " + wDecl + "><w:body>" + body + `<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>`
}

// zipOf builds a zip from name/content pairs in order, the binary ones
// stored rather than deflated, as Word does for images.
func zipOf(t testing.TB, parts ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(parts); i += 2 {
		h := &zip.FileHeader{Name: parts[i], Method: zip.Deflate, Modified: time.Date(2024, 5, 6, 7, 8, 10, 0, time.UTC)}
		if strings.HasSuffix(parts[i], ".png") {
			h.Method = zip.Store
		}
		w, err := zw.CreateHeader(h)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(parts[i+1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// fullDocx is a package with the parts Word writes around the body.
func fullDocx(t testing.TB, body string, extra ...string) []byte {
	parts := []string{
		"[Content_Types].xml", typesXML,
		"_rels/.rels", pkgRels,
		"word/document.xml", docXML(body),
		"word/_rels/document.xml.rels", docRels,
		"word/styles.xml", stylesXML,
		"word/media/image1.png", "\x89PNG\r\n\x1a\nnot really an image",
		"docProps/core.xml", `<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"/>`,
	}
	return zipOf(t, append(parts, extra...)...)
}

func p(inner string) string { return "<w:p>" + inner + "</w:p>" }
func r(text string) string  { return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>` }
func rb(text string) string {
	return `<w:r w:rsidR="00A1"><w:rPr><w:b/><w:i w:val="1"/></w:rPr><w:t>` + text + `</w:t></w:r>`
}
func entries(t *testing.T, data []byte) []*zip.File {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	return zr.File
}

func entry(t *testing.T, data []byte, name string) []byte {
	t.Helper()
	for _, f := range entries(t, data) {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			b, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
	}
	return nil
}

func readSrc(t *testing.T, data []byte) []byte {
	t.Helper()
	s, err := input.ReadDocx("x.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	return s.Src
}

// span finds the n-th (0-based) occurrence of sub in the reader's text.
func span(t *testing.T, src []byte, sub string, n int) (int, int) {
	t.Helper()
	off := 0
	for i := 0; ; i++ {
		j := bytes.Index(src[off:], []byte(sub))
		if j < 0 {
			t.Fatalf("%q (occurrence %d) not in %q", sub, n, src)
		}
		if i == n {
			return off + j, off + j + len(sub)
		}
		off += j + 1
	}
}

// markerOffsets finds the commentRangeStart and commentRangeEnd of id in
// document.xml by decoding it.
func markerOffsets(t *testing.T, doc []byte, id int) (start, end int) {
	t.Helper()
	start, end = -1, -1
	d := xml.NewDecoder(bytes.NewReader(doc))
	for {
		off := int(d.InputOffset())
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		v, _ := attr(se, "id")
		if v != strconv.Itoa(id) {
			continue
		}
		switch se.Name.Local {
		case "commentRangeStart":
			start = off
		case "commentRangeEnd":
			end = off
		}
	}
	if start < 0 || end < 0 || end < start {
		t.Fatalf("comment %d: range markers at %d..%d", id, start, end)
	}
	return start, end
}

// rangeText is the text between comment id's range markers in an annotated
// .docx, read with the reader's own rules: the text of every chunk the
// reader reads from between the two markers.
func rangeText(t *testing.T, out []byte, id int) string {
	t.Helper()
	src, l, err := input.ReadDocxLayout("", out)
	if err != nil {
		t.Fatal(err)
	}
	rs, re := markerOffsets(t, l.Document, id)
	from, to := -1, -1
	at := 0
	for pi := range l.Paras {
		for _, c := range l.Paras[pi].Chunks {
			inside := c.RawStart >= rs && c.RawEnd <= re
			if !inside && c.RawStart < re && c.RawEnd > rs {
				t.Fatalf("comment %d: a chunk straddles a range marker: %q", id, l.Document[c.RawStart:c.RawEnd])
			}
			if inside {
				if from < 0 {
					from = at + c.Text
				}
				to = at + c.Text + c.Len
			}
		}
		if i := bytes.IndexByte(src.Src[at:], '\n'); i >= 0 {
			at += i + 1
		}
	}
	if from < 0 {
		return ""
	}
	return string(src.Src[from:to])
}

// isInsertion reports whether b is a with bytes inserted only.
func isInsertion(a, b []byte) bool {
	i := 0
	for j := 0; j < len(b) && i < len(a); j++ {
		if a[i] == b[j] {
			i++
		}
	}
	return i == len(a)
}

var changedParts = map[string]bool{
	"word/document.xml": true, "word/comments.xml": true,
	"word/_rels/document.xml.rels": true, "[Content_Types].xml": true,
}

// checkCopy checks what holds for every annotated copy.
func checkCopy(t *testing.T, in, out []byte) {
	t.Helper()
	// (a) The text reads the same.
	if a, b := readSrc(t, in), readSrc(t, out); !bytes.Equal(a, b) {
		t.Errorf("text changed:\n%q\n%q", a, b)
	}
	// (c) Every other entry is byte-identical, raw and inflated, in order.
	ins, outs := entries(t, in), entries(t, out)
	if len(outs) < len(ins) {
		t.Fatalf("%d entries, had %d", len(outs), len(ins))
	}
	for i, f := range ins {
		g := outs[i]
		if g.Name != f.Name {
			t.Errorf("entry %d is %s, was %s", i, g.Name, f.Name)
			continue
		}
		if changedParts[f.Name] {
			continue
		}
		a, b := rawBytes(t, f), rawBytes(t, g)
		if !bytes.Equal(a, b) || f.Method != g.Method || f.CRC32 != g.CRC32 {
			t.Errorf("%s changed", f.Name)
		}
		if !bytes.Equal(entry(t, in, f.Name), entry(t, out, f.Name)) {
			t.Errorf("%s inflates differently", f.Name)
		}
	}
	for _, g := range outs[len(ins):] {
		if !changedParts[g.Name] {
			t.Errorf("unexpected new entry %s", g.Name)
		}
	}
	// document.xml only gains bytes.
	if !isInsertion(entry(t, in, "word/document.xml"), entry(t, out, "word/document.xml")) {
		t.Error("document.xml lost bytes of the original")
	}
	// (d) The changed parts are well-formed.
	for name := range changedParts {
		if b := entry(t, out, name); b != nil {
			if err := decodeAll(b); err != nil {
				t.Errorf("%s: %v\n%s", name, err, b)
			}
		}
	}
}

func rawBytes(t *testing.T, f *zip.File) []byte {
	rc, err := f.OpenRaw()
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func decodeAll(b []byte) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = true
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// xmlComment is a w:comment of comments.xml.
type xmlComment struct {
	ID       int    `xml:"id,attr"`
	Author   string `xml:"author,attr"`
	Initials string `xml:"initials,attr"`
	Paras    []struct {
		Runs []struct {
			Text string `xml:"t"`
		} `xml:"r"`
	} `xml:"p"`
}

func (c xmlComment) text() string {
	var lines []string
	for _, p := range c.Paras {
		var s string
		for _, r := range p.Runs {
			s += r.Text
		}
		lines = append(lines, s)
	}
	return strings.Join(lines, "\n")
}

func readComments(t *testing.T, out []byte) []xmlComment {
	t.Helper()
	var doc struct {
		Comments []xmlComment `xml:"comment"`
	}
	if err := xml.Unmarshal(entry(t, out, "word/comments.xml"), &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Comments
}

var opts = Options{Author: "complaintlint", Initials: "CL", Date: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)}

// annotateSubs annotates each listed substring (n-th occurrence) and checks
// the copy and that every comment covers exactly its words.
func annotateSubs(t *testing.T, in []byte, subs ...string) []byte {
	t.Helper()
	src := readSrc(t, in)
	var cs []Comment
	var want []string
	for i, s := range subs {
		sub, n := s, 0
		if k := strings.LastIndex(s, "#"); k > 0 {
			sub = s[:k]
			n, _ = strconv.Atoi(s[k+1:])
		}
		a, b := span(t, src, sub, n)
		cs = append(cs, Comment{Start: a, End: b, Text: "comment " + strconv.Itoa(i) + "\nfix: & <that>"})
		want = append(want, sub)
	}
	out, ids, err := Docx(in, cs, opts)
	if err != nil {
		t.Fatal(err)
	}
	checkCopy(t, in, out)
	for i, id := range ids {
		if got := rangeText(t, out, id); got != want[i] {
			t.Errorf("comment %d covers %q, want %q", id, got, want[i])
		}
	}
	return out
}

func TestSpans(t *testing.T) {
	cases := []struct {
		name string
		body string
		subs []string
	}{
		{"one run", p(r("Plaintiff alleges that Defendant copied the Works.")),
			[]string{"Defendant", "Plaintiff", "Works.", "Plaintiff alleges that Defendant copied the Works.", "e"}},
		{"entities", p(r("AT&amp;T&#x2019;s &lt;claim&gt; &#8220;here&#8221; and &quot;there&quot;")),
			[]string{"T’s", "AT&T", "<claim>", "“here”", "’", "&", "\"there\""}},
		{"split runs and properties", p(r("Hello ") + rb("wor") + r("ld to") + rb("day, all.")),
			[]string{"world", "Hello world today, all.", "o w", "day", "ld", "all."}},
		{"text without xml:space", p(`<w:r><w:t>Defendant copied it</w:t></w:r>`),
			[]string{"copied", "Defendant copied", "it"}},
		{"hyperlinks", p(r("See ") + `<w:hyperlink r:id="rId3" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>the registration</w:t></w:r></w:hyperlink>` + r(" at issue.")),
			[]string{"registration", "See the", "the registration at", "the registration"}},
		{"tracked changes", p(r("Beta ") + `<w:del w:id="1" w:author="A"><w:r><w:delText>knowingly </w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve">willfully </w:t></w:r></w:ins>` + r("copied the Works.")),
			[]string{"Beta willfully copied", "willfully", "illfully cop", "Beta "}},
		{"tables", `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:tcPr/>` + p(r("Cell one")) + `</w:tc><w:tc>` + p(r("Cell two")) + `</w:tc></w:tr></w:tbl>` + p(r("After the table.")),
			[]string{"one", "one\nCell", "Cell two\nAfter", "table"}},
		{"tabs and breaks", p(`<w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t></w:r>` + r("D")),
			[]string{"\t", "A\t", "\tB", "B C", "A", "C", "CD", "\tB CD"}},
		{"fields", p(r("Page ") + `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` + r(" of the complaint")),
			[]string{"Page 3", "3", "3 of", "e 3 o"}},
		{"hidden text", p(r("Shown ") + `<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden </w:t></w:r>` + r("again")),
			[]string{"Shown again", "again", "n a"}},
		{"paragraphs", p(r("First paragraph.")) + `<w:p/>` + p(`<w:pPr><w:pStyle w:val="Normal"/></w:pPr>`+r("Third paragraph.")),
			[]string{"paragraph.\n\nThird", "First paragraph.\n\nThird paragraph."}},
		{"line ends and CDATA", p("<w:r><w:t xml:space=\"preserve\">one\r\ntwo</w:t><w:t><![CDATA[x < y & z]]></w:t></w:r>"),
			[]string{"one two", "two", "< y", "twox", "z"}},
		{"several pieces of one w:t", p(`<w:r><w:t xml:space="preserve">ab<!-- a comment -->cd</w:t></w:r>`),
			[]string{"bc", "cd", "ab", "b"}},
		{"same place", p(r("alpha beta gamma")),
			[]string{"alpha", "alpha", "alpha beta", "beta", "beta gamma", "a b"}},
		{"smart tags and content controls", p(`<w:smartTag w:uri="u" w:element="e"><w:r><w:t>Acme</w:t></w:r></w:smartTag><w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t xml:space="preserve"> Corp.</w:t></w:r></w:sdtContent></w:sdt>`),
			[]string{"Acme Corp.", "e C"}},
		{"markup compatibility", p(r("Before ") + `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="w14"><w:r><w:t>new</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>old</w:t></w:r></mc:Fallback></mc:AlternateContent>` + r(" after")),
			[]string{"old", "Before old after", "e o"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := fullDocx(t, c.body)
			out := annotateSubs(t, in, c.subs...)
			got := readComments(t, out)
			if len(got) != len(c.subs) {
				t.Fatalf("%d comments, want %d", len(got), len(c.subs))
			}
			for i, cm := range got {
				if cm.ID != i || cm.Author != "complaintlint" || cm.Initials != "CL" {
					t.Errorf("comment %d: %+v", i, cm)
				}
				if want := "comment " + strconv.Itoa(i) + "\nfix: & <that>"; cm.text() != want {
					t.Errorf("comment %d text %q, want %q", i, cm.text(), want)
				}
			}
		})
	}
}

func TestSplitCopiesRunProperties(t *testing.T) {
	in := fullDocx(t, p(rb("Defendant copied it")))
	out := annotateSubs(t, in, "copied")
	doc := string(entry(t, out, "word/document.xml"))
	if n := strings.Count(doc, `<w:r w:rsidR="00A1"><w:rPr><w:b/><w:i w:val="1"/></w:rPr>`); n != 3 {
		t.Errorf("run start and properties appear %d times, want 3 (a run split in three):\n%s", n, doc)
	}
	if !strings.Contains(doc, `<w:t xml:space="preserve">Defendant </w:t></w:r><w:commentRangeStart w:id="0"/>`) {
		t.Errorf("first half should keep its space:\n%s", doc)
	}
	if !strings.Contains(doc, `<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`) {
		t.Errorf("no reference run after the range:\n%s", doc)
	}
}

func TestDefaultNamespaceDocument(t *testing.T) {
	doc := `<?xml version="1.0" encoding="UTF-8"?><document xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><body><p><r><t xml:space="preserve">No prefixes here at all.</t></r></p></body></document>`
	in := zipOf(t, "[Content_Types].xml", typesXML, "word/document.xml", doc)
	out := annotateSubs(t, in, "prefixes", "No", "all.")
	if !strings.Contains(string(entry(t, out, "word/document.xml")), `<w:commentRangeStart xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:id="0"/>`) {
		t.Errorf("markers should declare their prefix:\n%s", entry(t, out, "word/document.xml"))
	}
	// The package had no document relationships: the part is created.
	rels := string(entry(t, out, "word/_rels/document.xml.rels"))
	if !strings.Contains(rels, `Type="`+relComments+`" Target="comments.xml"`) {
		t.Errorf("rels: %s", rels)
	}
}

func TestRelationshipsAndContentTypes(t *testing.T) {
	in := fullDocx(t, p(r("Some words.")))
	out := annotateSubs(t, in, "words")
	rels := string(entry(t, out, "word/_rels/document.xml.rels"))
	if want := strings.TrimSuffix(docRels, "</Relationships>") + `<Relationship Id="rId4" Type="` + relComments + `" Target="comments.xml"/></Relationships>`; rels != want {
		t.Errorf("rels:\n%s\nwant\n%s", rels, want)
	}
	types := string(entry(t, out, "[Content_Types].xml"))
	if want := strings.TrimSuffix(typesXML, "</Types>") + `<Override PartName="/word/comments.xml" ContentType="` + typeComments + `"/></Types>`; types != want {
		t.Errorf("types:\n%s\nwant\n%s", types, want)
	}
	names := []string{}
	for _, f := range entries(t, out) {
		names = append(names, f.Name)
	}
	if names[len(names)-1] != "word/comments.xml" {
		t.Errorf("entries %v: comments.xml should be added at the end", names)
	}
}

const existingComments = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments ` + wDecl + `><w:comment w:id="0" w:author="Partner" w:initials="P"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t>Tighten this.</w:t></w:r></w:p></w:comment><w:comment w:id="7" w:author="Associate"><w:p><w:r><w:t>Cite the statute.</w:t></w:r></w:p></w:comment></w:comments>`

func TestExistingComments(t *testing.T) {
	body := p(`<w:commentRangeStart w:id="0"/>`+r("Acme owns the Works.")+`<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`) +
		p(`<w:commentRangeStart w:id="7"/>`+r("Beta copied them.")+`<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r>`)
	rels := strings.TrimSuffix(docRels, "</Relationships>") + `<Relationship Id="rId9" Type="` + relComments + `" Target="comments.xml"/></Relationships>`
	types := strings.TrimSuffix(typesXML, "</Types>") + `<Override PartName="/word/comments.xml" ContentType="` + typeComments + `"/></Types>`
	in := zipOf(t, "[Content_Types].xml", types, "word/document.xml", docXML(body), "word/_rels/document.xml.rels", rels, "word/comments.xml", existingComments, "word/styles.xml", stylesXML)
	out := annotateSubs(t, in, "owns", "Beta copied", "Works.\nBeta")
	if got := string(entry(t, out, "word/_rels/document.xml.rels")); got != rels {
		t.Errorf("relationships changed:\n%s", got)
	}
	if got := string(entry(t, out, "[Content_Types].xml")); got != types {
		t.Errorf("content types changed:\n%s", got)
	}
	cs := readComments(t, out)
	var ids []int
	seen := map[int]bool{}
	for _, c := range cs {
		if seen[c.ID] {
			t.Errorf("id %d twice", c.ID)
		}
		seen[c.ID] = true
		ids = append(ids, c.ID)
	}
	if want := "[0 7 8 9 10]"; sprint(ids) != want {
		t.Errorf("ids %v, want %s", ids, want)
	}
	if cs[0].text() != "Tighten this." || cs[1].text() != "Cite the statute." || cs[0].Author != "Partner" {
		t.Errorf("existing comments changed: %+v", cs[:2])
	}
	// The old comments are still anchored where they were.
	if got := rangeText(t, out, 0); got != "Acme owns the Works." {
		t.Errorf("comment 0 covers %q", got)
	}
	if got := rangeText(t, out, 7); got != "Beta copied them." {
		t.Errorf("comment 7 covers %q", got)
	}
	// The existing part only gains comments at its end.
	if got := entry(t, out, "word/comments.xml"); !bytes.HasPrefix(got, []byte(strings.TrimSuffix(existingComments, "</w:comments>"))) {
		t.Errorf("existing comments not kept byte for byte:\n%s", got)
	}
}

func sprint(ids []int) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = strconv.Itoa(id)
	}
	return "[" + strings.Join(s, " ") + "]"
}

func TestEmptyAndOddSpans(t *testing.T) {
	in := fullDocx(t, p(r("Heading"))+`<w:p/>`+p("")+p(r("Body text.")))
	src := readSrc(t, in)
	cs := []Comment{
		{Start: 0, End: 0, Text: "empty at start"},
		{Start: len(src), End: len(src), Text: "empty at end"},
		{Start: 8, End: 9, Text: "an empty paragraph"},       // the <w:p/>, which holds nothing
		{Start: 9, End: 10, Text: "another empty paragraph"}, // <w:p></w:p>
		{Start: -5, End: 1 << 20, Text: "out of range"},
		{Start: 7, End: 14, Text: "paragraph ends: only the text is covered"},
	}
	out, ids, err := Docx(in, cs, opts)
	if err != nil {
		t.Fatal(err)
	}
	checkCopy(t, in, out)
	want := []string{"H", ".", "", "", string(src), "Body"}
	for i, id := range ids {
		if got := rangeText(t, out, id); got != want[i] {
			t.Errorf("comment %q covers %q, want %q", cs[i].Text, got, want[i])
		}
	}
}

func TestNoComments(t *testing.T) {
	in := fullDocx(t, p(r("Nothing to say.")))
	out, ids, err := Docx(in, nil, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 0 {
		t.Errorf("ids %v", ids)
	}
	checkCopy(t, in, out)
	if !bytes.Equal(entry(t, in, "word/document.xml"), entry(t, out, "word/document.xml")) {
		t.Error("document.xml changed with no comments")
	}
	if entry(t, out, "word/comments.xml") != nil {
		t.Error("comments.xml written with no comments")
	}
}

func TestHostileInputs(t *testing.T) {
	good := fullDocx(t, p(r("Text.")))
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"not a zip", []byte("plain text, not a docx"), input.ErrNotZip},
		{"pdf", []byte("%PDF-1.7 ..."), input.ErrPDF},
		{"empty", nil, input.ErrEmpty},
		{"no document", zipOf(t, "[Content_Types].xml", typesXML), input.ErrNoDocumentXML},
		{"dtd", zipOf(t, "[Content_Types].xml", typesXML, "word/document.xml", `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:document `+wDecl+`><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>`), input.ErrXMLDTD},
		{"zip bomb", zipOf(t, "[Content_Types].xml", typesXML, "word/document.xml", docXML(p(r(strings.Repeat("a", 70<<20))))), input.ErrInflatedSize},
		{"no content types", zipOf(t, "word/document.xml", docXML(p(r("Text.")))), ErrNoContentTypes},
		{"truncated", good[:len(good)/2], input.ErrNotZip},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, _, err := Docx(c.data, []Comment{{Start: 0, End: 1, Text: "x"}}, opts)
			if !errors.Is(err, c.want) {
				t.Errorf("error %v, want %v", err, c.want)
			}
			if err != nil && strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
		})
	}
	t.Run("malformed comments part", func(t *testing.T) {
		rels := strings.TrimSuffix(docRels, "</Relationships>") + `<Relationship Id="rId9" Type="` + relComments + `" Target="comments.xml"/></Relationships>`
		in := zipOf(t, "[Content_Types].xml", typesXML, "word/document.xml", docXML(p(r("Text."))), "word/_rels/document.xml.rels", rels, "word/comments.xml", `<w:comments `+wDecl+`><w:comment>`)
		if _, _, err := Docx(in, []Comment{{Start: 0, End: 1, Text: "x"}}, opts); err == nil || !strings.Contains(err.Error(), "word/comments.xml") {
			t.Errorf("error %v, want one naming word/comments.xml", err)
		}
	})
}
