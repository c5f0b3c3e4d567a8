package document

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/complaintlint/complaintlint/lint/legal"
)

func build(text string) *Document {
	return Build(PlainSource("t.txt", []byte(text)))
}

// A count heading in each common style, with what the model must read from
// it: the numeral, the title and the claim family.
var headingStyles = []struct {
	name, heading string
	ordinal       int
	title         string
	claim         legal.Claim
}{
	{"roman own lines", "COUNT I\nCOPYRIGHT INFRINGEMENT\n(17 U.S.C. § 501)", 1, "COPYRIGHT INFRINGEMENT (17 U.S.C. § 501)", legal.ClaimCopyright},
	{"roman dash same line", "COUNT II — VIOLATION OF THE DIGITAL MILLENNIUM COPYRIGHT ACT", 2, "VIOLATION OF THE DIGITAL MILLENNIUM COPYRIGHT ACT", legal.ClaimDMCA},
	{"word en dash", "Count Three – Computer Fraud and Abuse Act, 18 U.S.C. § 1030", 3, "Computer Fraud and Abuse Act, 18 U.S.C. § 1030", legal.ClaimCFAA},
	{"word colon", "Count Four: Breach of Contract", 4, "Breach of Contract", legal.ClaimContract},
	{"ordinal claim for relief", "FIFTH CLAIM FOR RELIEF\n(Misappropriation of Trade Secrets — 18 U.S.C. § 1836)", 5, "(Misappropriation of Trade Secrets — 18 U.S.C. § 1836)", legal.ClaimTradeSecret},
	{"ordinal cause of action", "SIXTH CAUSE OF ACTION\nTortious Interference with Prospective Economic Advantage\n(Against All Defendants)", 6, "Tortious Interference with Prospective Economic Advantage (Against All Defendants)", legal.ClaimInterference},
	{"claim arabic", "CLAIM 7\nFalse Advertising Under the Lanham Act, 15 U.S.C. § 1125(a)(1)(B)", 7, "False Advertising Under the Lanham Act, 15 U.S.C. § 1125(a)(1)(B)", legal.ClaimLanhamFA},
	{"count arabic period", "COUNT 8. UNFAIR COMPETITION UNDER NEW YORK COMMON LAW", 8, "UNFAIR COMPETITION UNDER NEW YORK COMMON LAW", legal.ClaimUnfairCompNY},
	{"ordinal count", "NINTH COUNT\n(Unjust Enrichment)", 9, "(Unjust Enrichment)", legal.ClaimUnjustEnrichment},
	{"cause of action numeral", "CAUSE OF ACTION NO. 10\nCONTRIBUTORY COPYRIGHT INFRINGEMENT", 10, "CONTRIBUTORY COPYRIGHT INFRINGEMENT", legal.ClaimCopyright},
	{"claim for relief word", "Eleventh Claim for Relief — Civil Conspiracy", 11, "Civil Conspiracy", legal.ClaimOther},
	{"roman with number sign", "COUNT XII\nDECLARATORY JUDGMENT (28 U.S.C. § 2201)", 12, "DECLARATORY JUDGMENT (28 U.S.C. § 2201)", legal.ClaimOther},
	{"new york as and for", "AS AND FOR A FIRST CAUSE OF ACTION\n(Breach of Contract)", 1, "(Breach of Contract)", legal.ClaimContract},
	{"new york as and for, title case", "As and for a Third Cause of Action — Unjust Enrichment", 3, "Unjust Enrichment", legal.ClaimUnjustEnrichment},
	{"new york as and for, against", "AS AND FOR A SECOND CAUSE OF ACTION AGAINST ALL DEFENDANTS\n(Copyright Infringement, 17 U.S.C. § 501)", 2, "AGAINST ALL DEFENDANTS (Copyright Infringement, 17 U.S.C. § 501)", legal.ClaimCopyright},
	{"outline roman before ordinal", "IV. FOURTH CAUSE OF ACTION\nTortious Interference with Contract", 4, "Tortious Interference with Contract", legal.ClaimInterference},
	{"outline letter before count", "B. Count Two: Breach of Contract", 2, "Breach of Contract", legal.ClaimContract},
	// Answers with counterclaims head them as counts of their own.
	{"ordinal counterclaim", "THIRD COUNTERCLAIM\n(Computer Fraud and Abuse Act, 18 U.S.C. § 1030)", 3, "(Computer Fraud and Abuse Act, 18 U.S.C. § 1030)", legal.ClaimCFAA},
	{"counterclaim roman", "COUNTERCLAIM II\nViolation of 17 U.S.C. § 1201(a)(1) -- Circumvention", 2, "Violation of 17 U.S.C. § 1201(a)(1) -- Circumvention", legal.ClaimDMCA},
	{"counter-claim word", "Counter-Claim One — Breach of Contract", 1, "Breach of Contract", legal.ClaimContract},
}

