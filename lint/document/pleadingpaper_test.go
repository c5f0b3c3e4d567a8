package document

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// pleadingPaper lays body lines out as text taken from a filed complaint:
// a line number from 1 to 28 at the left of every line, a filing header
// opening each page and the title as a footer closing it.
func pleadingPaper(body []string) string {
	var b strings.Builder
	page := 0
	for i, l := range body {
		n := i%28 + 1
		if n == 1 {
			if page > 0 {
				b.WriteString("                                  COMPLAINT\n")
			}
			page++
			fmt.Fprintf(&b, "Case 3:25-cv-01234  Document 1  Filed 01/06/25  Page %d of 3  Page ID #:%d\n", page, page)
		}
		fmt.Fprintf(&b, "%2d   %s\n", n, l)
	}
	b.WriteString("                                  COMPLAINT\n")
	return b.String()
}

// TestPleadingPaper: margin line numbers, filing headers and page footers
// are not read as text, so allegations, headings and counts are found, a
// paragraph runs on across a page break, and a heading run into the end of
// a paragraph with only its ordinal on that line is split off.
func TestPleadingPaper(t *testing.T) {
	body := []string{
		"                              FACTS",
		"1.   Plaintiff Orchard Lane Films, Inc. (\"Orchard\") owns the film \"Night Ferry\".",
		"2.   Defendant Pike Media LLC (\"Pike\") streamed the film on its website from",
		"     May 2024 without a licence.",
	}
	// Filler allegations up to the page break, which falls inside the
	// second allegation of the first count.
	for len(body) < 23 {
		body = append(body, fmt.Sprintf("%d.   Pike sold %d advertisements against the stream.", len(body)-1, len(body)))
	}
	body = append(body,
		"                        FIRST CLAIM FOR RELIEF",
		"       (Copyright Infringement, 17 U.S.C. § 501",
		"                        -- Against Pike)",
		"22.  Orchard realleges paragraphs 1 through 21.",
		"23.  Pike reproduced the film and publicly performed it by streaming it to",
		"     visitors of its website. Orchard is entitled to damages. SECOND",
		"CLAIM FOR RELIEF (Unjust Enrichment -- Against Pike)",
		"24.  Orchard realleges paragraphs 1 through 21.",
		"25.  Pike kept the advertising revenue the stream earned.",
	)
	d := Build(PlainSource("t.txt", []byte(pleadingPaper(body))))
	if len(d.Allegations) != 25 {
		t.Fatalf("%d allegations, want 25\n%s", len(d.Allegations), d)
	}
	if len(d.Counts) != 2 {
		t.Fatalf("%d counts, want 2\n%s", len(d.Counts), d)
	}
	if got, want := d.Counts[0].Title, "(Copyright Infringement, 17 U.S.C. § 501 -- Against Pike)"; got != want {
		t.Errorf("Count I title %q, want %q", got, want)
	}
	if got, want := d.Counts[1].Title, "(Unjust Enrichment -- Against Pike)"; got != want {
		t.Errorf("Count II title %q, want %q", got, want)
	}
	// Paragraph 23 runs across the page break; no header or footer text
	// is in it, and its last sentence ends before the run-in heading.
	a := d.Allegations[22]
	text := d.Text[a.Span.Start:a.Span.End]
	if strings.Contains(text, "Page ID") || strings.Contains(text, "COMPLAINT") || strings.Contains(text, "SECOND") {
		t.Errorf("paragraph 23 reads %q", text)
	}
	if !strings.Contains(text, "visitors of its website") {
		t.Errorf("paragraph 23 lost its continuation after the page break: %q", text)
	}
	// Positions still point at the file as written.
	if d.Src[a.Span.Start:a.Span.Start+3] != "23." {
		t.Errorf("paragraph 23 starts at %q in the source", d.Src[a.Span.Start:a.Span.Start+3])
	}
}

// TestPleadingPaperDraft: an unfiled draft has no filing header; its page
// footer (a page number over the title) sits between line 28 of one page
// and line 1 of the next, and is not text.
func TestPleadingPaperDraft(t *testing.T) {
	var b strings.Builder
	b.WriteString(" 1                              FACTS\n")
	for i := 2; i <= 27; i++ {
		fmt.Fprintf(&b, "%2d   %d.   Defendant sold %d copies of Plaintiff's atlas.\n", i, i-1, i)
	}
	b.WriteString("28   27.  Defendant printed the atlas at its plant in Fresno\n")
	b.WriteString("\n                                  - 1 -\n                       COMPLAINT FOR DAMAGES\n\n")
	b.WriteString(" 1        without a licence.\n 2   28.  Plaintiff lost sales.\n")
	for i := 3; i <= 22; i++ {
		fmt.Fprintf(&b, "%2d\n", i)
	}
	b.WriteString("\n                                  - 2 -\n                       COMPLAINT FOR DAMAGES\n")
	d := Build(PlainSource("t.txt", []byte(b.String())))
	if len(d.Allegations) != 28 {
		t.Fatalf("%d allegations, want 28\n%s", len(d.Allegations), d)
	}
	a := d.Allegations[26]
	if got := strings.Join(strings.Fields(d.Text[a.Span.Start:a.Span.End]), " "); got != "27. Defendant printed the atlas at its plant in Fresno without a licence." {
		t.Errorf("paragraph 27 reads %q", got)
	}
}

// TestPleadingPaperOneSpace: text extraction that keeps a single space
// after the margin number, and indents it, is pleading paper too.
func TestPleadingPaperOneSpace(t *testing.T) {
	var b strings.Builder
	b.WriteString("  1 FACTS\n")
	for i := 2; i <= 28; i++ {
		fmt.Fprintf(&b, "%3d %d. Defendant copied Plaintiff's %d drawings.\n", i, i-1, i)
	}
	d := Build(PlainSource("t.txt", []byte(b.String())))
	if len(d.Allegations) != 27 {
		t.Fatalf("%d allegations, want 27\n%s", len(d.Allegations), d)
	}
}

// TestNotPleadingPaper: ordinary text whose lines begin with numbers (a
// table, a short list) keeps its numbers.
func TestNotPleadingPaper(t *testing.T) {
	text := "FACTS\n\n1. Plaintiff sells pumps in these sizes:\n\n 10   inch\n 12   inch\n 14   inch\n\n2. Defendant copied the catalog.\n"
	s := PlainSource("t.txt", []byte(text))
	if string(s.Text) != text || len(s.Hints) != 0 {
		t.Errorf("ordinary text was changed:\n%s", s.Text)
	}
}

// TestPleadingPaperLeavesFileBytes: PlainSource shares its analysis text with
// the file's bytes when nothing needs folding, so blanking the margin numbers
// must work on a copy; the bytes the reader was given stay as they were.
func TestPleadingPaperLeavesFileBytes(t *testing.T) {
	var body []string
	for i := 1; i <= 24; i++ {
		body = append(body, fmt.Sprintf("%d.   Defendant sold %d copies of the work.", i, i))
	}
	src := []byte(pleadingPaper(body))
	orig := bytes.Clone(src)
	s := PlainSource("t.txt", src)
	if !bytes.Equal(src, orig) {
		t.Fatal("PlainSource changed the file's bytes while blanking pleading-paper margins")
	}
	if bytes.Equal(s.Text, src) {
		t.Fatal("the analysis text kept the margin numbers; the test's input is not read as pleading paper")
	}
}
