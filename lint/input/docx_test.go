package input

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint/document"
)

// readOK reads a .docx that must be accepted and checks the Source contract.
func readOK(t *testing.T, data []byte, opt DocxOptions) document.Source {
	t.Helper()
	s, err := ReadDocxWith("test.docx", data, opt)
	if err != nil {
		t.Fatalf("ReadDocxWith: %v", err)
	}
	if s.Format != document.FormatDocx || !s.OnePerLine {
		t.Errorf("Format=%v OnePerLine=%v, want docx, true", s.Format, s.OnePerLine)
	}
	if !bytes.Equal(s.Text, document.AnalysisText(s.Src)) {
		t.Errorf("Text is not AnalysisText(Src):\n src %q\ntext %q", s.Src, s.Text)
	}
	return s
}

func lines(s document.Source) []string { return strings.Split(string(s.Src), "\n") }

func TestReadDocxText(t *testing.T) {
	tests := []struct {
		name  string
		body  string
		extra []string // more parts, name then content
		want  string   // Src
	}{
		{
			name: "paragraphs, empty ones counted",
			body: para("", "First.") + `<w:p/>` + para("", "") + para("", "Fourth."),
			want: "First.\n\n\nFourth.",
		},
		{
			name: "runs join without spaces",
			body: para("", "Plain", "tiff", " sues."),
			want: "Plaintiff sues.",
		},
		{
			name: "tab, breaks, hyphens, symbols",
			body: `<w:p><w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t><w:br w:type="page"/><w:t>D</w:t><w:cr/><w:t>E</w:t><w:noBreakHyphen/><w:t>F</w:t><w:softHyphen/><w:sym w:font="Wingdings" w:char="F0FC"/><w:t>G</w:t><w:lastRenderedPageBreak/></w:r></w:p>`,
			want: "A\tB C D E-FG",
		},
		{
			name: "tab stops in paragraph properties are not tabs",
			body: `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>x</w:t></w:r></w:p>`,
			want: "x",
		},
		{
			name: "smart quotes, dashes, section signs and no-break spaces kept",
			body: para("", "the “Works” — Defendant’s\u00a0copying, 17 U.S.C.\u00a0§ 501"),
			want: "the “Works” — Defendant’s\u00a0copying, 17 U.S.C.\u00a0§ 501",
		},
		{
			name: "entities and line breaks in character data",
			body: "<w:p><w:r><w:t>Smith &amp; Jones &lt;LLP&gt; a\nb</w:t></w:r></w:p>",
			want: "Smith & Jones <LLP> a b",
		},
		{
			name: "table cells in order, nested tables too",
			body: para("", "Before") + `<w:tbl><w:tblPr><w:tblW w:w="0"/></w:tblPr><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid>` +
				`<w:tr><w:trPr/><w:tc><w:tcPr/>` + para("", "Cell A") + `</w:tc><w:tc>` + para("", "Cell B") +
				`<w:tbl><w:tr><w:tc>` + para("", "Inner") + `</w:tc></w:tr></w:tbl>` + `<w:p/></w:tc></w:tr></w:tbl>` + para("", "After"),
			want: "Before\nCell A\nCell B\nInner\n\nAfter",
		},
		{
			name: "hidden text, drawings and text boxes are not body text",
			body: `<w:p><w:r><w:t xml:space="preserve">Seen </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>secret </w:t></w:r>` +
				`<w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>shown</w:t></w:r>` +
				`<w:r><w:drawing><w:txbxContent>` + para("", "box") + `</w:txbxContent></w:drawing></w:r>` +
				`<w:r><w:pict><w:txbxContent>` + para("", "vml box") + `</w:txbxContent></w:pict></w:r></w:p>` + para("", "Next"),
			want: "Seen shown\nNext",
		},
		{
			name: "markup compatibility reads the fallback",
			body: `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="w14"><w:t>choice</w:t></mc:Choice><mc:Fallback><w:t>fallback</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
			want: "fallback",
		},
		{
			name: "content controls, hyperlinks and smart tags are read",
			body: `<w:sdt><w:sdtPr><w:alias w:val="Caption"/><w:placeholder><w:docPart w:val="x"/></w:placeholder></w:sdtPr><w:sdtContent>` + para("", "In control") + `</w:sdtContent></w:sdt>` +
				`<w:p><w:hyperlink w:history="1"><w:r><w:t>link</w:t></w:r></w:hyperlink><w:smartTag w:uri="u" w:element="e"><w:r><w:t xml:space="preserve"> tag</w:t></w:r></w:smartTag></w:p>`,
			want: "In control\nlink tag",
		},
		{
			name: "comments, footnotes, headers and footers are not read",
			body: `<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>Text</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>`,
			extra: []string{
				"word/comments.xml", `<w:comments ` + wNS + `><w:comment w:id="0">` + para("", "A comment") + `</w:comment></w:comments>`,
				"word/footnotes.xml", `<w:footnotes ` + wNS + `><w:footnote w:id="1">` + para("", "A footnote") + `</w:footnote></w:footnotes>`,
				"word/header1.xml", `<w:hdr ` + wNS + `>` + para("", "A header") + `</w:hdr>`,
			},
			want: "Text",
		},
		{
			name: "section properties and paragraphs outside the body",
			body: para("", "Body") + `<w:sectPr><w:pgSz w:w="12240"/></w:sectPr>`,
			want: "Body",
		},
		{
			name: "ruby annotations read the base text only",
			body: `<w:p><w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>kan</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>漢</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>`,
			want: "漢",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			parts := append([]string{"word/document.xml", docXML(tc.body)}, tc.extra...)
			s := readOK(t, zipParts(t, parts...), DocxOptions{})
			if string(s.Src) != tc.want {
				t.Errorf("Src =\n%q\nwant\n%q", s.Src, tc.want)
			}
		})
	}
}

func TestReadDocxStrictNamespace(t *testing.T) {
	doc := `<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p><w:r><w:t>Strict</w:t></w:r></w:p></w:body></w:document>`
	s := readOK(t, zipParts(t, "word/document.xml", doc), DocxOptions{})
	if string(s.Src) != "Strict" {
		t.Errorf("Src = %q", s.Src)
	}
}

// trackedBody has each kind of tracked change, with numbered paragraphs
// whose marks are inserted or deleted (numId 1 of pleadingNumbering): such
// a paragraph exists only on one side of the change, and on the other its
// text joins the next paragraph.
var trackedBody = `<w:p><w:r><w:t xml:space="preserve">Defendant </w:t></w:r>` +
	`<w:del w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:delText xml:space="preserve">knowingly </w:delText></w:r></w:del>` +
	`<w:r><w:t>copied</w:t></w:r><w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve"> willfully</w:t></w:r></w:ins><w:r><w:t>.</w:t></w:r></w:p>` +
	`<w:p><w:moveFrom w:id="3" w:author="A"><w:r><w:t xml:space="preserve">Moved away. </w:t></w:r></w:moveFrom><w:r><w:t>Stays.</w:t></w:r>` +
	`<w:moveTo w:id="4" w:author="A"><w:r><w:t xml:space="preserve"> Moved here.</w:t></w:r></w:moveTo></w:p>` +
	`<w:p><w:pPr>` + numPr(1, 0) + `<w:rPr><w:ins w:id="5" w:author="A"/></w:rPr></w:pPr><w:ins w:id="6" w:author="A"><w:r><w:t>New allegation.</w:t></w:r></w:ins></w:p>` +
	para(numPr(1, 0), "Existing allegation.") +
	`<w:p><w:pPr>` + numPr(1, 0) + `<w:rPr><w:del w:id="7" w:author="A"/></w:rPr></w:pPr><w:del w:id="8" w:author="A"><w:r><w:delText>Withdrawn allegation.</w:delText></w:r></w:del></w:p>` +
	para(numPr(1, 0), "Last allegation.") +
	`<w:p><w:r><w:t>Keep</w:t></w:r><w:del w:id="9" w:author="B"><w:ins w:id="10" w:author="A"><w:r><w:delText> ephemeral</w:delText></w:r></w:ins></w:del></w:p>` +
	`<w:p><w:pPr><w:pPrChange w:id="11" w:author="A"><w:pPr>` + numPr(1, 0) + `</w:pPr></w:pPrChange></w:pPr><w:r><w:t>Formerly numbered.</w:t></w:r></w:p>` +
	`<w:p><w:pPr>` + numPr(1, 0) + `<w:rPr><w:ins w:id="12" w:author="A"/></w:rPr></w:pPr><w:r><w:t>Split</w:t></w:r><w:ins w:id="13" w:author="A"><w:r><w:t>.</w:t></w:r></w:ins></w:p>` +
	para(numPr(1, 0), " Joined in the original.")

func TestReadDocxTrackedChanges(t *testing.T) {
	type line struct {
		text   string
		number int
	}
	tests := []struct {
		name string
		opt  DocxOptions
		want []line
	}{
		{"accepted by default", DocxOptions{}, []line{
			{"Defendant copied willfully.", 0},
			{"Stays. Moved here.", 0},
			{"New allegation.", 1},
			{"Existing allegation.", 2},
			{"", 0},
			{"Last allegation.", 3},
			{"Keep", 0},
			{"Formerly numbered.", 0},
			{"Split.", 4},
			{" Joined in the original.", 5},
		}},
		{"original", DocxOptions{Original: true}, []line{
			{"Defendant knowingly copied.", 0},
			{"Moved away. Stays.", 0},
			{"", 0},
			{"Existing allegation.", 1},
			{"Withdrawn allegation.", 2},
			{"Last allegation.", 3},
			{"Keep", 0},
			{"Formerly numbered.", 0},
			// One paragraph in the original, numbered on its first line.
			{"Split", 4},
			{" Joined in the original.", 0},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := readOK(t, docx(t, trackedBody, "", pleadingNumbering), tc.opt)
			got := lines(s)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d lines, want %d:\n%s", len(got), len(tc.want), s.Src)
			}
			for i, w := range tc.want {
				if got[i] != w.text || s.Hints[i+1].Number != w.number {
					t.Errorf("line %d = %q number %d, want %q number %d", i+1, got[i], s.Hints[i+1].Number, w.text, w.number)
				}
			}
		})
	}
}

func TestReadDocxFields(t *testing.T) {
	fld := func(typ string) string { return `<w:r><w:fldChar w:fldCharType="` + typ + `"/></w:r>` }
	instr := func(s string) string { return `<w:r><w:instrText xml:space="preserve">` + s + `</w:instrText></w:r>` }
	tests := []struct {
		name, body, want string
	}{
		{
			name: "cross-reference shows its result",
			body: `<w:p>` + run("See ") + fld("begin") + instr(` REF _Ref1 \r \h `) + fld("separate") + run("¶ 12") + fld("end") + run(" above.") + `</w:p>`,
			want: "See ¶ 12 above.",
		},
		{
			name: "field nested in another field's code",
			body: `<w:p>` + fld("begin") + instr("IF ") + fld("begin") + instr("DOCPROPERTY x") + fld("separate") + run("inner") + fld("end") +
				instr(` = 1 "a" "b"`) + fld("separate") + run("outer result") + fld("end") + `</w:p>`,
			want: "outer result",
		},
		{
			name: "field with no result",
			body: `<w:p>` + run("Text") + fld("begin") + instr(` TC "Entry" `) + fld("end") + run(".") + `</w:p>`,
			want: "Text.",
		},
		{
			name: "simple field",
			body: `<w:p>` + run("Page ") + `<w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>`,
			want: "Page 3",
		},
		{
			name: "field result spanning paragraphs",
			body: `<w:p>` + fld("begin") + instr(` TOC \o "1-3" `) + fld("separate") + run("Parties 1") + `</w:p>` +
				`<w:p>` + run("Facts 2") + fld("end") + `</w:p>`,
			want: "Parties 1\nFacts 2",
		},
		{
			name: "stray separate and end are harmless",
			body: `<w:p>` + fld("separate") + fld("end") + run("Still here") + `</w:p>`,
			want: "Still here",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := readOK(t, docx(t, tc.body, "", ""), DocxOptions{})
			if string(s.Src) != tc.want {
				t.Errorf("Src = %q, want %q", s.Src, tc.want)
			}
		})
	}
}

func TestReadDocxHeadings(t *testing.T) {
	pStyle := func(id string) string { return `<w:pStyle w:val="` + id + `"/>` }
	paras := []struct {
		pPr     string
		heading int
	}{
		{pStyle("Title"), 1},
		{pStyle("Heading1"), 1},
		{pStyle("CountHeading"), 2}, // based on "heading 2"
		{pStyle("Outline3"), 3},     // outline level 2 in the style
		{pStyle("BodyText"), 0},     // outline level 9 is body text
		{"", 0},                     // default style
		{`<w:outlineLvl w:val="1"/>`, 2},
		{pStyle("Heading1") + `<w:outlineLvl w:val="9"/>`, 0}, // direct formatting wins
		{pStyle("Loop1"), 0},        // a basedOn cycle ends
		{pStyle("Heading1Char"), 0}, // a character style is no paragraph heading
		{pStyle("Missing"), 0},
	}
	var body strings.Builder
	for i, p := range paras {
		body.WriteString(para(p.pPr, "Paragraph "+string(rune('A'+i))))
	}
	s := readOK(t, docx(t, body.String(), headingStyles, ""), DocxOptions{})
	for i, p := range paras {
		if got := s.Hints[i+1].Heading; got != p.heading {
			t.Errorf("paragraph %d (%s): heading %d, want %d", i+1, p.pPr, got, p.heading)
		}
	}
}

func TestReadDocxNumbering(t *testing.T) {
	pStyle := func(id string) string { return `<w:pStyle w:val="` + id + `"/>` }
	type want struct {
		label  string
		number int
	}
	paras := []struct {
		pPr  string
		want want
	}{
		{numPr(1, 0), want{"1.", 1}},
		{numPr(1, 1), want{"(a)", 0}},
		{numPr(1, 2), want{"i.", 0}},
		{numPr(1, 2), want{"ii.", 0}},
		{numPr(1, 1), want{"(b)", 0}},
		{numPr(1, 0), want{"2.", 2}},
		{numPr(1, 1), want{"(a)", 0}}, // deeper level restarts
		{"", want{}},
		{numPr(2, 0), want{"3.", 3}}, // another instance of the list continues it
		{numPr(4, 0), want{"1.", 1}}, // "restart numbering": startOverride
		{numPr(4, 0), want{"2.", 2}},
		{numPr(1, 0), want{"4.", 4}},                 // the shared list is unaffected by the restart
		{pStyle("Allegation"), want{"¶ 5", 5}},       // numbered by its style, list starting at 5
		{pStyle("Allegation"), want{"¶ 6", 6}},       // level found by the level's pStyle
		{pStyle("Allegation") + numPr(0, 0), want{}}, // numId 0 switches the style's list off
		{numPr(5, 0), want{"•", 0}},                  // bullets are labels, not numbers
		{numPr(6, 0), want{"Count I", 0}},
		{numPr(7, 0), want{"Exhibit 1", 0}},               // decimal, but not a bare paragraph number
		{numPr(8, 0), want{}},                             // num whose abstract list is missing
		{numPr(1, 12), want{}},                            // level out of range
		{numPr(99, 0), want{}},                            // no such num
		{pStyle("Heading1") + numPr(1, 0), want{"5.", 0}}, // a numbered heading is no allegation
	}
	var body strings.Builder
	for i, p := range paras {
		body.WriteString(para(p.pPr, "Paragraph "+string(rune('A'+i))))
	}
	s := readOK(t, docx(t, body.String(), headingStyles, pleadingNumbering), DocxOptions{})
	for i, p := range paras {
		h := s.Hints[i+1]
		if h.NumberText != p.want.label || h.Number != p.want.number {
			t.Errorf("paragraph %d (%s): label %q number %d, want %q %d", i+1, p.pPr, h.NumberText, h.Number, p.want.label, p.want.number)
		}
	}
}

func TestReadDocxNumberingLevels(t *testing.T) {
	// Level 1 never restarts (lvlRestart 0); level 2 shows every level in
	// decimal (isLgl); a lvlOverride redefines level 0 for one instance.
	defs := `<w:abstractNum w:abstractNumId="1">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlRestart w:val="0"/><w:lvlText w:val="%2."/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:isLgl/><w:lvlText w:val="%1.%2.%3"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="7"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl></w:lvlOverride></w:num>`
	pprs := []string{numPr(1, 0), numPr(1, 1), numPr(1, 0), numPr(1, 1), numPr(1, 2), numPr(2, 0), numPr(2, 0)}
	want := []string{"I.", "A.", "II.", "B.", "2.2.1", "7)", "8)"}
	var body strings.Builder
	for _, p := range pprs {
		body.WriteString(para(p, "x"))
	}
	s := readOK(t, docx(t, body.String(), "", defs), DocxOptions{})
	for i, w := range want {
		if got := s.Hints[i+1].NumberText; got != w {
			t.Errorf("paragraph %d: label %q, want %q", i+1, got, w)
		}
	}
	if n := s.Hints[6].Number; n != 7 {
		t.Errorf("overridden level 0 decimal %q: Number %d, want 7", s.Hints[6].NumberText, n)
	}
}

// TestReadDocxNumberingStyleLink follows a list whose levels live in a
// numbering style (w:numStyleLink), as lists built from Word's "List
// Styles" are written: both instances count on one list.
func TestReadDocxNumberingStyleLink(t *testing.T) {
	styles := `<w:style w:type="numbering" w:styleId="PleadingList"><w:name w:val="Pleading List"/><w:pPr><w:numPr><w:numId w:val="20"/></w:numPr></w:pPr></w:style>`
	defs := `<w:abstractNum w:abstractNumId="21"><w:styleLink w:val="PleadingList"/>
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="22"><w:numStyleLink w:val="PleadingList"/></w:abstractNum>
<w:num w:numId="20"><w:abstractNumId w:val="21"/></w:num>
<w:num w:numId="21"><w:abstractNumId w:val="22"/></w:num>`
	body := para(numPr(21, 0), "a") + para(numPr(20, 0), "b") + para(numPr(21, 0), "c")
	s := readOK(t, docx(t, body, styles, defs), DocxOptions{})
	for i, want := range []int{1, 2, 3} {
		if got := s.Hints[i+1].Number; got != want {
			t.Errorf("paragraph %d: Number %d, want %d", i+1, got, want)
		}
	}
}

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		v      int
		format string
		want   string
	}{
		{12, "decimal", "12"},
		{7, "decimalZero", "07"},
		{12, "decimalZero", "12"},
		{4, "upperRoman", "IV"},
		{1994, "upperRoman", "MCMXCIV"},
		{9, "lowerRoman", "ix"},
		{0, "lowerRoman", "0"},
		{1, "lowerLetter", "a"},
		{26, "lowerLetter", "z"},
		{27, "lowerLetter", "aa"},
		{54, "upperLetter", "BBB"},
		{1, "ordinal", "1st"},
		{12, "ordinal", "12th"},
		{22, "ordinal", "22nd"},
		{3, "none", ""},
		{5, "chineseCounting", "5"},
	}
	for _, tc := range tests {
		if got := formatNumber(tc.v, tc.format); got != tc.want {
			t.Errorf("formatNumber(%d, %q) = %q, want %q", tc.v, tc.format, got, tc.want)
		}
	}
}