func TestCountHeadingStyles(t *testing.T) {
	for _, tc := range headingStyles {
		t.Run(tc.name, func(t *testing.T) {
			text := "FACTUAL ALLEGATIONS\n\n1. Plaintiff owns the Module.\n\n" + tc.heading + "\n\n2. Plaintiff repeats paragraph 1.\n\n3. Defendant acted.\n"
			d := build(text)
			if len(d.Counts) != 1 {
				t.Fatalf("%d counts, want 1\n%s", len(d.Counts), d)
			}
			c := d.Counts[0]
			if c.Ordinal != tc.ordinal {
				t.Errorf("ordinal %d, want %d", c.Ordinal, tc.ordinal)
			}
			if c.Title != tc.title {
				t.Errorf("title %q, want %q", c.Title, tc.title)
			}
			if c.Primary() != tc.claim {
				t.Errorf("claim %s, want %s", c.Primary(), tc.claim)
			}
			if len(c.Sentences) != 2 {
				t.Errorf("%d own sentences, want 2", len(c.Sentences))
			}
		})
	}
	if len(headingStyles) < 10 {
		t.Fatal("fewer than ten heading styles covered")
	}
}

func TestMarkdownCountHeading(t *testing.T) {
	text := "## Factual Allegations\n\n1. Plaintiff owns the Module.\n\n## **Count One — Copyright Infringement**\n\n2. Defendant copied the Module.\n"
	src := PlainSource("t.md", []byte(text))
	// Blank the markup as the Markdown reader does: "##" and "**", in a
	// copy, since Text may be Src itself.
	src.Text = append([]byte(nil), src.Text...)
	for _, marker := range []string{"## **", "**", "## "} {
		for i := strings.Index(string(src.Text), marker); i >= 0; i = strings.Index(string(src.Text), marker) {
			for j := 0; j < len(marker); j++ {
				src.Text[i+j] = ' '
			}
		}
	}
	d := Build(src)
	if len(d.Counts) != 1 || d.Counts[0].Primary() != legal.ClaimCopyright {
		t.Fatalf("counts: %s", d)
	}
	p := d.Lines.Position(d.Counts[0].Heading.Start)
	if p.Line != 5 || p.Column != 6 {
		t.Errorf("heading at %d:%d, want 5:6 (after the blanked markers)", p.Line, p.Column)
	}
}

// Text that mentions counts or claims without being a count heading.
func TestNoFalseCounts(t *testing.T) {
	cases := []string{
		"COUNT OF DAYS\n\n1. The parties agreed on a count of days.",
		"1. Count I of the original complaint was dismissed by the court.",
		"1. Defendant's claim 3 of the patent is invalid.",
		"Claim 3 of the '123 patent is invalid because it claims an abstract idea.",
		"1. Plaintiff counts on the Agreement. The count of users was 4,000.",
		"COUNTERCLAIMS ARE RESERVED\n\n1. Plaintiff reserves its rights.",
		"1. Each count below incorporates the facts.",
		"First, Defendant copied the Module. Second, it sold the copies.",
		"The first claim for relief was withdrawn on May 3, 2014, and the parties then agreed to mediate the dispute before a neutral.",
	}
	for _, text := range cases {
		d := build(text)
		if len(d.Counts) != 0 {
			t.Errorf("%q: found %d counts, want none\n%s", text, len(d.Counts), d)
		}
	}
}

