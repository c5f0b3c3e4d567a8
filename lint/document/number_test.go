package document_test

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint/document"
)

func TestParseNum(t *testing.T) {
	for _, tc := range []struct {
		in      string
		want    string
		outline bool
		ok      bool
	}{
		{"12", "12", false, true},
		{"5.1", "5.1", true, true},
		{"10.12", "10.12", true, true},
		{"5.1.2", "5.1.2", true, true},
		{"0", "", false, false},
		{"5.", "", false, false},
		{"5.1.2.3", "", false, false},
		{"2.0", "", false, false},
		{"12345", "", false, false},
		{"a.1", "", false, false},
	} {
		n, ok := document.ParseNum(tc.in)
		if ok != tc.ok || n.String() != tc.want || n.Outline() != tc.outline {
			t.Errorf("ParseNum(%q) = %q outline=%v ok=%v, want %q outline=%v ok=%v", tc.in, n, n.Outline(), ok, tc.want, tc.outline, tc.ok)
		}
	}
}

func TestNumOrder(t *testing.T) {
	parse := func(s string) document.Num {
		n, ok := document.ParseNum(s)
		if !ok {
			t.Fatalf("ParseNum(%q) failed", s)
		}
		return n
	}
	nums := []document.Num{parse("10.1"), parse("4.8"), parse("5.1.2"), parse("4.10"), parse("5.1"), parse("4.2"), parse("4")}
	slices.SortFunc(nums, document.Num.Compare)
	var got []string
	for _, n := range nums {
		got = append(got, n.String())
	}
	want := []string{"4", "4.2", "4.8", "4.10", "5.1", "5.1.2", "10.1"}
	if !slices.Equal(got, want) {
		t.Errorf("sorted %v, want %v", got, want)
	}
	if document.IntNum(7).Int() != 7 || parse("7.1").Int() != 0 || !document.IntNum(0).IsZero() {
		t.Error("Int: an integer number is itself, an outline number has none, 0 is unnumbered")
	}
}

const outlineComplaint = `I. PARTIES

     1.1  Plaintiff Arbor Freight LLC is a Washington company.

     1.2  Defendants Pell Logistics Inc., Pell Holdings Corp. and Dana Pell (together, the
"Pell Defendants") are based in Oregon.

II. FACTS

1.3 Background of the Carrier Agreement

     2.1  Pell signed the Carrier Agreement on March 2, 2021. Its rates were
2.5 million dollars below the market over the term.

     2.2  Pell kept Arbor's rate sheets, revision
2.3 (the "Sheets"), after the agreement ended.

     2.3  Pell quoted Arbor's shippers from those sheets in 2022.

                         COUNT I
                    Breach of Contract

     3.1  Arbor realleges paragraphs 1.1 through 2.3.

     3.2  Pell breached Section 4 of the Carrier Agreement.

                         COUNT II
                    Unjust Enrichment

     4.1  Arbor realleges ¶¶ 2.2–2.3 and paragraph 3.2.

                         COUNT III
                    Conversion

     5.1  Arbor realleges paragraphs 1.1 through 2.3.
`

