package annotate

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/checks"
	"github.com/complaintlint/complaintlint/lint/chart"
	"github.com/complaintlint/complaintlint/lint/driver"
	"github.com/complaintlint/complaintlint/lint/input"
)

var sampleAppendix = &Appendix{
	Heading: "Element chart",
	Header:  []string{"Count", "Element", "Status"},
	Rows:    [][]string{{"Count I", "copyright.period <when>", "missing"}, {"Count I", "copyright.acts & product", "pleaded"}},
	Widths:  []int{2000, 4000, 2000},
}

// TestAppendixAfterLastParagraph: the table follows the original's text,
// before the body's section properties; the original's text reads the
// same, every other part is untouched, and comments still anchor.
func TestAppendixAfterLastParagraph(t *testing.T) {
	in := fullDocx(t, p(r("First paragraph."))+p(r("Last paragraph.")))
	o := opts
	o.Appendix = sampleAppendix
	out, _, err := Docx(in, []Comment{{Start: 0, End: 5, Text: "note"}}, o)
	if err != nil {
		t.Fatal(err)
	}
	got := string(readSrc(t, out))
	want := "First paragraph.\nLast paragraph.\nElement chart\nCount\nElement\nStatus\nCount I\ncopyright.period <when>\nmissing\nCount I\ncopyright.acts & product\npleaded"
	if strings.TrimRight(got, "\n") != want {
		t.Errorf("text:\n%q\nwant\n%q", got, want)
	}
	doc := string(entry(t, out, "word/document.xml"))
	tbl, sect := strings.Index(doc, "<w:tbl>"), strings.Index(doc, "<w:sectPr>")
	if tbl < 0 || sect < tbl || strings.Index(doc, "Last paragraph.") > tbl {
		t.Errorf("table not between the last paragraph and the section properties:\n%s", doc)
	}
	if !strings.Contains(doc, "<w:tblHeader/>") || !strings.Contains(doc, "<w:pageBreakBefore/>") {
		t.Error("the header row does not repeat or the chart does not start a page")
	}
	if !isInsertion(entry(t, in, "word/document.xml"), entry(t, out, "word/document.xml")) {
		t.Error("document.xml lost bytes of the original")
	}
	if err := decodeAll(entry(t, out, "word/document.xml")); err != nil {
		t.Error(err)
	}
}

// TestAppendixDefaultNamespace: a document written without a prefix gets
// a table that declares its own, and still reads as text.
func TestAppendixDefaultNamespace(t *testing.T) {
	doc := `<?xml version="1.0" encoding="UTF-8"?><document xmlns="` + nsW + `"><body><p><r><t>Only.</t></r></p></body></document>`
	in := zipOf(t, "[Content_Types].xml", typesXML, "_rels/.rels", pkgRels, "word/document.xml", doc)
	o := opts
	o.Appendix = sampleAppendix
	out, _, err := Docx(in, nil, o)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(readSrc(t, out)); !strings.HasPrefix(got, "Only.\nElement chart\nCount\n") {
		t.Errorf("text %q", got)
	}
}

// TestAppendixRejectsRaggedRows: a row with the wrong number of cells is
// an error, and nothing is written.
func TestAppendixRejectsRaggedRows(t *testing.T) {
	in := fullDocx(t, p(r("Text.")))
	o := opts
	o.Appendix = &Appendix{Heading: "h", Header: []string{"a", "b"}, Rows: [][]string{{"x"}}, Widths: []int{1, 1}}
	if out, _, err := Docx(in, nil, o); err == nil || out != nil {
		t.Fatalf("ragged appendix accepted: %v", err)
	}
}

// odtTables reads the tables LibreOffice made of a document: rows of cell
// texts.
func odtTables(t *testing.T, odt []byte) [][][]string {
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
	const nsTable = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
	var tables [][][]string
	var cell *strings.Builder
	d := xml.NewDecoder(rc)
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
			case tk.Name.Space == nsTable && tk.Name.Local == "table":
				tables = append(tables, nil)
			case tk.Name.Space == nsTable && tk.Name.Local == "table-row":
				tables[len(tables)-1] = append(tables[len(tables)-1], nil)
			case tk.Name.Space == nsTable && tk.Name.Local == "table-cell":
				cell = &strings.Builder{}
			}
		case xml.EndElement:
			if tk.Name.Space == nsTable && tk.Name.Local == "table-cell" && cell != nil {
				tb := tables[len(tables)-1]
				tb[len(tb)-1] = append(tb[len(tb)-1], cell.String())
				cell = nil
			}
		case xml.CharData:
			if cell != nil {
				cell.WriteString(string(tk))
			}
		}
	}
	return tables
}

// TestLibreOfficeChart: the reviewed copy of the Liveperson
// reconstruction with --chart's table, as LibreOffice reads it: the
// original's paragraphs unchanged, then one table whose rows are the
// chart's, with the missing elements where the chart has them.
func TestLibreOfficeChart(t *testing.T) {
	dir := t.TempDir()
	txt, err := os.ReadFile(filepath.Join("..", "..", "testdata", "complaints", "liveperson-fac.txt"))
	if err != nil {
		t.Fatal(err)
	}
	data := docxFromText(t, string(txt))
	src, err := input.ReadDocx("liveperson.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	res := driver.LintSource(src, driver.Options{Checks: checks.All})
	rows := chart.Build(&res).Rows()
	o := opts
	o.Appendix = &Appendix{Heading: "Element chart", Header: chart.TableHeader, Rows: rows, Widths: []int{1500, 3700, 1500, 1400, 1260}}
	out, _, err := Docx(data, nil, o)
	if err != nil {
		t.Fatal(err)
	}
	orig, reviewed := filepath.Join(dir, "original.docx"), filepath.Join(dir, "reviewed.docx")
	if err := os.WriteFile(orig, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(reviewed, out, 0o644); err != nil {
		t.Fatal(err)
	}
	beforeODT := soffice(t, orig, "odt", filepath.Join(dir, "a"))
	afterODT := soffice(t, reviewed, "odt", filepath.Join(dir, "b"))
	before, after := readODT(t, beforeODT), readODT(t, afterODT)
	if len(after.paras) <= len(before.paras) || !slices.Equal(after.paras[:len(before.paras)], before.paras) {
		t.Fatalf("LibreOffice reads the original's paragraphs differently")
	}
	if after.paras[len(before.paras)] != "Element chart" {
		t.Errorf("after the original comes %q, want the chart's heading", after.paras[len(before.paras)])
	}
	if n := len(odtTables(t, beforeODT)); n != 0 {
		t.Fatalf("the original has %d tables", n)
	}
	tables := odtTables(t, afterODT)
	if len(tables) != 1 {
		t.Fatalf("%d tables, want the chart's one", len(tables))
	}
	tb := tables[0]
	if len(tb) != len(rows)+1 || !slices.Equal(tb[0], chart.TableHeader) {
		t.Fatalf("table has %d rows (header %q); want %d", len(tb), tb[0], len(rows)+1)
	}
	missing := 0
	for i, r := range rows {
		if !slices.Equal(tb[i+1], r) {
			t.Errorf("row %d reads %q, want %q", i+1, tb[i+1], r)
		}
		if r[2] == "missing" {
			missing++
		}
	}
	if missing != 10 {
		t.Errorf("%d missing elements in the table, want the reconstruction's 10", missing)
	}
}