const incorpDoc = `THE PARTIES

1. Plaintiff LivePerson, Inc. (“LP”) is a Delaware corporation.

2. Defendant 24/7 Customer, Inc. (“24/7”) is a California corporation.

FACTUAL ALLEGATIONS

3. In 2006 the parties signed the Co-Marketing Agreement (the “Agreement”).

4. From March 2012 to the present 24/7 has copied the Module.

COUNT I
COPYRIGHT INFRINGEMENT

5. LP repeats and realleges paragraphs 3 through 4 as if fully set forth herein.

6. 24/7 infringed.

COUNT II
BREACH OF CONTRACT

7. LP repeats and realleges each and every allegation in the preceding paragraphs.

8. 24/7 breached the Agreement.

COUNT III
UNJUST ENRICHMENT

9. LP incorporates ¶¶ 1, 3, and 6 above.

10. 24/7 was enriched.

PRAYER FOR RELIEF

WHEREFORE, LP asks for judgment.
`

func TestIncorporation(t *testing.T) {
	d := build(incorpDoc)
	if len(d.Counts) != 3 {
		t.Fatalf("%d counts\n%s", len(d.Counts), d)
	}
	nums := func(c Count) []int {
		var out []int
		for _, ai := range c.Incorporated {
			out = append(out, d.Allegations[ai].Number)
		}
		return out
	}
	if got := nums(d.Counts[0]); !equalInts(got, []int{3, 4}) || d.Counts[0].Blanket {
		t.Errorf("Count I incorporates %v (blanket %v), want [3 4]", got, d.Counts[0].Blanket)
	}
	// Blanket: factual paragraphs only; the earlier count is swept in.
	if got := nums(d.Counts[1]); !equalInts(got, []int{1, 2, 3, 4}) || !d.Counts[1].Blanket {
		t.Errorf("Count II incorporates %v (blanket %v), want [1 2 3 4]", got, d.Counts[1].Blanket)
	}
	if !equalInts(d.Counts[1].SweptCounts, []int{0}) {
		t.Errorf("Count II sweeps in counts %v, want [0]", d.Counts[1].SweptCounts)
	}
	// A list, including an allegation of an earlier count.
	if got := nums(d.Counts[2]); !equalInts(got, []int{1, 3, 6}) {
		t.Errorf("Count III incorporates %v, want [1 3 6]", got)
	}
	if !equalInts(d.Counts[2].SweptCounts, []int{0}) {
		t.Errorf("Count III sweeps in %v, want [0]", d.Counts[2].SweptCounts)
	}
	// Scope: own sentences plus the incorporated ones.
	var scope []string
	for _, si := range d.ScopeSentences(0) {
		scope = append(scope, d.Sentences[si].Text)
	}
	if len(scope) != 4 || !strings.Contains(scope[1], "From March 2012") {
		t.Errorf("Count I scope: %q", scope)
	}
	if !d.HasSection(SectionPrayer) {
		t.Error("prayer not found")
	}
	if c := d.Counts[2]; d.Text[c.Span.End-1] != '.' || strings.Contains(d.Text[c.Span.Start:c.Span.End], "WHEREFORE") {
		t.Errorf("Count III span runs into the prayer: %q", d.Text[c.Span.Start:c.Span.End])
	}
	// Defined terms.
	terms := map[string]bool{}
	for _, def := range d.Definitions {
		terms[def.Term] = true
	}
	for _, want := range []string{"LP", "24/7", "Agreement"} {
		if !terms[want] {
			t.Errorf("defined term %q not found (have %v)", want, terms)
		}
	}
}

