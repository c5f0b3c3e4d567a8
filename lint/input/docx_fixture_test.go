package input

import (
	"archive/zip"
	"bytes"
	"strconv"
	"strings"
	"testing"
)

// Test fixtures are built here, by hand, rather than saved from Word, so
// each test shows exactly the XML it exercises.

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`

// docXML wraps body content in a w:document.
func docXML(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n<w:document " + wNS + "><w:body>" + body + "</w:body></w:document>"
}

// stylesXML wraps w:style elements in w:styles.
func stylesXML(styles string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><w:styles ` + wNS + `>` + styles + `</w:styles>`
}

// numberingXML wraps abstractNum and num elements in w:numbering.
func numberingXML(defs string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><w:numbering ` + wNS + `>` + defs + `</w:numbering>`
}

// para is a paragraph with optional properties and one run per text.
func para(pPr string, runs ...string) string {
	var b strings.Builder
	b.WriteString("<w:p>")
	if pPr != "" {
		b.WriteString("<w:pPr>" + pPr + "</w:pPr>")
	}
	for _, r := range runs {
		b.WriteString(run(r))
	}
	b.WriteString("</w:p>")
	return b.String()
}

func run(text string) string {
	return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>`
}

func numPr(numID, ilvl int) string {
	return `<w:numPr><w:ilvl w:val="` + strconv.Itoa(ilvl) + `"/><w:numId w:val="` + strconv.Itoa(numID) + `"/></w:numPr>`
}

// zipParts builds a zip archive from name/content pairs, in order.
func zipParts(t testing.TB, parts ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(parts); i += 2 {
		w, err := zw.Create(parts[i])
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

// docx builds a .docx from document.xml body content plus optional
// styles.xml and numbering.xml content ("" leaves the part out).
func docx(t testing.TB, body, styles, numbering string) []byte {
	t.Helper()
	parts := []string{"[Content_Types].xml", contentTypes, "word/document.xml", docXML(body)}
	if styles != "" {
		parts = append(parts, "word/styles.xml", stylesXML(styles))
	}
	if numbering != "" {
		parts = append(parts, "word/numbering.xml", numberingXML(numbering))
	}
	return zipParts(t, parts...)
}

// headingStyles are paragraph styles as Word writes them (ids differ from
// names; headings found by name, by basedOn and by outline level).
const headingStyles = `
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="CountHeading"><w:name w:val="Count Heading"/><w:basedOn w:val="Heading2"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Outline3"><w:name w:val="Section Caption"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Loop1"><w:name w:val="Loop One"/><w:basedOn w:val="Loop2"/></w:style>
<w:style w:type="paragraph" w:styleId="Loop2"><w:name w:val="Loop Two"/><w:basedOn w:val="Loop1"/></w:style>
<w:style w:type="paragraph" w:styleId="Allegation"><w:name w:val="Allegation"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
<w:style w:type="character" w:styleId="Heading1Char"><w:name w:val="heading 1"/></w:style>`

// pleadingNumbering is a legal list: "1." then "(a)" then "i.", a second
// instance of the same list that continues it, an instance that restarts
// it, a list that starts at 5, a bullet list, and a "Count %1" list.
const pleadingNumbering = `
<w:abstractNum w:abstractNumId="10">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="11">
 <w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="decimal"/><w:lvlText w:val="¶ %1"/><w:pStyle w:val="Allegation"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="12">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="13">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="Count %1"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="14">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Exhibit %1"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="11"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="12"/></w:num>
<w:num w:numId="6"><w:abstractNumId w:val="13"/></w:num>
<w:num w:numId="7"><w:abstractNumId w:val="14"/></w:num>
<w:num w:numId="8"><w:abstractNumId w:val="99"/></w:num>`