// TestReadDocxComplaint reads a small complaint as Word structures it
// (heading styles, automatic numbering, a table caption) and checks what the
// structure parser makes of it.
func TestReadDocxComplaint(t *testing.T) {
	h := `<w:pStyle w:val="Heading1"/>`
	body := `<w:tbl><w:tr><w:tc>` + para("", "ACME CORP.,") + para("", "Plaintiff,") + `</w:tc><w:tc>` + para("", "Case No. 1:24-cv-1") + `</w:tc></w:tr></w:tbl>` +
		para(`<w:pStyle w:val="Title"/>`, "COMPLAINT") +
		para(h, "Parties") +
		para(numPr(1, 0), "Plaintiff Acme Corp. is a Delaware corporation.") +
		para(numPr(1, 0), "Defendant Beta LLC is a New York company.") +
		para(h, "Count I — Copyright Infringement") +
		para(numPr(1, 0), "Plaintiff repeats the allegations of paragraphs 1 and 2.") +
		para(numPr(1, 1), "a sub-point that is no allegation.") +
		para(numPr(1, 0), "Defendant copied the “Works” without permission.")
	s := readOK(t, docx(t, body, headingStyles, pleadingNumbering), DocxOptions{})
	d := document.Build(s)
	if len(d.Counts) != 1 {
		t.Fatalf("counts = %d, want 1\n%s", len(d.Counts), d)
	}
	if c := d.Counts[0]; c.Label != "I" || c.Title != "Copyright Infringement" {
		t.Errorf("count = %q %q", c.Label, c.Title)
	}
	var got []int
	var inCount []int
	for _, a := range d.Allegations {
		got = append(got, a.Number)
		if a.Count == 0 {
			inCount = append(inCount, a.Number)
		}
	}
	if want := []int{1, 2, 3, 4}; !reflect.DeepEqual(got, want) {
		t.Errorf("allegation numbers = %v, want %v", got, want)
	}
	if want := []int{3, 4}; !reflect.DeepEqual(inCount, want) {
		t.Errorf("allegations in count I = %v, want %v", inCount, want)
	}
	// Line numbers are paragraph numbers: the caption table's three
	// paragraphs come first, so allegation 1 is paragraph 6.
	if a := d.Allegations[0]; d.Paragraphs[a.Paragraph].Line != 6 {
		t.Errorf("allegation 1 on line %d, want paragraph 6", d.Paragraphs[a.Paragraph].Line)
	}
	if c := d.Counts[0]; len(c.Incorporated) != 2 {
		t.Errorf("count I incorporates %d allegations, want 2", len(c.Incorporated))
	}
}

func TestWordPositionAt(t *testing.T) {
	body := para("", "CAPTION") + `<w:p/>` + para(numPr(1, 0), "Defendant’s “copying” began.")
	d := document.Build(readOK(t, docx(t, body, "", pleadingNumbering), DocxOptions{}))
	off := strings.Index(d.Src, "began")
	got := WordPositionAt(d, off)
	// “Defendant’s “copying” ” is 22 code points, so "began" is the 23rd.
	want := WordPosition{Paragraph: 3, Character: 23, Label: "1."}
	if got != want {
		t.Errorf("WordPositionAt = %+v, want %+v", got, want)
	}
	if s := got.String(); s != "paragraph 3 (1.), character 23" {
		t.Errorf("String() = %q", s)
	}
	if s := WordPositionAt(d, 2).String(); s != "paragraph 1, character 3" {
		t.Errorf("String() = %q", s)
	}
}