// TestOutlineNumbering: "5.1"-style paragraphs are numbered allegations
// with their printed number, and a wrapped line that opens with a decimal
// ("2.5 million", or "revision\n2.3 (the ...)" mid-sentence) stays in its
// paragraph; an outline-numbered sub-heading is no allegation, while an
// allegation opening with a run of capitalised names is one.
func TestOutlineNumbering(t *testing.T) {
	d := document.Build(document.PlainSource("outline.txt", []byte(outlineComplaint)))
	var got []string
	for _, a := range d.Allegations {
		got = append(got, a.Printed.String())
	}
	want := []string{"1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "5.1"}
	if !slices.Equal(got, want) {
		t.Fatalf("allegations %v, want %v", got, want)
	}
	ai, ok := d.AllegationByPrinted(document.Num{2, 1})
	if !ok {
		t.Fatal("¶ 2.1 not found")
	}
	if body := d.Slice(d.Allegations[ai].Span); !strings.Contains(body, "2.5 million dollars") {
		t.Errorf("¶ 2.1 = %q, want the wrapped line with it", body)
	}
	if ai, ok := d.AllegationByPrinted(document.Num{2, 2}); !ok || !strings.Contains(d.Slice(d.Allegations[ai].Span), "the agreement ended") {
		t.Error("¶ 2.2 lost its wrapped line that opens with a figure")
	}
	if _, ok := d.AllegationByNumber(2); ok {
		t.Error(`"¶ 2" names no paragraph of an outline-numbered complaint`)
	}
	// The label is not part of the allegation's sentences.
	if s := d.Sentences[d.Paragraphs[d.Allegations[ai].Paragraph].FirstSentence].Text; !strings.HasPrefix(s, "Pell signed") {
		t.Errorf("first sentence of ¶ 2.1 = %q", s)
	}
}

// TestOutlineIncorporation: ranges and lists of outline numbers resolve to
// the paragraphs between their ends, and a range that runs into an earlier
// count records the sweep.
func TestOutlineIncorporation(t *testing.T) {
	d := document.Build(document.PlainSource("outline.txt", []byte(outlineComplaint)))
	if len(d.Counts) != 3 {
		t.Fatalf("got %d counts", len(d.Counts))
	}
	printed := func(ci int) []string {
		var out []string
		for _, ai := range d.Counts[ci].Incorporated {
			out = append(out, d.Allegations[ai].Printed.String())
		}
		return out
	}
	for _, tc := range []struct {
		count int
		want  []string
		swept []int
	}{
		{0, []string{"1.1", "1.2", "2.1", "2.2", "2.3"}, nil},
		{1, []string{"2.2", "2.3", "3.2"}, []int{0}},
		{2, []string{"1.1", "1.2", "2.1", "2.2", "2.3"}, nil},
	} {
		c := &d.Counts[tc.count]
		if got := printed(tc.count); !slices.Equal(got, tc.want) {
			t.Errorf("Count %s incorporates %v, want %v", c.Numeral(), got, tc.want)
		}
		if !slices.Equal(c.SweptCounts, tc.swept) {
			t.Errorf("Count %s sweeps %v, want %v", c.Numeral(), c.SweptCounts, tc.swept)
		}
		if c.Blanket {
			t.Errorf("Count %s: an explicit range is not a blanket incorporation", c.Numeral())
		}
	}
	var named []string
	for _, ai := range d.NamedAllegations("The allegations of ¶¶ 1.2, 2.2–2.3 and paragraph 3.2 are made on information and belief.") {
		named = append(named, d.Allegations[ai].Printed.String())
	}
	if want := []string{"1.2", "2.2", "2.3", "3.2"}; !slices.Equal(named, want) {
		t.Errorf("NamedAllegations = %v, want %v", named, want)
	}
	if got := d.AllegationsBetween(document.Num{1, 2}, document.Num{2, 2}); len(got) != 3 {
		t.Errorf("AllegationsBetween(1.2, 2.2) = %v, want 1.2, 2.1, 2.2", got)
	}
}

// TestIntegerNumberingUnchanged: integer numbers print as before, an
// integer range does not reach outline-style figures in the prose, and a
// contract clause quoted after the numbering began ("5.1 Confidentiality.")
// is no allegation.
func TestIntegerNumberingUnchanged(t *testing.T) {
	text := "FACTS\n\n1. One.\n\n2. Two, worth\n2.5 million dollars. Section 5 of the Agreement reads:\n\n5.1 Confidentiality. Each party keeps the other's data secret.\n\n3. Three.\n\nCOUNT I\nFIRST\n\n4. Plaintiff realleges paragraphs 1 through 3.\n"
	d := document.Build(document.PlainSource("int.txt", []byte(text)))
	var got []string
	for _, a := range d.Allegations {
		got = append(got, a.Printed.String())
		if a.Printed.Int() != a.Number {
			t.Errorf("¶ %d printed as %q", a.Number, a.Printed)
		}
	}
	if want := []string{"1", "2", "3", "4"}; !slices.Equal(got, want) {
		t.Fatalf("allegations %v, want %v", got, want)
	}
	if n := len(d.Counts[0].Incorporated); n != 3 {
		t.Errorf("incorporated %d paragraphs, want 3", n)
	}
}

// TestArabicSectionHeadings: in an outline-numbered complaint, "1. PARTIES"
// numbers a section heading; the sections and allegations under it are
// read as with Roman section numbers.
func TestArabicSectionHeadings(t *testing.T) {
	text := `1. PARTIES

1.1 Plaintiff Arbor Freight LLC is a Washington company.

1.2 Defendant Pell Logistics Inc. is an Oregon corporation.

2. FACTS

2.1 Pell kept Arbor's rate sheets after the agreement ended.

COUNT I
Breach of Contract

3.1 Arbor realleges paragraphs 1.1 through 2.1.
`
	d := document.Build(document.PlainSource("arabic.txt", []byte(text)))
	var got []string
	for _, a := range d.Allegations {
		got = append(got, a.Printed.String())
	}
	if want := []string{"1.1", "1.2", "2.1", "3.1"}; !slices.Equal(got, want) {
		t.Fatalf("allegations %v, want %v", got, want)
	}
	if !d.HasSection(document.SectionParties) || !d.HasSection(document.SectionFacts) {
		t.Errorf("sections not read from the numbered headings:\n%s", d)
	}
	if len(d.Counts) != 1 || len(d.Counts[0].Incorporated) != 3 {
		t.Errorf("count I should incorporate ¶¶ 1.1-2.1:\n%s", d)
	}
}

// TestMixedNumbering: parties numbered "1.1" to "1.2" and facts "1." to
// "3."; "paragraphs 1 through 3" names the facts, not the parties between
// 1 and 3 in outline order.
func TestMixedNumbering(t *testing.T) {
	text := `PARTIES

1.1 Plaintiff is a company.

1.2 Defendant is a company.

FACTS

1. One.

2. Two.

3. Three.

COUNT I
FIRST

4. Plaintiff realleges paragraphs 1 through 3.
`
	d := document.Build(document.PlainSource("mixed.txt", []byte(text)))
	if len(d.Allegations) != 6 {
		t.Fatalf("got %d allegations, want 6", len(d.Allegations))
	}
	var got []string
	for _, ai := range d.Counts[0].Incorporated {
		got = append(got, d.Allegations[ai].Printed.String())
	}
	if want := []string{"1", "2", "3"}; !slices.Equal(got, want) {
		t.Errorf("incorporated %v, want %v", got, want)
	}
	if got := d.AllegationsBetween(document.IntNum(1), document.IntNum(2)); len(got) != 2 {
		t.Errorf("AllegationsBetween(1, 2) = %v, want ¶¶ 1 and 2 only", got)
	}
}

// TestIntNumRange: Nums hold 32-bit parts; a larger number, which only a
// format's numbering could start at, is held as the largest one, still
// numbered and still ordered after every smaller one.
func TestIntNumRange(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want string
	}{{0, ""}, {-3, ""}, {12, "12"}, {math.MaxInt32, "2147483647"}, {math.MaxInt32 + 10, "2147483647"}, {1 << 40, "2147483647"}} {
		got := document.IntNum(tc.n)
		if got.String() != tc.want || got.IsZero() != (tc.want == "") {
			t.Errorf("IntNum(%d) = %q, want %q", tc.n, got.String(), tc.want)
		}
	}
	if document.IntNum(1<<40).Compare(document.IntNum(99_999)) <= 0 {
		t.Errorf("a clamped number orders before a smaller one")
	}
}
