package input

import (
	"slices"
	"testing"

	"github.com/complaintlint/complaintlint/lint/document"
)

// outlineNumbering is a Word multilevel list as Washington pleadings use
// it: the first level numbers the section headings ("1."), the second the
// paragraphs under them ("1.1", "1.2").
const outlineNumbering = `<w:abstractNum w:abstractNumId="5">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>
<w:num w:numId="5"><w:abstractNumId w:val="5"/></w:num>`

// TestReadDocxOutlineNumbering: paragraphs Word numbers "1.1", "2.1" under
// numbered section headings are allegations printed with those numbers,
// and an incorporation by outline range resolves to them.
func TestReadDocxOutlineNumbering(t *testing.T) {
	h := `<w:pStyle w:val="Heading1"/>`
	body := para(h+numPr(5, 0), "PARTIES") +
		para(numPr(5, 1), "Plaintiff Acme Corp. is a Washington corporation.") +
		para(numPr(5, 1), "Defendant Beta LLC is an Oregon company.") +
		para(h+numPr(5, 0), "FACTS") +
		para(numPr(5, 1), "Beta copied Acme's route maps in March 2024.") +
		para(h, "Count I — Copyright Infringement") +
		para(numPr(5, 1), "Acme realleges paragraphs 1.1 through 2.1.") +
		para(numPr(5, 1), "Beta's copying infringes Acme's copyright.")
	s := readOK(t, docx(t, body, headingStyles, outlineNumbering), DocxOptions{})
	d := document.Build(s)
	var got []string
	for _, a := range d.Allegations {
		got = append(got, a.Printed.String())
	}
	if want := []string{"1.1", "1.2", "2.1", "2.2", "2.3"}; !slices.Equal(got, want) {
		t.Fatalf("allegations %v, want %v\n%s", got, want, d)
	}
	if len(d.Counts) != 1 {
		t.Fatalf("counts = %d, want 1\n%s", len(d.Counts), d)
	}
	var inc []string
	for _, ai := range d.Counts[0].Incorporated {
		inc = append(inc, d.Allegations[ai].Printed.String())
	}
	if want := []string{"1.1", "1.2", "2.1"}; !slices.Equal(inc, want) {
		t.Errorf("count I incorporates %v, want %v", inc, want)
	}
}
