package document_test

import (
	"testing"

	"github.com/complaintlint/complaintlint/lint/document"
	_ "github.com/complaintlint/complaintlint/lint/linttest" // defines -update for go test ./... -update
)

// TestIncorporationRanges: an explicit range ("paragraphs 1 through 4",
// "¶¶ 2–3, 5") brings in every paragraph it names, and a range that reaches
// into an earlier count records that count as swept in.
func TestIncorporationRanges(t *testing.T) {
	text := `FACTS

1. One.

2. Two.

3. Three.

4. Four.

5. Five.

COUNT I
FIRST

6. Plaintiff incorporates paragraphs 1 through 4.

COUNT II
SECOND

7. Plaintiff realleges ¶¶ 2–3, 5 and 6.

COUNT III
THIRD

8. Plaintiff repeats and realleges all preceding paragraphs.

COUNT IV
FOURTH

9. The allegations of paragraphs 1 through 5 are incorporated by reference.
`
	d := document.Build(document.PlainSource("t.txt", []byte(text)))
	if len(d.Counts) != 4 {
		t.Fatalf("got %d counts", len(d.Counts))
	}
	nums := func(ci int) []int {
		var out []int
		for _, ai := range d.Counts[ci].Incorporated {
			out = append(out, d.Allegations[ai].Number)
		}
		return out
	}
	check := func(ci int, want []int, swept []int, blanket bool) {
		t.Helper()
		got := nums(ci)
		if len(got) != len(want) {
			t.Errorf("count %d incorporates %v, want %v", ci+1, got, want)
		} else {
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("count %d incorporates %v, want %v", ci+1, got, want)
					break
				}
			}
		}
		c := &d.Counts[ci]
		if len(c.SweptCounts) != len(swept) || (len(swept) > 0 && c.SweptCounts[0] != swept[0]) {
			t.Errorf("count %d sweeps %v, want %v", ci+1, c.SweptCounts, swept)
		}
		if c.Blanket != blanket {
			t.Errorf("count %d blanket = %v, want %v", ci+1, c.Blanket, blanket)
		}
	}
	check(0, []int{1, 2, 3, 4}, nil, false)
	check(1, []int{2, 3, 5, 6}, []int{0}, false)
	check(2, []int{1, 2, 3, 4, 5}, []int{0, 1}, true)
	check(3, []int{1, 2, 3, 4, 5}, nil, false)
}

// TestCountHeadingCauseLine: a title-case cause label with a citation under
// "COUNT VIII" belongs to the heading, and a sentence of prose does not.
func TestCountHeadingCauseLine(t *testing.T) {
	text := `COUNT VIII
MISAPPROPRIATION OF TRADE SECRETS, Fla. Stat. § 688.001 et seq.
(Against All Defendants)

53. Plaintiff realleges paragraphs 1 through 29.

COUNT IX
Plaintiff repeats and realleges the allegations above.

54. Defendant converted the files.
`
	d := document.Build(document.PlainSource("t.txt", []byte(text)))
	if len(d.Counts) != 2 {
		t.Fatalf("got %d counts", len(d.Counts))
	}
	if got, want := d.Counts[0].Title, "MISAPPROPRIATION OF TRADE SECRETS, Fla. Stat. § 688.001 et seq. (Against All Defendants)"; got != want {
		t.Errorf("count VIII title %q, want %q", got, want)
	}
	if !d.Counts[0].Has("trade-secret") {
		t.Errorf("count VIII claims %v, want trade-secret", d.Counts[0].Claims)
	}
	if got := d.Counts[1].Title; got != "" {
		t.Errorf("count IX took a sentence of prose as its title: %q", got)
	}
}

// TestBlanketIncorporationShared: counts that each incorporate all
// preceding paragraphs bring in the same facts and share one list, which
// an append by a reader cannot write into; a count that names other
// paragraphs keeps its own.
func TestBlanketIncorporationShared(t *testing.T) {
	text := `FACTS

1. Plaintiff wrote the Module.

2. Defendant copied the Module.

COUNT I
COPYRIGHT INFRINGEMENT

3. Plaintiff repeats and realleges all preceding paragraphs.

4. Defendant copied it.

COUNT II
BREACH OF CONTRACT

5. Plaintiff repeats and realleges all preceding paragraphs.

6. Defendant breached.

COUNT III
UNJUST ENRICHMENT

7. Plaintiff incorporates paragraph 1.
`
	d := document.Build(document.PlainSource("c.txt", []byte(text)))
	defer d.Done()
	if len(d.Counts) != 3 {
		t.Fatalf("%d counts: %s", len(d.Counts), d)
	}
	a, b, c := d.Counts[0].Incorporated, d.Counts[1].Incorporated, d.Counts[2].Incorporated
	if len(a) != 2 || len(b) != 2 || &a[0] != &b[0] {
		t.Errorf("blanket counts: %v and %v, not one shared list", a, b)
	}
	if cap(a) != len(a) {
		t.Errorf("shared list has room (cap %d, len %d) an append would write into", cap(a), len(a))
	}
	if len(c) != 1 || &c[0] == &a[0] {
		t.Errorf("explicit count: %v", c)
	}
}

// TestParenthesisedNumbering: a complaint that numbers its allegations
// "(1)", "(2)", ... has them read as numbered allegations (the label is not
// part of the first sentence) and its references "paragraphs (1) through
// (3)" resolve; in a complaint numbered "1.", "2.", a line opening "(2)" is
// a listed item inside the paragraph, not an allegation, even in a list as
// long as a run of allegations.
func TestParenthesisedNumbering(t *testing.T) {
	text := `FACTS

(1) One.

(2) Two.

(3) Three.

(4) Four.

(5) Five.

(6) Six.

(7) Seven.

COUNT I
FIRST

(8) Plaintiff incorporates paragraphs (1) through (3) and (5).

(9) Defendant acted willfully.
`
	d := document.Build(document.PlainSource("t.txt", []byte(text)))
	if len(d.Counts) != 1 {
		t.Fatalf("got %d counts", len(d.Counts))
	}
	var nums []int
	for _, a := range d.Allegations {
		nums = append(nums, a.Number)
	}
	if len(nums) != 9 || nums[0] != 1 || nums[8] != 9 {
		t.Fatalf("allegation numbers %v, want 1 through 9", nums)
	}
	var inc []int
	for _, ai := range d.Counts[0].Incorporated {
		inc = append(inc, d.Allegations[ai].Number)
	}
	if len(inc) != 4 || inc[0] != 1 || inc[2] != 3 || inc[3] != 5 {
		t.Errorf("count I incorporates %v, want [1 2 3 5]", inc)
	}
	last := d.Sentences[len(d.Sentences)-1]
	if got := d.Text[last.Span.Start:last.Span.End]; got != "Defendant acted willfully." {
		t.Errorf("last sentence %q, want it without the label (9)", got)
	}

	listed := `FACTS

1. One.

2. Defendant agreed to eight things:
(1) to pay;
(2) to deliver;
(3) to keep the files secret;
(4) to return them;
(5) to report each quarter;
(6) to insure the goods;
(7) to keep records; and
(8) to allow audits.

3. Three.

4. Four.

5. Five.

6. Six.

7. Seven.

8. Eight.

9. Nine.
`
	d = document.Build(document.PlainSource("t.txt", []byte(listed)))
	if len(d.Allegations) != 9 {
		var got []int
		for _, a := range d.Allegations {
			got = append(got, a.Number)
		}
		t.Errorf("allegations %v, want the nine numbered 1. to 9.", got)
	}
}