func TestOutOfRangeIncorporation(t *testing.T) {
	d := build("FACTS\n\n1. A fact.\n\nCOUNT I\nBREACH OF CONTRACT\n\n2. Plaintiff repeats paragraphs 900 through 1000 and 1 through 999999999.\n")
	if len(d.Counts) != 1 {
		t.Fatalf("counts: %s", d)
	}
	if len(d.Counts[0].Incorporated) != 0 {
		t.Errorf("incorporated %v from ranges that name no allegation", d.Counts[0].Incorporated)
	}
}

func TestSectionsAndAllegations(t *testing.T) {
	text := "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nCOMPLAINT\n\nNATURE OF THE ACTION\n\n1. This is an action.\n\nJURISDICTION AND VENUE\n\n2. The Court has jurisdiction.\n\n¶ 3 Venue is proper.\n\nFACTUAL BACKGROUND\n\n4. In 2013, Defendant copied.\n\nDEMAND FOR JURY TRIAL\n\nPlaintiff demands a jury.\n\nDated: May 15, 2014\n"
	d := build(text)
	var kinds []string
	for _, s := range d.Sections {
		kinds = append(kinds, s.Kind.String())
	}
	want := []string{"caption", "preliminary statement", "jurisdiction and venue", "facts", "jury demand", "signature"}
	if strings.Join(kinds, ",") != strings.Join(want, ",") {
		t.Errorf("sections %v, want %v", kinds, want)
	}
	var nums []int
	for _, a := range d.Allegations {
		nums = append(nums, a.Number)
	}
	if !equalInts(nums, []int{1, 2, 3, 4}) {
		t.Errorf("allegations %v, want [1 2 3 4]", nums)
	}
	if d.Allegations[2].Section != SectionJurisdiction {
		t.Errorf("¶ 3 in %s", d.Allegations[2].Section)
	}
}

