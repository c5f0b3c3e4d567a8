package legal

import (
	"reflect"
	"strings"
	"testing"

	"github.com/complaintlint/complaintlint/lint/pattern"
)

// TestDatesRemembered: DatesText answers a second time, from the memo
// (the document's for a span of an indexed text, the shared one for a
// plain string), what it found the first time, with each date's text
// quoting the string asked about, and the caller owns what it gets.
func TestDatesRemembered(t *testing.T) {
	sentence := "On March 3, 2019 and again in Q2 2020, and from 2017 to the present, the defendant copied the code. "
	text := strings.Repeat(sentence, 3)
	want := Dates(sentence + sentence + sentence)
	if len(want) < 6 {
		t.Fatalf("only %d dates found: the text does not test the memo", len(want))
	}
	ix := pattern.NewIndex("Preamble.\n" + text)
	for _, in := range []pattern.Text{pattern.Plain(strings.Clone(text)), ix.Span(len("Preamble.\n"), len("Preamble.\n")+len(text))} {
		first := DatesText(in)
		if !reflect.DeepEqual(first, want) {
			t.Fatalf("indexed %v: first answer %v, want %v", in.Indexed(), first, want)
		}
		first[0].Year = -1
		second := DatesText(in)
		if !reflect.DeepEqual(second, want) {
			t.Fatalf("indexed %v: remembered answer %v, want %v", in.Indexed(), second, want)
		}
		for _, d := range second {
			if d.Text != in.String()[d.Start:d.End] {
				t.Errorf("indexed %v: date %+v does not quote its place", in.Indexed(), d)
			}
		}
	}
	if got := DatesText(pattern.Plain(strings.Repeat("No dates in this sentence at all. ", 4))); got != nil {
		t.Errorf("no dates: got %v, want nil", got)
	}
	if got := DatesText(pattern.Plain(strings.Repeat("No dates in this sentence at all. ", 4))); got != nil {
		t.Errorf("no dates, remembered: got %v, want nil", got)
	}
}