func TestPerCountWherefore(t *testing.T) {
	text := "FACTS\n\n1. A fact.\n\nCOUNT I\nBREACH OF CONTRACT\n\n2. Defendant breached.\n\nWHEREFORE, Plaintiff demands judgment on Count I.\n\nCOUNT II\nUNJUST ENRICHMENT\n\n3. Defendant was enriched.\n\nWHEREFORE, Plaintiff demands judgment on Count II.\n"
	d := build(text)
	if len(d.Counts) != 2 {
		t.Fatalf("%d counts\n%s", len(d.Counts), d)
	}
	if d.Allegations[2].Count != 1 {
		t.Errorf("¶ 3 in count %d, want 1", d.Allegations[2].Count)
	}
	if strings.Contains(d.Text[d.Counts[0].Span.Start:d.Counts[0].Span.End], "WHEREFORE") {
		t.Error("Count I's span includes its WHEREFORE clause")
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Two complaints in one file: the second's counts incorporate only its own
// facts, by blanket or by number.
func TestConcatenatedComplaints(t *testing.T) {
	one := "FACTUAL ALLEGATIONS\n\n1. Fact of the first complaint.\n\nCOUNT I\nBREACH OF CONTRACT\n\n2. Plaintiff repeats all preceding paragraphs.\n\nPRAYER FOR RELIEF\n\nWHEREFORE, judgment.\n\nDated: May 1, 2014\n\n"
	two := "FACTUAL ALLEGATIONS\n\n1. Fact of the second complaint.\n\nCOUNT I\nBREACH OF CONTRACT\n\n2. Plaintiff repeats all preceding paragraphs.\n\nCOUNT II\nUNJUST ENRICHMENT\n\n3. Plaintiff repeats paragraph 1.\n"
	d := build(one + two)
	if len(d.Counts) != 3 {
		t.Fatalf("%d counts\n%s", len(d.Counts), d)
	}
	for _, ci := range []int{1, 2} {
		inc := d.Counts[ci].Incorporated
		if len(inc) != 1 || !strings.Contains(d.Text[d.Allegations[inc[0]].Span.Start:d.Allegations[inc[0]].Span.End], "second complaint") {
			t.Errorf("count %d incorporates %v, want only the second complaint's fact", ci, inc)
		}
	}
}

// TestCountsNotMissed: count headings the parser used to miss, each of
// which made the next count's allegations part of the previous count.
func TestCountsNotMissed(t *testing.T) {
	facts := "FACTUAL ALLEGATIONS\n\n1. Plaintiff owns the Module.\n\n2. Defendant sold copies.\n\n"
	cases := []struct {
		name, text string
		ordinals   []int
		titles     []string
		paras      []int // own paragraphs per count
	}{
		{"one claim under a bare CAUSE OF ACTION", facts + "CAUSE OF ACTION\n(Copyright Infringement, 17 U.S.C. § 501)\n\n3. Plaintiff repeats paragraphs 1 and 2.\n\n4. Defendant copied the Module.\n\nPRAYER FOR RELIEF\n\nWHEREFORE, Plaintiff asks for damages.\n",
			[]int{1}, []string{"(Copyright Infringement, 17 U.S.C. § 501)"}, []int{2}},
		{"bare CLAIM FOR RELIEF with its cause on the line", facts + "CLAIM FOR RELIEF — BREACH OF CONTRACT\n\n3. Defendant breached Section 4 of the Agreement.\n",
			[]int{1}, []string{"BREACH OF CONTRACT"}, []int{1}},
		{"zero for O", facts + "C0UNT I\nCOPYRIGHT INFRINGEMENT\n\n3. Defendant copied the Module.\n\nC0UNT II\nBREACH OF CONTRACT\n\n4. Defendant breached the Agreement.\n",
			[]int{1, 2}, []string{"COPYRIGHT INFRINGEMENT", "BREACH OF CONTRACT"}, []int{1, 1}},
		{"lower-case l for I", facts + "COUNT I\nCOPYRIGHT INFRINGEMENT\n\n3. Defendant copied the Module.\n\nCOUNT Il\nBREACH OF CONTRACT\n\n4. Defendant breached the Agreement.\n",
			[]int{1, 2}, []string{"COPYRIGHT INFRINGEMENT", "BREACH OF CONTRACT"}, []int{1, 1}},
		{"single l", facts + "COUNT l\nCOPYRIGHT INFRINGEMENT\n\n3. Defendant copied the Module.\n",
			[]int{1}, []string{"COPYRIGHT INFRINGEMENT"}, []int{1}},
		{"letters spread apart", facts + "C O U N T  I\nCOPYRIGHT INFRINGEMENT\n\n3. Defendant copied the Module.\n\nC O U N T  II\nBREACH OF CONTRACT\n\n4. Defendant breached the Agreement.\n",
			[]int{1, 2}, []string{"COPYRIGHT INFRINGEMENT", "BREACH OF CONTRACT"}, []int{1, 1}},
		{"F0R RELIEF", facts + "FIRST CLAIM F0R RELIEF\n(Copyright Infringement)\n\n3. Defendant copied the Module.\n\nSECOND CLAIM FOR RELIEF\n(Breach of Contract)\n\n4. Defendant breached the Agreement.\n",
			[]int{1, 2}, []string{"(Copyright Infringement)", "(Breach of Contract)"}, []int{1, 1}},
		{"heading run into a paragraph", facts + "COUNT I\nCOPYRIGHT INFRINGEMENT\n\n3. Defendant copied the Module, as alleged above. COUNT II – BREACH OF CONTRACT\n\n4. Defendant breached Section 4 of the Agreement.\n\n5. Plaintiff performed.\n",
			[]int{1, 2}, []string{"COPYRIGHT INFRINGEMENT", "BREACH OF CONTRACT"}, []int{1, 2}},
		{"ordinal heading run in", facts + "FIRST CLAIM FOR RELIEF\n(Copyright Infringement)\n\n3. Defendant copied the Module. SECOND CLAIM FOR RELIEF (BREACH OF CONTRACT)\n\n4. Defendant breached the Agreement.\n",
			[]int{1, 2}, []string{"(Copyright Infringement)", "(BREACH OF CONTRACT)"}, []int{1, 1}},
		// Damage of other shapes, in other words.
		{"bare CAUSE OF ACTION with a title-case cause and party line", facts + "CAUSE OF ACTION\nConversion of Customer Records\n(Against Defendant Halvorsen Data Ltd.)\n\n3. Halvorsen kept the records after notice.\n",
			[]int{1}, []string{"Conversion of Customer Records (Against Defendant Halvorsen Data Ltd.)"}, []int{1}},
		{"zero in the ordinal and in ACTION", facts + "FIRST CAUSE OF ACTION\n(Conversion)\n\n3. Defendant kept the ledgers.\n\nSEC0ND CAUSE 0F ACTI0N\n(Trespass to Chattels)\n\n4. Defendant entered the server room.\n",
			[]int{1, 2}, []string{"(Conversion)", "(Trespass to Chattels)"}, []int{1, 1}},
		{"doubled spaces between heading words", facts + "FIRST  CLAIM  FOR  RELIEF\n(Conversion)\n\n3. Defendant kept the ledgers.\n\nSECOND   CAUSE   OF   ACTION\n(Trespass to Chattels)\n\n4. Defendant entered the server room.\n",
			[]int{1, 2}, []string{"(Conversion)", "(Trespass to Chattels)"}, []int{1, 1}},
		{"stray space inside the numeral", facts + "COUNT I\nCONVERSION\n\n3. Defendant kept the ledgers.\n\nCOUNT l I\nTRESPASS TO CHATTELS\n\n4. Defendant entered the server room.\n\nCOUNT I I I — UNJUST ENRICHMENT\n\n5. Defendant kept the fees.\n",
			[]int{1, 2, 3}, []string{"CONVERSION", "TRESPASS TO CHATTELS", "UNJUST ENRICHMENT"}, []int{1, 1, 1}},
		{"one letter misread inside an ordinal", facts + "FlRST CLAIM FOR RELIEF\n(Conversion)\n\n3. Defendant kept the ledgers.\n\nTH1RD CLAIM FOR RELIEF\n(Unjust Enrichment)\n\n4. Defendant kept the fees.\n",
			[]int{1, 3}, []string{"(Conversion)", "(Unjust Enrichment)"}, []int{1, 1}},
		{"cause on its own line after a blank line", facts + "FIRST CAUSE OF ACTION\n\nConversion of the Ledgers\n\n3. Defendant kept the ledgers.\n\nSECOND CAUSE OF ACTION\n\nTrespass\n\n4. Defendant entered the server room.\n\n5. The entry damaged the racks.\n",
			[]int{1, 2}, []string{"Conversion of the Ledgers", "Trespass"}, []int{1, 2}},
		{"title-case heading run into a paragraph", facts + "Count I – Conversion\n\n3. Defendant kept the ledgers, and Plaintiff was harmed. Count II – Trespass to Chattels\n\n4. Defendant entered the server room.\n",
			[]int{1, 2}, []string{"Conversion", "Trespass to Chattels"}, []int{1, 1}},
		{"title-case heading run in with its cause in parentheses wrapping to the next line", facts + "Count I (Conversion)\n\n3. Defendant kept the ledgers. Plaintiff lost their use. Count II (Trespass to\nChattels, Restatement (Second) of Torts § 217)\n\n4. Defendant entered the server room.\n\n5. The entry damaged the racks.\n",
			[]int{1, 2}, []string{"(Conversion)", "(Trespass to Chattels, Restatement (Second) of Torts § 217)"}, []int{1, 2}},
		{"title-case heading run in with a closed parenthetical", facts + "COUNT I\nCONVERSION\n\n3. Defendant kept the ledgers, as pleaded above. Count II (Unjust Enrichment)\n\n4. Defendant kept the fees.\n",
			[]int{1, 2}, []string{"CONVERSION", "(Unjust Enrichment)"}, []int{1, 1}},
		{"headings beside a caption's column rule", facts + "FIRST CAUSE OF ACTION                    )\nConversion                               )\n\n3. Defendant kept the ledgers.\n\n)     SECOND CAUSE OF ACTION\n)     Trespass to Chattels\n\n4. Defendant entered the server room.\n",
			[]int{1, 2}, []string{"Conversion", "Trespass to Chattels"}, []int{1, 1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := build(c.text)
			if len(d.Counts) != len(c.ordinals) {
				t.Fatalf("%d counts, want %d\n%s", len(d.Counts), len(c.ordinals), d)
			}
			for i, cnt := range d.Counts {
				if cnt.Ordinal != c.ordinals[i] {
					t.Errorf("count %d: ordinal %d, want %d", i, cnt.Ordinal, c.ordinals[i])
				}
				if c.titles != nil && cnt.Title != c.titles[i] {
					t.Errorf("count %d: title %q, want %q", i, cnt.Title, c.titles[i])
				}
				if len(cnt.Paragraphs) != c.paras[i] {
					t.Errorf("count %d: %d own paragraphs, want %d", i, len(cnt.Paragraphs), c.paras[i])
				}
			}
		})
	}
}

// TestNoFalseCountHeadings: prose that mentions counts, claims and causes
// of action is not a heading.
func TestNoFalseCountHeadings(t *testing.T) {
	text := "FACTUAL ALLEGATIONS\n\n1. Plaintiff owns the Module. Count I of the prior complaint was dismissed.\n\n2. The court held that COUNT III failed. Claim 3 of the '123 patent is not at issue.\n\n" +
		"3. Defendant's cause of action theory fails; see the claim for relief below.\n\nCOUNT I\nCOPYRIGHT INFRINGEMENT\n\n4. Defendant copied the Module, as the Count II allegations show. COUNT III is not pleaded here.\n\n5. Defendant sold copies.\n"
	d := build(text)
	if len(d.Counts) != 1 || len(d.Counts[0].Paragraphs) != 2 {
		t.Fatalf("counts:\n%s", d)
	}
	// Prose naming the next count with a dash is not a run-in heading, and
	// a sentence after a bare numeral line is no cause label.
	d = build("COUNT I\n\n1. Defendant kept the ledgers, as pleaded above. Count II – the trespass claim – is withdrawn.\n\n2. Defendant sold the ledgers.\n")
	if len(d.Counts) != 1 || len(d.Counts[0].Paragraphs) != 2 || d.Counts[0].Title != "" {
		t.Fatalf("counts:\n%s", d)
	}
	// Nor is prose naming the next count with a parenthetical, whether the
	// parenthetical is in lower case or prose follows it.
	for _, prose := range []string{"Count II (the trespass claim) is withdrawn.", "Count II (Trespass to Chattels) is withdrawn."} {
		d = build("COUNT I\n\n1. Defendant kept the ledgers, as pleaded above. " + prose + "\n\n2. Defendant sold the ledgers.\n")
		if len(d.Counts) != 1 || len(d.Counts[0].Paragraphs) != 2 {
			t.Fatalf("%q read as a heading:\n%s", prose, d)
		}
	}
	d = build("COUNT I\n\nPlaintiff repeats each allegation above.\n\n1. Defendant sold the ledgers.\n")
	if len(d.Counts) != 1 || d.Counts[0].Title != "" || len(d.Counts[0].Paragraphs) != 2 {
		t.Fatalf("counts:\n%s", d)
	}
	// The plural section heading over numbered counts is no count.
	d = build("CLAIMS FOR RELIEF\n\nCOUNT I\nBREACH OF CONTRACT\n\n1. Defendant breached.\n")
	if len(d.Counts) != 1 || d.Counts[0].Ordinal != 1 {
		t.Fatalf("counts:\n%s", d)
	}
	// "COUNT 1" stays Arabic one, and "COUNT 11" eleven.
	if _, ord, _ := countHeading("COUNT 11 — BREACH OF CONTRACT"); ord != 11 {
		t.Errorf("COUNT 11 read as %d", ord)
	}
}

// "JURY TRIAL DEMANDED" beside the case number is a note of the caption: the
// introduction after it is not the jury demand, and the demand that closes
// the complaint still opens its own section.
func TestJuryNoteInCaption(t *testing.T) {
	text := "ALDER PRESS, INC.,\n\n          Plaintiff,\n                                        Civil Action No. 3:26-cv-41\n     v.\n                                        JURY TRIAL DEMANDED\nQUILL WORKS LLC,\n\n          Defendant.\n\nCOMPLAINT\n\nAlder Press, Inc. (\"Alder\") brings this action against Quill Works LLC (\"Quill\").\n\nFACTS\n\n1. Quill reprinted Alder's catalog.\n\nJURY DEMAND\n\nAlder demands a trial by jury.\n"
	d := build(text)
	sectionOf := func(sub string) SectionKind {
		at := strings.Index(d.Text, sub)
		for _, s := range d.Sentences {
			if s.Span.Start <= at && at < s.Span.End {
				return s.Section
			}
		}
		t.Fatalf("no sentence holds %q\n%s", sub, d)
		return -1
	}
	if k := sectionOf("brings this action"); k == SectionJury {
		t.Errorf("introduction read as the jury demand")
	}
	if k := sectionOf("demands a trial"); k != SectionJury {
		t.Errorf("closing demand in section %v, want the jury demand", k)
	}
}

// TestCountNamesMadeOnce: the names a built count gives are those its
// fields make, and the same string on every call (made once, not per
// finding); a count built by hand is named from its fields.
func TestCountNamesMadeOnce(t *testing.T) {
	d := Build(PlainSource("t.txt", []byte("COUNT III\nCOPYRIGHT INFRINGEMENT\n\n1. Defendant copied the Module.\n")))
	if len(d.Counts) != 1 {
		t.Fatalf("%d counts", len(d.Counts))
	}
	c := &d.Counts[0]
	if c.Name() != "Count III (Copyright)" || c.TitledName() != c.Name()+": "+c.Title {
		t.Errorf("Name %q, TitledName %q (title %q)", c.Name(), c.TitledName(), c.Title)
	}
	name, titled := c.Name(), c.TitledName()
	if unsafe.StringData(name) != unsafe.StringData(c.Name()) || unsafe.StringData(titled) != unsafe.StringData(c.TitledName()) {
		t.Error("a built count's names are made again on each call")
	}
	byHand := Count{Label: "2", Ordinal: 2, Title: "Breach", Claims: c.Claims}
	if byHand.Name() != "Count II (Copyright)" || byHand.TitledName() != "Count II (Copyright): Breach" {
		t.Errorf("by hand: %q, %q", byHand.Name(), byHand.TitledName())
	}
}

// TestDefiningSentencesShared: a sentence's defining sentences are those
// of the defined terms it uses, itself left out; sentences that use the
// same terms share one answer, asked again or not.
func TestDefiningSentencesShared(t *testing.T) {
	d := build("FACTS\n\n1. Acme sells software (the \"Module\").\n\n2. Defendant copied the Module.\n\n3. Defendant sold the Module.\n\n4. Defendant left.\n")
	find := func(word string) *Sentence {
		for i := range d.Sentences {
			if strings.Contains(d.Sentences[i].Text, word) {
				return &d.Sentences[i]
			}
		}
		t.Fatalf("no sentence with %q", word)
		return nil
	}
	def, copied, sold, left := find("(the"), find("copied"), find("sold the"), find("left")
	for _, s := range []*Sentence{copied, sold} {
		for range 2 {
			got := d.DefiningSentences(s)
			if len(got) != 1 || got[0] != def {
				t.Fatalf("%q: defining sentences %v, want the definition", s.Text, got)
			}
		}
	}
	if a, b := d.DefiningSentences(copied), d.DefiningSentences(sold); &a[0] != &b[0] {
		t.Error("two sentences using the same term hold an answer each")
	}
	if got := d.DefiningSentences(def); len(got) != 0 {
		t.Errorf("the definition is its own defining sentence: %v", got)
	}
	if got := d.DefiningSentences(left); len(got) != 0 {
		t.Errorf("a sentence without defined terms: %v", got)
	}
}
